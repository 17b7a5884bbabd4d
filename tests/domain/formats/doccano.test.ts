// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/domain/corpus';
import { exportDoccano } from '../../../src/domain/formats/doccano-export';
import { parseDoccano } from '../../../src/domain/formats/doccano-import';
import { ImportError } from '../../../src/domain/formats/errors';
import { planImport } from '../../../src/domain/formats/import-plan';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import {
  annotate,
  context,
  exportInput,
  knownArticles,
  makeArticle,
  makeTag,
  UNICODE_TEXT,
  bundledMeta,
} from './fixtures';

interface Line {
  id: string;
  text: string;
  label: Array<[number, number, string]>;
  meta: { offsetUnit: string; source: string };
}

const NOW = new Date('2025-06-01T12:00:00.000Z');
const lines = (jsonl: string) =>
  jsonl
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
const codePoints = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');

let emoji: ArticleWithText;
let unicode: ArticleWithText;
let french: ArticleWithText;
let untouched: ArticleWithText;

beforeAll(async () => {
  emoji = await makeArticle('emoji', 'Hello 😀, quote here and there.');
  unicode = await makeArticle('unicode', UNICODE_TEXT);
  untouched = await makeArticle('untouched', 'Nobody annotated this.');
  const path = fileURLToPath(
    new URL('../../../public/seeds/001_7385e71a292b6180.txt', import.meta.url),
  );
  const text = new TextDecoder().decode(readFileSync(path));
  french = {
    id: '001_7385e71a292b6180',
    title: 'Lavrov',
    source: 'SANA',
    language: 'fr',
    text,
    textHash: await sha256Hex(text),
    ...bundledMeta,
  };
});

describe('doccano export', () => {
  it('writes one line per annotated article with code point labels and its unit in meta', () => {
    const tags = [makeTag('Framing'), makeTag('Blame')];
    const jsonl = exportDoccano(
      exportInput({
        articles: [emoji, untouched, unicode],
        tags,
        annotations: [
          annotate(emoji, 'quote', { tagIds: [tags[0]!.id, tags[1]!.id] }),
          annotate(emoji, 'Hello'),
          annotate(unicode, 'quoted word', { tagIds: [tags[1]!.id] }),
        ],
      }),
    );
    const [first, second] = lines(jsonl);
    expect(lines(jsonl)).toHaveLength(2);
    expect(first).toMatchObject({
      id: 'emoji',
      text: emoji.text,
      meta: { offsetUnit: 'codepoint', source: 'gloss', untagged: 1 },
    });
    // The untagged "Hello" is left out: doccano would turn "(untagged)" into a label type.
    expect(first?.label).toEqual([
      [9, 14, 'Blame'],
      [9, 14, 'Framing'],
    ]);
    const [start, end] = second!.label[0]!;
    expect(codePoints(unicode.text, start, end)).toBe('quoted word');
  });

  it('labels the French seed so that code point slices are the quotes', () => {
    const tag = makeTag('Acteurs');
    const annotations = ['Serguei Lavrov', 'John Kerry'].map((q) =>
      annotate(french, q, { tagIds: [tag.id] }),
    );
    const [line] = lines(
      exportDoccano(exportInput({ articles: [french], tags: [tag], annotations })),
    );
    expect(line!.label.map(([s, e]) => codePoints(french.text, s, e))).toEqual([
      'Serguei Lavrov',
      'John Kerry',
    ]);
  });
});

describe('doccano import', () => {
  it('round-trips spans and tags through export and import', () => {
    const tag = makeTag('Framing');
    const other = makeTag('Voice');
    const annotations = [
      annotate(unicode, '👍🏽', { tagIds: [tag.id] }),
      annotate(unicode, 'مرحبا', { tagIds: [other.id] }),
    ];
    const jsonl = exportDoccano(
      exportInput({ articles: [unicode], tags: [tag, other], annotations }),
    );
    const bundle = parseDoccano(jsonl, knownArticles([unicode]), { now: NOW });
    expect(bundle.skipped).toEqual([]);
    const plan = planImport(bundle, context([unicode], { tags: [tag, other] }));
    const byQuote = new Map(plan.add.annotations.map((a) => [a.ranges[0]!.exact, a]));
    expect(byQuote.get('👍🏽')?.ranges).toEqual(annotations[0]!.ranges);
    expect(byQuote.get('👍🏽')?.tagIds).toEqual([tag.id]);
    expect(byQuote.get('مرحبا')?.tagIds).toEqual([other.id]);
  });

  it('skips lines whose text matches no known article, and spans past the end', () => {
    const jsonl = [
      JSON.stringify({
        text: emoji.text,
        label: [
          [9, 14, 'Framing'],
          [20, 99, 'Late'],
        ],
      }),
      '',
      JSON.stringify({ text: `${emoji.text} (edited)`, label: [[0, 5, 'Framing']] }),
    ].join('\r\n');
    const bundle = parseDoccano(jsonl, knownArticles([emoji]), { now: NOW });
    expect(bundle.annotations.map((a) => a.ranges[0]!.exact)).toEqual(['quote']);
    expect(bundle.skipped.map((s) => s.message)).toEqual([
      'line 1: `label[1]` end 99 is beyond the end of the article (length 30 code points)',
      'line 3: text does not match any known article',
    ]);
  });

  it('reads newer doccano "entities" lines', () => {
    const line = {
      text: emoji.text,
      entities: [{ id: 1, start_offset: 9, end_offset: 14, label: 'Quote' }],
    };
    const bundle = parseDoccano(JSON.stringify(line), knownArticles([emoji]), { now: NOW });
    expect(bundle.annotations[0]?.ranges[0]?.exact).toBe('quote');
    expect(bundle.tags.map((t) => t.name)).toEqual(['Quote']);
  });

  it.each([
    ['{"text": "a", "label": [[0, 1, "x"]]', /^Line 1 is not valid JSON/],
    ['[1, 2]', 'line 1: must be a JSON object'],
    ['{"label": []}', 'line 1: `text` must be a string'],
    [
      '{"text": "abc", "label": [[2, 1, "x"]]}',
      'line 1: `label[0]` end must be greater than start',
    ],
    ['{"text": "abc", "label": [[0, 1, 5]]}', 'line 1: `label[0][2]` (the label) must be a string'],
    [
      '{"text": "abc", "label": [[0, -1, "x"]]}',
      /^line 1: `label\[0\]` must be \[start, end, "label"\]/,
    ],
    ['{"text": "abc", "label": "x"}', 'line 1: `label` must be a list'],
    ['\n\n', 'The file has no doccano lines.'],
  ])('rejects %j precisely', (jsonl, message) => {
    expect(() => parseDoccano(jsonl, knownArticles([emoji]))).toThrow(ImportError);
    expect(() => parseDoccano(jsonl, knownArticles([emoji]))).toThrow(message);
  });

  it('ignores __proto__ keys without polluting anything', () => {
    const jsonl = `{"__proto__": {"polluted": "yes"}, "text": ${JSON.stringify(emoji.text)}, "label": [[9, 14, "__proto__"]]}`;
    const bundle = parseDoccano(jsonl, knownArticles([emoji]), { now: NOW });
    expect(bundle.tags.map((t) => t.name)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
