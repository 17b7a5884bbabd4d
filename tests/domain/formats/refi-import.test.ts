import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/domain/formats/import-plan';
import { parseImportFile } from '../../../src/domain/formats/import-entry';
import { refiDocumentMaker as maker } from '../../../src/domain/formats/refi-document';

import { exportRefiProject } from '../../../src/domain/formats/refi-export';
import { exportQdpx } from '../../../src/domain/formats/refi-qdpx';
import { importRefiCodebook } from '../../../src/domain/formats/refi-codebook-import';
import { exportRefiCodebook } from '../../../src/domain/formats/refi-codebook-export';
import type { ExportInput } from '../../../src/domain/formats/types';
import {
  annotate,
  context,
  exportInput,
  makeArticle,
  makeTag,
  memo,
  UNICODE_TEXT,
} from './fixtures';

const NOW = new Date('2025-06-01T00:00:00.000Z');

async function sample(): Promise<ExportInput> {
  const a = await makeArticle('001_sana', UNICODE_TEXT);
  const b = await makeArticle('002_tass', 'Kerry and Lavrov met in Geneva on Friday.');
  const parent = makeTag('Framing', { color: '#fde68a', description: 'How it is told' });
  const child = makeTag('Blame', { parentId: parent.id, color: '#a5b4fc' });
  return exportInput({
    articles: [a, b],
    tags: [parent, child],
    annotations: [
      annotate(a, 'quoted word', { tagIds: [child.id], note: 'A note & more\r\nsecond line' }),
      annotate(a, '👍🏽', { tagIds: [parent.id, child.id] }),
      annotate(b, 'Geneva', { note: 'Where', creator: 'alice' }),
    ],
    memos: [memo('002_tass', 'Memo of the TASS piece')],
  });
}

