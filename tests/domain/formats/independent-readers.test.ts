import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createTextPositionSelectorMatcher,
  createTextQuoteSelectorMatcher,
} from '@apache-annotator/dom';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/domain/formats/csv';
import { exportMarkdown } from '../../../src/domain/formats/markdown';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import type { ExportInput } from '../../../src/domain/formats/types';
import { exportW3C } from '../../../src/domain/formats/w3c-export';
import { annotate, exportInput, makeArticle, makeTag, memo, UNICODE_TEXT } from './fixtures';

const here = dirname(fileURLToPath(import.meta.url));
const ANNO_CONTEXT = JSON.parse(
  readFileSync(join(here, '../../fixtures/w3c/anno.jsonld'), 'utf8'),
) as object;

let seed: ArticleWithText;
let unicode: ArticleWithText;
let input: ExportInput;

const NOTE =
  'harmless;=1+1, see https://example.org/search?q=syria&lang=fr <script>alert(1)</script>';

beforeAll(async () => {
  const text = readFileSync(join(here, '../../../public/seeds/001_7385e71a292b6180.txt'), 'utf8');
  seed = await makeArticle('001_7385e71a292b6180', text);
  unicode = await makeArticle('unicode', UNICODE_TEXT);
  const tag = makeTag('=Framing');
  const words = text.split(/\s+/).filter((w) => w.length > 5);
  input = exportInput({
    articles: [seed, unicode],
    tags: [tag],
    annotations: [
      annotate(seed, words[3]!, { tagIds: [tag.id], note: NOTE }),
      annotate(seed, words[10]!, { note: '@cmd|calc\t-2+3' }),
      annotate(unicode, 'quoted word', { tagIds: [tag.id] }),
      annotate(unicode, '👍🏽'),
    ],
    memos: [memo(seed.id, 'A memo & more')],
  });
});

describe('CSV read by csv-parse', () => {
  const FORMULA = /^[=+\-@\t\r]/;

  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
  ] as const)('the %s file (%s) parses back to the same cells', (separator, _name) => {
    const rows = parseCsv(exportCsv(input, separator), {
      delimiter: separator,
      bom: true,
    }) as string[][];
    expect(rows[0]).toContain('note');
    const note = rows[1]![rows[0]!.indexOf('note')]!;
    expect(note).toBe(
      "harmless;'=1+1, see https://example.org/search?q=syria&lang=fr <script>alert(1)</script>",
    );
    expect(rows.flat().filter((cell) => FORMULA.test(cell))).toEqual([]);
  });

  it('no cell starts a formula when a spreadsheet splits on the other separator', () => {
    for (const [written, read] of [
      [',', ';'],
      [';', ','],
    ] as const) {
      const rows = parseCsv(exportCsv(input, written), {
        delimiter: read,
        bom: true,
        relax_quotes: true,
        relax_column_count: true,
      }) as string[][];
      // Excel keeps quotes that do not open a cell as text; strip them the way it shows the cell.
      const cells = rows.flat().map((cell) => cell.replace(/^"/, ''));
      expect(cells.filter((cell) => FORMULA.test(cell))).toEqual([]);
    }
  });
});

describe('Markdown read by markdown-it (CommonMark, linkify) and marked (GFM)', () => {
  const renderers = [
    ['markdown-it', (md: string) => new MarkdownIt({ linkify: true }).render(md)],
    ['marked', (md: string) => marked.parse(md, { gfm: true, async: false })],
  ] as const;

  it.each(renderers)(
    '%s autolinks the URL with its & intact and shows the script as text',
    (_name, render) => {
      const html = render(exportMarkdown(input));
      expect(html).toContain('href="https://example.org/search?q=syria&amp;lang=fr"');
      expect(html).not.toContain('&amp;amp;');
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('A memo &amp; more');
    },
  );

  it.each(renderers)('%s shows an entity a user typed literally', (_name, render) => {
    const typed = exportInput({
      articles: [unicode],
      annotations: [annotate(unicode, 'quoted word', { note: 'write &amp; for &' })],
    });
    expect(render(exportMarkdown(typed))).toContain('write &amp;amp; for &amp;');
  });
});

