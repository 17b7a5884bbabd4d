import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { planLayerImport, type Coder } from '../../../src/domain/coders';
import { importAnnotationCsv } from '../../../src/domain/formats/annotation-csv-import';
import { exportCsv } from '../../../src/domain/formats/csv';
import type { Annotation, Tag } from '../../../src/domain/model';
import { annotate, exportInput, knownArticles, makeArticle, makeTag } from './fixtures';

const text =
  'Lavrov said: "-5 degrees" and =SUM(A1) are not quotes 😀 here; Kerry met Lavrov. Kerry met Lavrov again.';
const article = await makeArticle('a1', text);
const known = knownArticles([article]);
const dana: Coder = {
  id: 'local',
  name: 'Dana',
  origin: 'local',
  createdAt: '2025-01-01T00:00:00.000Z',
};

function spansOf(annotations: readonly Annotation[], tags: readonly Tag[]) {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  return annotations
    .map((a) => ({
      articleId: a.articleId,
      ranges: a.ranges.map((r) => [r.start, r.end, r.exact]),
      tags: a.tagIds.map((id) => names.get(id)).sort(),
      note: a.note,
    }))
    .sort((x, y) => Number(x.ranges[0]![0]) - Number(y.ranges[0]![0]));
}

function asBob(csv: string) {
  const bundle = importAnnotationCsv(csv, known);
  const plan = planLayerImport(bundle, 'Bob', {
    known,
    codebook: [],
    coders: [dana],
    layerSizes: new Map(),
    now: '2026-01-01T00:00:00.000Z',
    newId: () => crypto.randomUUID(),
  });
  return { bundle, plan };
}

const header = 'article_id,start_utf16,end_utf16,quote,tag\r\n';

describe('CSV as a coder import', () => {
  const framing = makeTag('Framing');
  const formula = makeTag('=cmd|calc');
  const annotations = [
    annotate(article, '"-5 degrees"', { tagIds: [framing.id, formula.id], note: '@here, "x"' }),
    annotate(article, '=SUM(A1)'),
    annotate(article, '😀', { tagIds: [framing.id] }),
    annotate(article, 'Kerry met Lavrov again', { tagIds: [formula.id] }),
  ];
  const input = exportInput({
    articles: [article],
    tags: [framing, formula],
    annotations,
    coders: [dana],
  });

  it.each([',', ';'] as const)(
    'round-trips Gloss’s own CSV export (separator %s) as coder "Bob": same spans, tags and notes',
    (separator) => {
      const { bundle, plan } = asBob(exportCsv(input, separator));
      expect(bundle.coderName).toBe('Dana');
      expect(plan.coder).toMatchObject({ name: 'Bob', origin: 'imported' });
      expect(plan.skipped).toEqual([]);
      expect(plan.annotations.every((a) => a.coderId === plan.coder.id)).toBe(true);
      expect(spansOf(plan.annotations, plan.newTags)).toEqual(
        spansOf(annotations, [framing, formula]),
      );
    },
  );

  it('is the table an independent CSV reader (csv-parse) reads from the export', () => {
    const rows = parse(exportCsv(input), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.quote)).toContain("'=SUM(A1)");
    expect(importAnnotationCsv(exportCsv(input), known).annotations).toHaveLength(4);
  });

  it('places a row by its quote when the offsets drift, and says so', () => {
    const at = text.indexOf('Kerry met Lavrov again');
    const { bundle, plan } = asBob(
      `${header}a1,${at + 3},${at + 25},Kerry met Lavrov again,Peace\r\n`,
    );
    expect(plan.annotations[0]?.ranges[0]).toMatchObject({ start: at, end: at + 22 });
    expect(bundle.notices?.join(' ')).toContain('1 row was placed by their quote');
    // The nearest occurrence wins: the first "Kerry met Lavrov" is before the second.
    const first = text.indexOf('Kerry met Lavrov');
    const near = asBob(`${header}a1,${first + 2},${first + 18},Kerry met Lavrov,Peace\r\n`);
    expect(near.plan.annotations[0]?.ranges[0]?.start).toBe(first);
  });

  it('refuses a row whose quote is not in the article, naming the row and column', () => {
    expect(() =>
      importAnnotationCsv(`${header}a1,0,6,Lavrov,A\r\na1,0,6,Putin,A\r\n`, known),
    ).toThrow('Row 3, column "quote": the quote is neither at 0–6 nor anywhere in article "a1".');
  });

  it.each([
    [`a1,x,6,Lavrov,A`, 'Row 2, column "start_utf16": "x" is not a whole number.'],
    [`a1,6,6,Lavrov,A`, 'Row 2, column "end_utf16": the end (6) must be after the start (6).'],
    [`zz,0,6,Lavrov,A`, 'Row 2, column "article_id": no article "zz" here.'],
    [`,0,6,Lavrov,A`, 'Row 2, column "article_id": the article id is empty.'],
    [`a1,0,6,,A`, 'Row 2, column "quote": the quote is empty.'],
    [`a1,0,6,Lavrov,${'x'.repeat(61)}`, 'Row 2, column "tag": A tag name can have at most 60'],
  ])('refuses %s with a clear error', (row, message) => {
    expect(() => importAnnotationCsv(`${header}${row}\r\n`, known)).toThrow(message);
  });

  it('asks for the columns it needs, and for at least one row', () => {
    expect(() => importAnnotationCsv('name,description\r\nFraming,x\r\n', known)).toThrow(
      'This CSV has no "article_id" column',
    );
    expect(() => importAnnotationCsv(header, known)).toThrow('no annotation rows');
  });
});
