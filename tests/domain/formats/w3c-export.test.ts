// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/domain/corpus';
import { exportW3C, PROGRESS_STEP } from '../../../src/domain/formats/w3c-export';
import {
  W3CAnnotationSchema,
  W3CCollectionSchema,
  W3CEmbeddedAnnotationSchema,
} from '../../../src/domain/formats/w3c-schema';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import type { ExportInput } from '../../../src/domain/formats/types';
import {
  annotate,
  exportInput,
  makeArticle,
  makeTag,
  memo,
  UNICODE_TEXT,
  bundledMeta,
} from './fixtures';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Target {
  source: string;
  selector: Selector[];
}
interface Item {
  id: string;
  motivation: string;
  body?: Array<{ type: string; purpose: string; value: string; format?: string }>;
  target: Target | Target[] | string;
  created: string;
  modified: string;
}
interface Collection {
  '@context': string;
  type: string;
  total: number;
  label: string;
  'gloss:offsetUnit': string;
  first?: { type: string; items: Item[] };
}

function parse(input: ExportInput): Collection {
  return JSON.parse(exportW3C(input)) as Collection;
}

function items(input: ExportInput): Item[] {
  return parse(input).first?.items ?? [];
}

function position(target: Item['target']): Selector | undefined {
  const single = Array.isArray(target) ? target[0] : target;
  return typeof single === 'string'
    ? undefined
    : single?.selector.find((s) => s.type === 'TextPositionSelector');
}

const codePoints = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');

let emoji: ArticleWithText;
let unicode: ArticleWithText;
let french: ArticleWithText;

beforeAll(async () => {
  emoji = await makeArticle('emoji', 'Hello 😀, quote here and there.');
  unicode = await makeArticle('unicode', UNICODE_TEXT, { language: 'ar' });
  const seedPath = fileURLToPath(
    new URL('../../../public/seeds/001_7385e71a292b6180.txt', import.meta.url),
  );
  const text = new TextDecoder().decode(readFileSync(seedPath));
  french = {
    id: '001_7385e71a292b6180',
    title: 'Lavrov',
    source: 'SANA (français)',
    language: 'fr',
    text,
    textHash: await sha256Hex(text),
    ...bundledMeta,
  };
});

