// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, toCsv } from '../../../src/domain/formats/csv';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import { annotate, exportInput, makeArticle, makeTag } from './fixtures';

let article: ArticleWithText;

beforeAll(async () => {
  article = await makeArticle('001_fr', 'Le «ministre», dit-il, "parle".\nSuite 😀 ici.', {
    title: 'Lavrov, Kerry',
    source: 'SANA (français)',
    language: 'fr',
  });
});

/** A minimal RFC 4180 reader, to check the writer against. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      endCell();
    } else if (!quoted && char === '\r' && next === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('toCsv', () => {
  it('quotes fields with commas, quotes, CR or LF, doubles quotes and ends records in CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 'cr\rhere', '']])).toBe(
      'a,"b,c","say ""hi""","two\nlines","cr\rhere",\r\n',
    );
  });

  it('writes numbers plainly, even negative ones, and empty cells for non-finite numbers', () => {
    expect(toCsv([[1, -0.25, Number.NaN, 'x']])).toBe('1,-0.25,,x\r\n');
  });

  it('neutralises cells a spreadsheet would evaluate as formulas', () => {
    const cells = [
      '=1+1',
      '+SUM(A1)',
      '-2+3',
      '@cmd',
      '\tTAB',
      '\rCR',
      '=HYPERLINK("http://evil")',
      'safe = fine',
    ];
    const [row] = readCsv(toCsv([cells]));
    expect(row).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      "'\tTAB",
      "'\rCR",
      '\'=HYPERLINK("http://evil")',
      'safe = fine',
    ]);
  });

  it('can start with a byte order mark for spreadsheet apps', () => {
    expect(toCsv([['é']], { bom: true })).toBe('\uFEFFé\r\n');
  });
});

describe('annotation CSV', () => {
  it('has a header naming the offset unit and one row per annotation × tag', () => {
    const tags = [makeTag('Framing'), makeTag('=cmd|calc')];
    const tagged = annotate(article, '«ministre»', {
      tagIds: tags.map((t) => t.id),
      note: '@here, "quoted"\nline 2',
    });
    const untagged = annotate(article, '😀');
    const csv = exportCsv(
      exportInput({ articles: [article], tags, annotations: [tagged, untagged] }),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toContain('start_utf16');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      tagged.id,
      '001_fr',
      'Lavrov, Kerry',
      'SANA (français)',
      'fr',
      String(tagged.ranges[0]!.start),
      String(tagged.ranges[0]!.end),
      '«ministre»',
      'Framing',
      '\'@here, "quoted"\nline 2',
      tagged.createdAt,
      tagged.updatedAt,
      // No coder list given: the coder column falls back to the id.
      'local',
    ]);
    expect(rows[2]?.[8]).toBe("'=cmd|calc");
    expect(rows[3]?.slice(7, 9)).toEqual(['😀', '']);
  });
});
