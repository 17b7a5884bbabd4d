import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { guessMapping } from '../../../src/domain/corpus-import/columns';
import { readDelimited } from '../../../src/domain/corpus-import/delimited';
import { readJsonTable } from '../../../src/domain/corpus-import/json-table';
import { tableDrafts } from '../../../src/domain/corpus-import/table-drafts';
import { corpusFixtureText } from './fixture';

describe('reading a CSV export', () => {
  const text = corpusFixtureText('export.csv');

  it('reads quoted cells that span lines exactly, CRLF and doubled quotes included', () => {
    const table = readDelimited(text, 'export.csv');
    expect(table.headers).toEqual([
      'id',
      'headline',
      'body',
      'media_name',
      'publish_date',
      'language',
      'url',
      'author',
      'section',
    ]);
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0]?.body).toBe(
      'Kerry and Lavrov met in Geneva on Wednesday.\r\nThey discussed a ceasefire in Aleppo.',
    );
    expect(table.rows[1]?.body).toBe(
      'Lavrov called the talks "useful".\r\n\r\nA second paragraph, with a comma.',
    );
    expect(table.problems).toEqual([]);
  });

  it('reads the cells as an independent CSV parser does', () => {
    const table = readDelimited(text, 'export.csv');
    const reference = parse(text, { columns: true }) as Record<string, string>[];
    expect(table.rows.map((row) => ({ ...row }))).toEqual(reference);
  });

  it('turns rows into articles and reports the rows that cannot be, by number and reason', () => {
    const table = readDelimited(text, 'export.csv');
    const { drafts, problems } = tableDrafts(table, {
      ...guessMapping(table.headers),
      extra: ['section'],
    });
    expect(drafts.map((draft) => [draft.title, draft.source, draft.date, draft.language])).toEqual([
      ['Kerry and Lavrov meet', 'Reuters', '2016-11-02', 'en'],
      ['Lavrov: talks "useful"', 'TASS', '2016-11-02', 'en'],
      ['Rencontre à Genève', 'Le Monde', '2016-11-02', 'fr'],
    ]);
    expect(drafts[0]).toMatchObject({
      url: 'https://example.com/a',
      byline: 'Jane Doe',
      metadata: [{ key: 'section', value: 'World' }],
    });
    expect(drafts[1]?.byline).toBeNull();
    expect(problems.map((problem) => problem.message)).toEqual([
      'Row 4: its date “sometime last week” is not a date Gloss can read.',
      'Row 5: its “body” cell is empty.',
    ]);
  });

  it('reports a row with the wrong number of cells', () => {
    const table = readDelimited('title,text\r\nA,B,C\r\nD,E\r\n', 'short.csv');
    expect(table.problems).toEqual([{ row: 1, message: 'has 3 cells, the header 2' }]);
  });

  it('reads tab-separated files', () => {
    const table = readDelimited('title\ttext\nA, still A\tbody, with comma\n', 'x.tsv');
    expect(table.rows[0]).toMatchObject({ title: 'A, still A', text: 'body, with comma' });
  });

  it('keeps a "__proto__" header as a plain column name', () => {
    const table = readDelimited('__proto__,text\nx,y\n', 'p.csv');
    expect(table.rows[0]?.['__proto__']).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('reading JSON and JSON Lines', () => {
  it('reads one object per line and reports the line that is not JSON', () => {
    const table = readJsonTable(corpusFixtureText('articles.jsonl'), 'articles.jsonl');
    expect(table.headers).toEqual(['title', 'text', 'source', 'date', 'lang', 'tags', 'content']);
    expect(table.rows[0]?.tags).toBe('a; b');
    expect(table.rows[0]?.content).toBe('');
    expect(table.problems).toEqual([{ row: 3, message: expect.stringContaining('is not JSON') }]);
    const { drafts } = tableDrafts(table, guessMapping(table.headers));
    expect(drafts.map((draft) => [draft.text, draft.date, draft.language])).toEqual([
      ["The first article's text.\nSecond line.", '2016-11-04', 'en'],
      ['Another text entirely.', '2016-11-05', 'fr'],
    ]);
  });

  it('reads an array, also under "articles"', () => {
    expect(readJsonTable('[{"text":"a"}]', 'a.json').rows).toHaveLength(1);
    expect(readJsonTable('{"articles":[{"text":"a"},{"text":"b"}]}', 'a.json').rows).toHaveLength(
      2,
    );
    expect(() => readJsonTable('{"x":1}', 'a.json')).toThrow('holds no list of articles');
    expect(() => readJsonTable('{', 'a.json')).toThrow('is not JSON');
  });
});
