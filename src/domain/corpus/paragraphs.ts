/** A non-blank line of the canonical text, before it is classified. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

// \r\n, lone \r (old Mac files) and the Unicode separators all end a line, so a \r never
// ends up inside a paragraph's text.
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
const BLANK = /^\s*$/u;

/**
 * Splits a canonical text into its non-blank lines, with UTF-16 offsets such that
 * `text.slice(line.start, line.end) === line.text`. Leading and trailing spaces stay in the
 * line: nothing is trimmed, so offsets always point into the unchanged text.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (end: number) => {
    const lineText = text.slice(start, end);
    if (!BLANK.test(lineText)) lines.push({ start, end, text: lineText });
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return lines;
}
