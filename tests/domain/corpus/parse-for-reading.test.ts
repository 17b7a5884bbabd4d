// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/domain/corpus/parse';
import { parseForReading } from '../../../src/domain/corpus/parse-for-reading';

const seeds = fileURLToPath(new URL('../../../public/seeds/', import.meta.url));

describe('parseForReading', () => {
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));

  it.each(files)('gives %s the paragraphs parseArticle gives', (file) => {
    const text = readFileSync(`${seeds}${file}`, 'utf8');
    const full = parseArticle(text, { fileName: file });
    expect(parseForReading(text, full).paragraphs).toEqual(full.paragraphs);
  });

  it('takes title, outlet, language, date, byline and word count from the record, not the text', () => {
    const known = {
      title: 'Named by the user',
      source: 'Edited outlet',
      language: 'de',
      date: '2001-02-03',
      byline: 'A. Author',
      wordCount: 42,
    };
    const parsed = parseForReading('Some title\n\nOne paragraph of text in English.', known);
    expect(parsed).toMatchObject(known);
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'Some title',
      'One paragraph of text in English.',
    ]);
  });
});
