// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { direction, parseArticle, type ParagraphKind } from '../../../src/domain/corpus';

const seedsDir = fileURLToPath(new URL('../../../public/seeds/', import.meta.url));
const readSeed = (file: string) => new TextDecoder().decode(readFileSync(`${seedsDir}${file}`));

const B: ParagraphKind = 'body';
const M: ParagraphKind = 'meta';
const C: ParagraphKind = 'chrome';
const Y: ParagraphKind = 'byline';
const S: ParagraphKind = 'subhead';

interface Expected {
  file: string;
  title: string;
  language: string;
  source: string | null;
  date: string | null;
  byline: string | null;
  wordCount: number;
  kinds: ParagraphKind[];
}

const SEEDS: Expected[] = [
  {
    file: '000_df97716ef8399177.txt',
    title: 'Russian Foreign Minister Sergei Lavrov pointed to the futility of the use of force…',
    language: 'en',
    source: 'SANA',
    date: null,
    byline: 'Manal Ismael',
    wordCount: 387,
    kinds: [B, B, B, B, B, B, B, B, B, B, B, Y],
  },
  {
    file: '001_7385e71a292b6180.txt',
    title:
      'Lors de sa rencontre avec Kerry, Lavrov juge inutile de recourir à la force pour régler la crise en Syrie',
    language: 'fr',
    source: 'SANA (français)',
    date: null,
    byline: null,
    wordCount: 295,
    // headline, six paragraphs, "Bulletin français", "Check Also", teaser headline, cut teaser
    kinds: [M, B, B, B, B, B, B, C, C, C, C],
  },
  {
    file: '002_27f4b5ccaf5df4df.txt',
    title:
      'Moscow Renews Call for Political Settlement in Syria Based on Security Council Resolutions, ISSG Decisions',
    language: 'en',
    source: 'Syria Times',
    date: null,
    byline: 'Hamda Mustafa',
    wordCount: 347,
    // the subheading "US Not Ready to Fight Terrorism…" (8th line) is a subhead
    kinds: [M, B, B, B, B, B, B, S, B, B, B, Y],
  },
  {
    file: '003_160427fdb2b2b30e.txt',
    title: 'Sooner Syria crisis ends better: Lavrov',
    language: 'en',
    source: 'Press TV',
    date: '2016-11-02',
    byline: 'SS',
    wordCount: 345,
    // headline, "(last modified …)", "Nov 02, 2016 16:37 UTC", "• …" teaser, story, "SS", "Tags"
    kinds: [M, M, M, C, B, B, B, B, B, B, B, B, B, B, B, B, Y, C],
  },
  {
    file: '004_d3ebd397d2656eba.txt',
    title: 'Syria:Kerry and Lavrov Discuss peace talks between Assad and Opposition',
    language: 'en',
    source: null,
    date: null,
    byline: null,
    wordCount: 309,
    kinds: [M, B, B, B, B, B, B, B, B, B, C],
  },
];

describe('the bundled seed corpus', () => {
  it('pins every seed file in public/seeds', () => {
    const files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
    expect(files.sort()).toEqual(SEEDS.map((seed) => seed.file));
  });

  describe.each(SEEDS)('$file', (seed) => {
    const text = readSeed(seed.file);
    const parsed = parseArticle(text, { fileName: seed.file });

    it('reads title, language, outlet, date and byline', () => {
      expect({
        title: parsed.title,
        language: parsed.language,
        source: parsed.source,
        date: parsed.date,
        byline: parsed.byline,
      }).toEqual({
        title: seed.title,
        language: seed.language,
        source: seed.source,
        date: seed.date,
        byline: seed.byline,
      });
      expect(direction(parsed.language)).toBe('ltr');
    });

    it('classifies every paragraph', () => {
      expect(parsed.paragraphs.map((p) => p.kind)).toEqual(seed.kinds);
    });

    it('gives paragraphs that are exact, ordered slices of the canonical text', () => {
      let previousEnd = 0;
      for (const p of parsed.paragraphs) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(p.text).not.toMatch(/[\r\n]/);
        expect(p.text.trim()).not.toBe('');
        expect(p.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = p.end;
      }
      // Every non-blank line is a paragraph: nothing of the text is lost between them.
      const nonBlankLines = text.split('\n').filter((line) => line.trim() !== '');
      expect(parsed.paragraphs.map((p) => p.text)).toEqual(nonBlankLines);
    });

    it('counts the words of the story only, not headline, furniture or byline', () => {
      expect(parsed.wordCount).toBe(seed.wordCount);
    });
  });

  it('keeps the leading spaces of the 003 teaser line inside its paragraph', () => {
    const text = readSeed('003_160427fdb2b2b30e.txt');
    const teaser = parseArticle(text).paragraphs[3];
    expect(teaser?.text).toBe('  • Sooner Syria crisis ends better: Lavrov');
    expect(teaser?.kind).toBe('chrome');
  });

  it('does not credit a seed outlet to a user file that only shares the seed’s name', () => {
    const parsed = parseArticle('My own notes\nNothing from Press TV here.', {
      fileName: '003_160427fdb2b2b30e.txt',
    });
    expect(parsed.source).toBeNull();
  });

  it('without the file name, still reads the outlets that the datelines state', () => {
    const sources = SEEDS.map((seed) => parseArticle(readSeed(seed.file)).source);
    expect(sources).toEqual(['SANA', null, 'Syria Times', null, null]);
  });
});
