/*
 * Texts asked for before their reader asks (an article opened by its URL starts reading its text
 * while the app's code still loads, src/routes/reader-prefetch.ts). Each is taken once; one that
 * failed resolves to undefined, and the reader then reads as usual.
 */
const early = new Map<string, Promise<string | undefined>>();

const keyOf = (origin: string, name: string) => `${origin}\u0000${name}`;

/** Keeps a text being read early: a stored document's by id, a bundled one's by file name. */
export function putEarlyText(
  origin: 'imported' | 'bundled',
  name: string,
  text: Promise<string | undefined>,
): void {
  early.set(
    keyOf(origin, name),
    text.catch(() => undefined),
  );
}

/** The text read early for this article, once; undefined when none was. */
export function takeEarlyText(article: {
  id: string;
  file: string;
  origin: string;
}): Promise<string | undefined> | undefined {
  const key = keyOf(article.origin, article.origin === 'imported' ? article.id : article.file);
  const text = early.get(key);
  early.delete(key);
  return text;
}
