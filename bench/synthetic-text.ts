/**
 * The long synthetic article, from seed texts given by the caller: bench/corpus.ts passes the
 * seeds bundled into the benchmark page, bench/app-cases.ts (Node) the files it read itself.
 */
import { countWords, parseArticle } from '../src/domain/corpus';

/**
 * The seeds' body paragraphs (their page chrome, datelines and bylines left out, or the parser
 * would rightly read everything after the first "Related Posts" as chrome), cycled and blank-line
 * separated until the text holds at least `words` words.
 */
export function syntheticTextFrom(seedTexts: readonly string[], words: number): string {
  const bodies = seedTexts.flatMap((text) =>
    parseArticle(text)
      .paragraphs.filter((p) => p.kind === 'body')
      .map((p) => p.text),
  );
  if (bodies.length === 0) throw new Error('the seeds have no body paragraphs');
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const paragraph = bodies[i % bodies.length] as string;
    parts.push(paragraph);
    count += countWords(paragraph);
  }
  return parts.join('\n\n');
}
