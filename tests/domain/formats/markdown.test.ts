// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdownText, safeMarkdown } from '../../../src/domain/formats/markdown-escape';
import { exportMarkdown } from '../../../src/domain/formats/markdown';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import type { ExportInput } from '../../../src/domain/formats/types';
import { annotate, exportInput, makeArticle, makeTag, memo } from './fixtures';

let sana: ArticleWithText;
let times: ArticleWithText;
let input: ExportInput;

beforeAll(async () => {
  sana = await makeArticle(
    '000',
    'Lavrov pointed to the *futility* of force.\n# Not a heading\n1. not a list',
    { title: 'Lavrov <b>says</b>', source: 'SANA' },
  );
  times = await makeArticle('002', 'Moscow renews call for settlement.', {
    title: 'Moscow renews call',
    source: null,
  });
  const framing = makeTag('Framing');
  const blame = makeTag('Blame', { parentId: framing.id });
  input = exportInput({
    articles: [sana, times],
    tags: [framing, blame],
    annotations: [
      annotate(sana, 'futility', {
        tagIds: [framing.id],
        note: 'Strong **word**.\nSecond line <script>alert(1)</script>',
      }),
      annotate(sana, '# Not a heading\n1. not a list', { tagIds: [framing.id, blame.id] }),
      annotate(times, 'renews call'),
    ],
    memos: [memo('000', 'Memo with [a link](javascript:alert(1)) and [ok](https://example.org)')],
  });
});

describe('Markdown export', () => {
  it('groups by article with the outlet in the heading, the memo, quotes, tags and notes', () => {
    const md = exportMarkdown(input);
    expect(md).toMatch(/^# Gloss annotations\n/);
    expect(md).toContain('no character offsets');
    expect(md).toContain('## Lavrov &lt;b>says&lt;/b> — SANA');
    expect(md).toContain('## Moscow renews call\n');
    expect(md).toContain('> futility');
    expect(md).toContain('- Tags: **Framing**');
    expect(md).toContain('- Tags: **Framing**, **Framing › Blame**');
    expect(md).toContain('- Note: Strong **word**.\n  Second line &lt;script>alert(1)&lt;/script>');
    expect(md.indexOf('## Lavrov')).toBeLessThan(md.indexOf('## Moscow'));
  });

  it('groups by tag, listing each annotation under every tag it has, untagged last', () => {
    const md = exportMarkdown(input, { groupBy: 'tag' });
    expect(md.match(/^## .*$/gm)).toEqual([
      '## Framing',
      '## Framing › Blame',
      '## Untagged highlights',
    ]);
    expect(md).toContain('- Article: Moscow renews call');
    expect(md).not.toContain('Memo');
  });

  it('shows quotes literally: no headings, lists or emphasis from the article text', () => {
    const md = exportMarkdown(input);
    expect(md).toContain('> \\# Not a heading\n> 1\\. not a list');
    expect(escapeMarkdownText('*futility* of [x](y) `code` <i>')).toBe(
      '\\*futility\\* of \\[x\\](y) \\`code\\` &lt;i>',
    );
  });

  it('keeps Markdown in notes but breaks links that are not http(s) or mailto', () => {
    expect(
      safeMarkdown('[a](javascript:alert(1)) [b](https://x.org) [c](mailto:a@b.c) [d](data:x)'),
    ).toBe('[a\\](javascript:alert(1)) [b](https://x.org) [c](mailto:a@b.c) [d\\](data:x)');
    expect(safeMarkdown('[ref]: javascript:alert(1)')).toBe('\\[ref]: javascript:alert(1)');
    expect(exportMarkdown(input)).toContain(
      '**Memo:** Memo with [a link\\](javascript:alert(1)) and [ok](https://example.org)',
    );
  });
});
