import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importCodebookCsv } from '../../../src/domain/formats/codebook-csv';
import { exportCodebookCsv } from '../../../src/domain/formats/codebook-csv-export';
import { parseImportFile } from '../../../src/domain/formats/import-entry';
import { refiDocumentMaker as maker } from '../../../src/domain/formats/refi-document';

import { planImport } from '../../../src/domain/formats/import-plan';
import { annotate, EMPTY, makeArticle, makeTag } from './fixtures';

const NOW = new Date('2025-06-01T00:00:00.000Z');

describe('codebook CSV (Taguette style)', () => {
  it('writes tag, description, colour and highlight count, sub-tags as Parent/Child', async () => {
    const article = await makeArticle('a', 'one two three');
    const parent = makeTag('Framing', { description: 'How, and why', color: '#fde68a' });
    const child = makeTag('Blame', { parentId: parent.id, color: '#a5b4fc' });
    const csv = exportCodebookCsv(
      [child, parent],
      [annotate(article, 'two', { tagIds: [child.id] })],
    );
    expect(parseCsv(csv, { bom: true })).toEqual([
      ['tag', 'description', 'color', 'highlights'],
      ['Framing', 'How, and why', '#fde68a', '0'],
      ['Framing/Blame', '', '#a5b4fc', '1'],
    ]);
  });

  it('reads it back with the hierarchy, and reads Taguette and hand-written files', () => {
    const parent = makeTag('Framing', { description: 'd', color: '#fde68a' });
    const child = makeTag('Blame', { parentId: parent.id, color: '#a5b4fc' });
    const back = importCodebookCsv(exportCodebookCsv([parent, child], []), NOW);
    const framing = back.tags.find((t) => t.name === 'Framing')!;
    expect(back.tags.map((t) => [t.name, t.color, t.description, t.parentId])).toEqual([
      ['Framing', '#fde68a', 'd', null],
      ['Blame', '#a5b4fc', '', framing.id],
    ]);

    const taguette = importCodebookCsv(
      'tag,description,number of highlights\r\ninteresting,Stuff that is,3\r\npeople,,0\r\n',
      NOW,
    );
    expect(taguette.tags.map((t) => t.name)).toEqual(['interesting', 'people']);

    const semicolon = importCodebookCsv(
      'Name;Colour\nActors/Russia;#FF0000\nActors/USA;nope\n;\n',
      NOW,
    );
    expect(semicolon.tags.map((t) => [t.name, t.color])).toEqual([
      ['Actors', expect.stringMatching(/^#/)],
      ['Russia', '#ff0000'],
    ]);
    expect(semicolon.skipped.map((s) => s.message)).toEqual([
      'line 3: colour "nope" is not like #rrggbb',
    ]);
  });

  it('merges with the codebook by name and refuses a CSV without a name column', async () => {
    const local = makeTag('framing');
    const bundle = await parseImportFile(
      'codes.csv',
      new TextEncoder().encode('path\nFraming\nNew one\n'),
      new Map(),
      maker,
    );
    const plan = planImport(bundle, { articles: new Map(), existing: { ...EMPTY, tags: [local] } });
    expect(plan.add.tags.map((t) => t.name)).toEqual(['New one']);
    expect(plan.counts.unchanged).toBe(1);
    expect(() => importCodebookCsv('title,text\nx,y\n')).toThrow(
      /no "name", "tag" or "path" column/,
    );
  });
});
