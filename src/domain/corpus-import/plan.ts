import { sha256Hex } from '../corpus/hash';
import type { ImportDraft } from './draft';

/** A draft with the SHA-256 of its text. */
export interface HashedDraft extends ImportDraft {
  textHash: string;
}

/** A draft that is not imported because its text is already there. */
export interface Duplicate {
  origin: string;
  /** What it repeats: an article's title in the library, or an earlier item of this import. */
  of: string;
}

/** What an import will do, before anything is written. */
export interface ImportPlan {
  fresh: HashedDraft[];
  duplicates: Duplicate[];
}

/**
 * Sorts drafts into new articles and duplicates, by the hash of their text: a text the library
 * already holds (bundled or imported), or one an earlier item of this import brought, is
 * skipped and named with what it repeats.
 */
export async function planImport(
  drafts: readonly ImportDraft[],
  library: readonly { textHash: string; title: string }[],
): Promise<ImportPlan> {
  const seen = new Map<string, string>();
  for (const article of library)
    if (!seen.has(article.textHash))
      seen.set(article.textHash, `“${article.title}” in the library`);
  const fresh: HashedDraft[] = [];
  const duplicates: Duplicate[] = [];
  for (const draft of drafts) {
    const textHash = await sha256Hex(draft.text);
    const earlier = seen.get(textHash);
    if (earlier !== undefined) {
      duplicates.push({ origin: draft.origin, of: earlier });
      continue;
    }
    seen.set(textHash, `${draft.origin} in this import`);
    fresh.push({ ...draft, textHash });
  }
  return { fresh, duplicates };
}
