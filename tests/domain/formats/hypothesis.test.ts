import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/domain/formats/import-entry';
import { planImport } from '../../../src/domain/formats/import-plan';
import { context, makeArticle, UNICODE_TEXT } from './fixtures';

const PAGE = 'https://www.example-news.org/2016/kerry-lavrov?utm=1';

function row(id: string, fields: Record<string, unknown>) {
  return {
    id,
    created: '2024-03-01T10:00:00.123456+00:00',
    updated: '2024-03-02T11:00:00.654321+00:00',
    user: 'acct:alice@hypothes.is',
    uri: PAGE,
    group: '__world__',
    tags: [],
    text: '',
    references: [],
    document: { title: ['Kerry and Lavrov'] },
    ...fields,
  };
}

function quoteTarget(exact: string, prefix = '', suffix = '') {
  return [
    {
      source: PAGE,
      selector: [
        {
          type: 'RangeSelector',
          startContainer: '/div[1]/p[2]',
          startOffset: 3,
          endContainer: '/div[1]/p[2]',
          endOffset: 9,
        },
        { type: 'TextPositionSelector', start: 1200, end: 1211 },
        { type: 'TextQuoteSelector', exact, prefix, suffix },
      ],
    },
  ];
}

const rows = [
  row('hA1', {
    tags: ['Framing', 'Blame'],
    text: 'Why **this** word?',
    target: quoteTarget('quoted word', 'then the ', ' and'),
  }),
  row('hA2', { target: quoteTarget('👍🏽') }),
  row('hR1', {
    references: ['hA1'],
    user: 'acct:bob@hypothes.is',
    text: 'Because of the framing.',
  }),
  row('hP1', { text: 'A page note', tags: ['Overall'], target: [{ source: PAGE }] }),
  row('hR9', { references: ['missing'], text: 'orphan reply' }),
];

async function known() {
  const a = await makeArticle('001_sana', UNICODE_TEXT);
  const b = await makeArticle('002_tass', 'Nothing of the sort here.');
  return [a, b];
}

describe.each([
  ['rows', rows],
  ['the search API', { total: rows.length, rows }],
  [
    'the client export',
    {
      export_date: '2024-04-01T00:00:00Z',
      export_userid: 'acct:alice@hypothes.is',
      client_version: '1.1500.0',
      annotations: rows,
    },
  ],
])('Hypothesis import from %s', (_shape, file) => {
  it('keeps tags, notes, dates, user, replies and page notes, and finds the article by quote', async () => {
    const articles = await known();
    const bundle = parseImport(JSON.stringify(file), context(articles).articles);
    expect(bundle.format).toBe('hypothesis');
    expect(bundle.annotations).toHaveLength(2);
    const first = bundle.annotations.find((a) => a.ranges[0]!.exact === 'quoted word')!;
    expect(first).toMatchObject({
      articleId: '001_sana',
      note: 'Why **this** word?\n\n↳ bob@hypothes.is: Because of the framing.',
      creator: 'alice@hypothes.is',
      createdAt: '2024-03-01T10:00:00.123Z',
      updatedAt: '2024-03-02T11:00:00.654Z',
    });
    const tagNames = new Map(bundle.tags.map((t) => [t.id, t.name]));
    expect(first.tagIds.map((id) => tagNames.get(id))).toEqual(['Framing', 'Blame']);
    expect(bundle.memos).toEqual([
      expect.objectContaining({
        articleId: '001_sana',
        text: 'alice@hypothes.is, 2024-03-01:\nA page note\nTags: Overall',
      }),
    ]);
    expect(bundle.skipped.map((s) => s.message)).toEqual([
      'annotation 4: a reply to missing, which is not in the file',
    ]);
    expect(bundle.notices?.join('\n')).toContain(`${PAGE} → 001_sana`);
    expect(bundle.notices?.join('\n')).toContain('1 replies became note lines');
    const plan = planImport(bundle, context(articles));
    expect(plan.add.annotations).toHaveLength(2);
    expect(plan.add.tags.map((t) => t.name).sort()).toEqual(['Blame', 'Framing']);
  });
});

describe('Hypothesis import', () => {
  it('skips an annotation whose quote is in no article, saying so', async () => {
    const bundle = parseImport(
      JSON.stringify([row('x', { target: quoteTarget('not anywhere') })]),
      context(await known()).articles,
    );
    expect(bundle.annotations).toEqual([]);
    expect(bundle.skipped[0]!.message).toContain('annotation 0');
  });
});
