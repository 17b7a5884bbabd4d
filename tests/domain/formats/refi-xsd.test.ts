// @vitest-environment node
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportRefiCodebook } from '../../../src/domain/formats/refi-codebook-export';
import { exportRefiProject } from '../../../src/domain/formats/refi-export';
import { exportQdpx } from '../../../src/domain/formats/refi-qdpx';
import { annotate, exportInput, makeArticle, makeTag, memo, UNICODE_TEXT } from './fixtures';
import { refiSchemaErrors } from './refi-helpers';

async function sample() {
  const a = await makeArticle('001_sana', UNICODE_TEXT, { title: 'Lavrov <b>&</b> Kerry' });
  const b = await makeArticle('doc-1', 'Second text\r\nwith CRLF and "quotes".', { source: null });
  const parent = makeTag('Framing', { color: '#FDE68A', description: 'How <it> is told & why' });
  const child = makeTag('Blame', { parentId: parent.id, color: '#a5b4fc' });
  const lone = makeTag('Voice', { color: '#bbf7d0' });
  const annotations = [
    annotate(a, 'quoted word', {
      tagIds: [child.id, lone.id],
      note: 'Note with <script>x</script> & ünïcode\r\nline',
    }),
    annotate(a, '👍🏽', { tagIds: [parent.id] }),
    annotate(b, 'CRLF'),
    annotate(a, 'Intro', { creator: 'alice@hypothes.is' }),
  ];
  return exportInput({
    articles: [a, b],
    tags: [parent, child, lone],
    annotations,
    memos: [memo('001_sana', 'Memo with **Markdown** & a <tag>')],
  });
}

describe('REFI-QDA exports validate against the REFI schemas (libxml2)', () => {
  it('the project.qde of a coded project is valid Project.xsd', async () => {
    const project = exportRefiProject(await sample());
    expect(await refiSchemaErrors(project.xml, 'Project.xsd')).toEqual([]);
    expect(project.xml).toContain('xmlns="urn:QDA-XML:project:1.0"');
  });

  it('the .qde inside the .qdpx is valid and every plainTextPath is in the zip', async () => {
    const files = unzipSync(exportQdpx(await sample()));
    const xml = strFromU8(files['project.qde']!);
    expect(await refiSchemaErrors(xml, 'Project.xsd')).toEqual([]);
    const paths = [...xml.matchAll(/plainTextPath="internal:\/\/([^"]+)"/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(2);
    for (const path of paths) expect(files[`sources/${path}`]).toBeDefined();
  });

  it('a project with no tags and no annotations is still valid', async () => {
    const a = await makeArticle('a', 'Only a memo here.');
    const xml = exportRefiProject(exportInput({ articles: [a], memos: [memo('a', 'memo')] })).xml;
    expect(await refiSchemaErrors(xml, 'Project.xsd')).toEqual([]);
  });

  it('the codebook .qdc is valid Codebook.xsd', async () => {
    const xml = exportRefiCodebook((await sample()).tags);
    expect(await refiSchemaErrors(xml, 'Codebook.xsd')).toEqual([]);
    expect(xml).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
  });

  it('the validator really checks: a Code without isCodable is refused', async () => {
    const xml = exportRefiCodebook((await sample()).tags).replace(/ isCodable="true"/, '');
    const errors = await refiSchemaErrors(xml, 'Codebook.xsd');
    expect(errors.join('\n')).toMatch(/isCodable.*required/);
  });
});
