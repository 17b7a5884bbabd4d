import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../src/domain/formats/export-entry';
import { annotate, exportInput, makeArticle, makeTag } from './fixtures';

async function setup() {
  const first = await makeArticle('a-first', 'Alpha beta gamma delta epsilon.');
  const second = await makeArticle('b-second', 'Zeta eta theta iota kappa.');
  const zulu = makeTag('Zulu');
  const alpha = makeTag('Alpha');
  const child = makeTag('Beta child', { parentId: zulu.id });
  const annotations = [
    annotate(second, 'theta', { tagIds: [zulu.id, alpha.id] }),
    annotate(first, 'delta', { tagIds: [child.id] }),
    annotate(first, 'beta', { tagIds: [zulu.id, alpha.id] }),
  ];
  const input = exportInput({
    articles: [first, second],
    tags: [child, zulu, alpha],
    annotations,
  });
  return { input, names: { zulu, alpha, child } };
}

describe('exports in reading order', () => {
  it('lists annotations by article then start offset, tags in codebook order', async () => {
    const { input } = await setup();
    const csv = buildExport('csv', input).content;
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    const quotes = rows.map((r) => [r.quote, r.tag]);
    expect(quotes).toEqual([
      ['beta', 'Alpha'],
      ['beta', 'Zulu'],
      ['delta', 'Beta child'],
      ['theta', 'Alpha'],
      ['theta', 'Zulu'],
    ]);
    const markdown = String(
      buildExport('markdown', input, { markdown: { groupBy: 'tag' } }).content,
    );
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.map((h) => h.replace(/^## /, ''))).toEqual([
      'Alpha',
      'Zulu',
      'Zulu › Beta child',
    ]);
  });

  it('keeps the native backup records as stored, only sorted', async () => {
    const { input, names } = await setup();
    const file = JSON.parse(String(buildExport('native', input).content)) as {
      tags: { name: string }[];
      annotations: { ranges: { exact: string }[]; tagIds: string[] }[];
    };
    expect(file.tags.map((t) => t.name)).toEqual(['Alpha', 'Zulu', 'Beta child']);
    expect(file.annotations.map((a) => a.ranges[0]?.exact)).toEqual(['beta', 'delta', 'theta']);
    expect(file.annotations[0]?.tagIds).toEqual([names.zulu.id, names.alpha.id]);
  });

  it('names the two Markdown groupings apart', async () => {
    const { input } = await setup();
    const byArticle = buildExport('markdown', input, { markdown: { groupBy: 'article' } });
    const byTag = buildExport('markdown', input, { markdown: { groupBy: 'tag' } });
    expect(byArticle.fileName).toBe('gloss-markdown-by-article-2025-03-04.md');
    expect(byTag.fileName).toBe('gloss-markdown-by-tag-2025-03-04.md');
  });
});