describe('REFI-QDA project import', () => {
  it('round-trips: export, import into an empty database, export again gives the same project', async () => {
    const input = await sample();
    const bundle = await parseImportFile(
      'p.qdpx',
      exportQdpx(input),
      context(input.articles).articles,
      maker,
    );
    expect(bundle.format).toBe('refi');
    expect(bundle.skipped).toEqual([]);
    const plan = planImport(bundle, context(input.articles));
    expect(plan.skip).toEqual([]);
    const tags = plan.add.tags;
    expect(
      tags.map((t) => [
        t.name,
        t.color,
        t.parentId === null ? null : tags.find((p) => p.id === t.parentId)?.name,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['Framing', '#fde68a', null],
        ['Blame', '#a5b4fc', 'Framing'],
      ]),
    );
    const byQuote = new Map(plan.add.annotations.map((a) => [a.ranges[0]!.exact, a]));
    for (const original of input.annotations) {
      const back = byQuote.get(original.ranges[0]!.exact)!;
      expect(back.ranges).toEqual(original.ranges);
      expect(back.note).toBe(original.note);
      expect(back.id).toBe(original.id);
      expect(new Set(back.tagIds)).toEqual(new Set(original.tagIds));
      expect(back.createdAt).toBe(original.createdAt);
      expect(back.creator).toBe(original.creator);
    }
    expect(plan.add.memos).toEqual([
      expect.objectContaining({ articleId: '002_tass', text: 'Memo of the TASS piece' }),
    ]);
    expect(plan.add.documents).toEqual([]);

    const again = exportRefiProject({
      ...input,
      tags: plan.add.tags.map((t) => ({ ...t, createdAt: input.tags[0]!.createdAt })),
      annotations: plan.add.annotations,
      memos: plan.add.memos,
    });
    expect(again.xml).toBe(exportRefiProject(input).xml);
  });

  it('reads a project written by another tool: PlainTextContent, nested codes, notes, users, code points', async () => {
    const text = 'Ein Text 😀 über Syrien und Genf.';
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Study" origin="QualCoder 3.5">
  <Users><User guid="{AAAAAAAA-0000-0000-0000-000000000001}" name="Maria"/></Users>
  <CodeBook><Codes>
    <Code guid="C0000000-0000-0000-0000-000000000001" name="Places" isCodable="false" color="#F0A">
      <Code guid="C0000000-0000-0000-0000-000000000002" name="Cities" isCodable="true" color="#00AA00">
        <Code guid="C0000000-0000-0000-0000-000000000003" name="Capitals" isCodable="true"/>
      </Code>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="5E000000-0000-0000-0000-000000000001" name="Interview 1">
      <PlainTextContent>${text}</PlainTextContent>
      <PlainTextSelection guid="5E100000-0000-0000-0000-000000000001" startPosition="16" endPosition="22" creatingUser="AAAAAAAA-0000-0000-0000-000000000001" creationDateTime="2024-05-01T10:00:00+02:00">
        <Description>Syria named</Description>
        <Coding guid="5E200000-0000-0000-0000-000000000001"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000003"/></Coding>
        <Coding guid="5E200000-0000-0000-0000-000000000002"><CodeRef targetGUID="C0000000-0000-0000-0000-0000000000FF"/></Coding>
        <NoteRef targetGUID="40000000-0000-0000-0000-000000000002"/>
      </PlainTextSelection>
      <PlainTextSelection guid="5E100000-0000-0000-0000-000000000002" startPosition="30" endPosition="99"/>
      <PDFSource guid="5E000000-0000-0000-0000-000000000009"/>
      <NoteRef targetGUID="40000000-0000-0000-0000-000000000001"/>
    </TextSource>
    <PDFSource guid="5E000000-0000-0000-0000-000000000002" name="Scan" path="internal://scan.pdf"/>
  </Sources>
  <Notes>
    <Note guid="40000000-0000-0000-0000-000000000001" name="Memo"><PlainTextContent>About the interview</PlainTextContent></Note>
    <Note guid="40000000-0000-0000-0000-000000000002" name="On selection"><PlainTextContent>Check the date</PlainTextContent></Note>
    <Note guid="40000000-0000-0000-0000-000000000003" name="Loose"><PlainTextContent>Nowhere</PlainTextContent></Note>
  </Notes>
</Project>`.replace('<PDFSource guid="5E000000-0000-0000-0000-000000000009"/>\n', '');
    const bundle = await parseImportFile(
      'study.qde',
      new TextEncoder().encode(qde),
      new Map(),
      maker,
    );
    expect(bundle.tags.map((t) => [t.name, t.color])).toEqual([
      ['Places', '#ff00aa'],
      ['Cities', '#00aa00'],
      ['Capitals', expect.stringMatching(/^#[0-9a-f]{6}$/)],
    ]);
    const places = bundle.tags[0]!;
    expect(bundle.tags.slice(1).every((t) => t.parentId === places.id)).toBe(true);
    expect(bundle.notices).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"Capitals" is nested 2 levels deep'),
        expect.stringContaining('code C0000000-0000-0000-0000-0000000000FF is not in the codebook'),
        expect.stringContaining('1 note is attached to no source'),
      ]),
    );
    expect(bundle.documents).toHaveLength(1);
    expect(bundle.documents[0]).toMatchObject({ title: 'Interview 1', text });
    const [annotation] = bundle.annotations;
    expect(annotation).toMatchObject({
      note: 'Syria named\n\nCheck the date',
      creator: 'Maria',
      createdAt: '2024-05-01T08:00:00.000Z',
      tagIds: [bundle.tags[2]!.id],
    });
    expect(annotation!.ranges[0]!.exact).toBe('Syrien');
    expect(bundle.memos).toEqual([expect.objectContaining({ text: 'About the interview' })]);
    expect(bundle.skipped.map((s) => s.message)).toEqual([
      'annotation 1: selection 5E100000-0000-0000-0000-000000000002: positions 30–99 are beyond the end of its source (32 code points)',
      'document 1: PDFSource "Scan": Gloss reads text sources only',
    ]);
  });

  it('reports a Gloss selection whose quote is not at its positions, with its guid', async () => {
    const input = await sample();
    const project = exportRefiProject(input);
    const broken = project.xml.replace(
      /startPosition="(\d+)"/,
      (_m, n: string) => `startPosition="${Number(n) + 1}"`,
    );
    const files = new Map(
      [...project.sources].map(([name, t]) => [`sources/${name}`, new TextEncoder().encode(t)]),
    );
    const { importRefiProject } = await import('../../../src/domain/formats/refi-import');
    const bundle = await importRefiProject(broken, files, context(input.articles).articles, maker, {
      now: NOW,
    });
    expect(bundle.skipped).toHaveLength(1);
    expect(bundle.skipped[0]!.message).toMatch(
      /^annotation 0: selection [0-9a-f-]{36}: the text at code points \d+–\d+ is not its quote/,
    );
  });

  it('refuses XML that is not well formed, saying where', async () => {
    await expect(
      parseImportFile(
        'x.qde',
        new TextEncoder().encode('<Project name="x"><Sources></Project>'),
        new Map(),
        maker,
      ),
    ).rejects.toThrow(/not well-formed XML: .*line 1/);
  });

  it('reads a .qdc codebook back with hierarchy, colours and descriptions', async () => {
    const { tags } = await sample();
    const bundle = importRefiCodebook(exportRefiCodebook(tags), NOW);
    expect(bundle.tags.map((t) => [t.id, t.name, t.color, t.description, t.parentId])).toEqual(
      tags.map((t) => [t.id, t.name, t.color, t.description, t.parentId]),
    );
  });
});