describe('W3C export', () => {
  it('writes an AnnotationCollection with one embedded page and states the offset unit', () => {
    const tag = makeTag('Framing');
    const collection = parse(
      exportInput({
        articles: [emoji],
        tags: [tag],
        annotations: [annotate(emoji, 'quote', { tagIds: [tag.id] })],
      }),
    );
    expect(collection['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { gloss: 'urn:gloss:vocab#' },
    ]);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(1);
    expect(collection['gloss:offsetUnit']).toBe('codepoint');
    expect(collection.label).toMatch(/code points/);
    expect(collection.first?.type).toBe('AnnotationPage');
    expect(W3CCollectionSchema.safeParse(collection).error).toBeUndefined();
  });

  it('counts TextPositionSelector offsets in code points: UTF-16 10 is code point 9 after an emoji', () => {
    const a = annotate(emoji, 'quote');
    expect(a.ranges[0]?.start).toBe(10);
    const [item] = items(exportInput({ articles: [emoji], annotations: [a] }));
    expect(position(item!.target)).toEqual({ type: 'TextPositionSelector', start: 9, end: 14 });
    expect(codePoints(emoji.text, 9, 14)).toBe('quote');
  });

  it('converts offsets after combining marks, RTL text and emoji modifiers', () => {
    const annotations = ['مرحبا', 'quoted word', 'more', '👍🏽'].map((quote) =>
      annotate(unicode, quote),
    );
    for (const [index, item] of items(
      exportInput({ articles: [unicode], annotations }),
    ).entries()) {
      const selector = position(item.target)!;
      expect(codePoints(unicode.text, selector.start!, selector.end!)).toBe(
        annotations[index]!.ranges[0]!.exact,
      );
    }
  });

  it('exports the French seed with positions that select the quotes', () => {
    const quotes = ['Serguei Lavrov', 'inutile', 'John Kerry'];
    const annotations = quotes.map((quote) => annotate(french, quote));
    for (const [index, item] of items(exportInput({ articles: [french], annotations })).entries()) {
      const target = item.target as Target;
      expect(target.source).toBe('urn:gloss:article:001_7385e71a292b6180');
      const selector = position(target)!;
      expect(codePoints(french.text, selector.start!, selector.end!)).toBe(quotes[index]);
      expect(target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: quotes[index] });
    }
  });

  it('gives every annotation a urn:uuid id, dates with Z, and the right motivation and bodies', () => {
    const tags = [makeTag('Framing'), makeTag('Blame')];
    const plain = annotate(emoji, 'Hello');
    const tagged = annotate(emoji, 'quote', { tagIds: tags.map((t) => t.id) });
    const noted = annotate(emoji, 'there', { tagIds: [tags[0]!.id], note: 'See **this**' });
    const [first, second, third] = items(
      exportInput({ articles: [emoji], tags, annotations: [plain, tagged, noted] }),
    );
    expect(first).toMatchObject({
      id: `urn:uuid:${plain.id}`,
      motivation: 'highlighting',
      created: plain.createdAt,
      modified: plain.updatedAt,
    });
    expect(first?.body).toBeUndefined();
    expect(second?.motivation).toBe('tagging');
    expect(second?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'Framing' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Blame' },
    ]);
    expect(third?.motivation).toBe('commenting');
    expect(third?.body?.[1]).toEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      format: 'text/markdown',
      value: 'See **this**',
    });
  });

  it('writes one target per range of a multi-range annotation', () => {
    const a = annotate(emoji, 'quote');
    const second = annotate(emoji, 'there').ranges[0]!;
    const [item] = items(
      exportInput({ articles: [emoji], annotations: [{ ...a, ranges: [...a.ranges, second] }] }),
    );
    expect(Array.isArray(item?.target)).toBe(true);
    expect((item?.target as Target[]).map((t) => t.selector[0]?.exact)).toEqual(['quote', 'there']);
  });

  it('writes a quote-only target when the quote is no longer at its offsets', () => {
    const a = annotate(emoji, 'quote');
    const stale = { ...a, ranges: [{ ...a.ranges[0]!, start: 0, end: 5 }] };
    const [item] = items(exportInput({ articles: [emoji], annotations: [stale] }));
    expect((item?.target as Target).selector).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'quote' }),
    ]);
  });

  it('exports article memos as annotations on the whole article', () => {
    const [item] = items(
      exportInput({ articles: [emoji], memos: [memo(emoji.id, 'Overall: balanced')] }),
    );
    expect(item?.target).toBe('urn:gloss:article:emoji');
    expect(item?.body?.[0]).toMatchObject({ purpose: 'commenting', value: 'Overall: balanced' });
  });

  it('validates every exported annotation against the Web Annotation model', () => {
    const tags = [makeTag('Framing'), makeTag('Blame')];
    const annotations = [
      annotate(unicode, 'مرحبا', { tagIds: [tags[0]!.id], note: '<script>alert(1)</script>' }),
      annotate(unicode, 'quoted word'),
      annotate(french, 'Kerry', { tagIds: tags.map((t) => t.id) }),
      annotate(emoji, 'quote', { note: 'plain note' }),
    ];
    const collection = parse(
      exportInput({
        articles: [unicode, french, emoji],
        tags,
        annotations,
        memos: [memo(french.id, 'A memo')],
      }),
    );
    expect(W3CCollectionSchema.safeParse(collection).error).toBeUndefined();
    for (const item of collection.first!.items) {
      expect(W3CEmbeddedAnnotationSchema.safeParse(item).error).toBeUndefined();
      expect(
        W3CAnnotationSchema.safeParse({ '@context': collection['@context'], ...item }).error,
      ).toBeUndefined();
    }
  });

  it('writes a valid empty collection without pages', () => {
    const collection = parse(exportInput({ articles: [] }));
    expect(collection.total).toBe(0);
    expect(collection.first).toBeUndefined();
    expect(W3CCollectionSchema.safeParse(collection).success).toBe(true);
  });

  it('reports progress while it writes and once at the end', () => {
    const annotations = Array.from({ length: PROGRESS_STEP * 2 + 5 }, () =>
      annotate(emoji, 'quote'),
    );
    const calls: Array<[number, number]> = [];
    exportW3C(exportInput({ articles: [emoji], annotations }), {
      onProgress: (done, total) => calls.push([done, total]),
    });
    const total = annotations.length;
    expect(calls).toEqual([
      [PROGRESS_STEP, total],
      [PROGRESS_STEP * 2, total],
      [total, total],
    ]);
  });
});
