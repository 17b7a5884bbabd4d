/** One free key/value pair of an article's metadata (kept as pairs: keys are the user's). */
export interface MetadataEntry {
  key: string;
  value: string;
}

/**
 * An article read from an import, before it is checked and stored. Fields left null are
 * filled from the text by the corpus parser (title, outlet, language, date, byline).
 */
export interface ImportDraft {
  /** Where it came from, as messages name it: "export.csv, row 3", "site/page.html". */
  origin: string;
  /** The file it came from (for a table, the table's file). */
  file: string;
  /** The canonical text, exactly as decoded or extracted. */
  text: string;
  title: string | null;
  source: string | null;
  date: string | null;
  language: string | null;
  url: string | null;
  byline: string | null;
  metadata: MetadataEntry[];
}

/** Something in an import that cannot become an article, and why. */
export interface ImportProblem {
  origin: string;
  message: string;
}

/** A draft with nothing but a text; the rest comes from the parser. */
export function textDraft(text: string, file: string, origin = file): ImportDraft {
  return {
    origin,
    file,
    text,
    title: null,
    source: null,
    date: null,
    language: null,
    url: null,
    byline: null,
    metadata: [],
  };
}