describe('W3C JSON-LD read by jsonld with the Web Annotation context served locally', () => {
  const documentLoader = (url: string) => {
    if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`no network in tests: ${url}`);
    return Promise.resolve({ contextUrl: undefined, documentUrl: url, document: ANNO_CONTEXT });
  };

  function keysAndIds(node: unknown, out: { keys: Set<string>; ids: Set<string> }) {
    if (Array.isArray(node)) return node.forEach((item) => keysAndIds(item, out));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      out.keys.add(key);
      if ((key === '@id' || key === '@type') && typeof value === 'string') out.ids.add(value);
      if (key === '@type' && Array.isArray(value)) value.forEach((v) => out.ids.add(String(v)));
      keysAndIds(value, out);
    }
  }

  const absolute = (iri: string) => iri.startsWith('@') || /^[a-z][a-z0-9+.-]*:[^:]/i.test(iri);

  it('expands the collection without dropping a term, every term an absolute IRI', async () => {
    const doc = JSON.parse(exportW3C(input)) as object;
    const expanded = await jsonld.expand(doc, {
      documentLoader,
      safe: true,
    } as jsonld.Options.Expand);
    const found = { keys: new Set<string>(), ids: new Set<string>() };
    keysAndIds(expanded, found);
    expect([...found.keys].filter((key) => !absolute(key))).toEqual([]);
    expect([...found.ids].filter((id) => !absolute(id))).toEqual([]);
    expect(found.keys).toContain('urn:gloss:vocab#offsetUnit');
    expect(found.keys).not.toContain('gloss:offsetUnit');
  });

  it('one annotation taken out of the page still expands on its own', async () => {
    const doc = JSON.parse(exportW3C(input)) as { first: { items: object[] } };
    const one = doc.first.items[0]!;
    const expanded = (await jsonld.expand(one, {
      documentLoader,
      safe: true,
    } as jsonld.Options.Expand)) as Record<string, unknown>[];
    expect(Object.keys(expanded[0]!)).toEqual(
      expect.arrayContaining(['http://www.w3.org/ns/oa#hasTarget']),
    );
  });
});

describe('W3C selectors resolved by Apache Annotator in a DOM holding the article text', () => {
  function scopeOf(text: string): HTMLElement {
    const div = document.createElement('div');
    div.textContent = text;
    return div;
  }

  interface Selector {
    type: string;
    exact?: string;
    prefix?: string;
    suffix?: string;
    start?: number;
    end?: number;
  }

  async function first(matches: AsyncIterable<Range>): Promise<Range | undefined> {
    for await (const range of matches) return range;
    return undefined;
  }

  it('every TextQuoteSelector finds the stored range; positions agree on BMP text', async () => {
    const doc = JSON.parse(exportW3C(input)) as {
      first: { items: { target: { source: string; selector: Selector[] } | string }[] };
    };
    const texts = new Map([seed, unicode].map((a) => [`urn:gloss:article:${a.id}`, a.text]));
    const stored = new Map(input.annotations.map((a) => [a.ranges[0]!.exact, a.ranges[0]!]));
    let resolved = 0;
    for (const item of doc.first.items) {
      if (typeof item.target === 'string') continue;
      const text = texts.get(item.target.source)!;
      const scope = scopeOf(text);
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const range = await first(
        createTextQuoteSelectorMatcher(quote as never)(scope) as AsyncIterable<Range>,
      );
      expect(range?.toString()).toBe(quote.exact);
      expect(range?.startOffset).toBe(stored.get(quote.exact!)!.start);
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      // Apache Annotator counts UTF-16 code units; the export counts code points (as the model
      // says), so the two agree wherever no astral character comes first: the seed texts.
      if (position && text === seed.text) {
        const byPosition = await first(
          createTextPositionSelectorMatcher(position as never)(scope) as AsyncIterable<Range>,
        );
        expect(byPosition?.toString()).toBe(quote.exact);
      }
      resolved++;
    }
    expect(resolved).toBe(input.annotations.length);
  });
});
