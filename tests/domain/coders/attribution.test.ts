import { describe, expect, it } from 'vitest';
import { proposedCoderName } from '../../../src/domain/coders/layer-import';
import { parseImportFile } from '../../../src/domain/formats/import-entry';
import { refiDocumentMaker as maker } from '../../../src/domain/formats/refi-document';
import { exportRefiProject } from '../../../src/domain/formats/refi-export';
import { exportQdpx } from '../../../src/domain/formats/refi-qdpx';
import { userGuid } from '../../../src/domain/formats/refi-vocab';
import { annotate, context, exportInput, makeArticle } from '../formats/fixtures';

const alice = {
  id: '7f1c2d3e-0000-4000-8000-00000000a11c',
  name: 'Alice',
  origin: 'imported',
  createdAt: '2025-01-01T00:00:00.000Z',
} as const;

async function sample() {
  const article = await makeArticle('001_sana', 'Kerry and Lavrov met in Geneva on Friday.');
  return exportInput({
    articles: [article],
    annotations: [annotate(article, 'Geneva', { coderId: alice.id }), annotate(article, 'Kerry')],
    coders: [alice],
  });
}

describe('coder attribution in REFI-QDA projects', () => {
  it('writes another coder’s selections with that coder as creatingUser, and lists them in Users', async () => {
    const { xml } = exportRefiProject(await sample());
    expect(xml).toContain(`<User guid="${userGuid('Alice')}" name="Alice"`);
    const selections = [...xml.matchAll(/<PlainTextSelection [^>]*creatingUser="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(selections).toContain(userGuid('Alice'));
    expect(selections).toContain(userGuid(null));
  });

  it('proposes the REFI-QDA user most selections name as the coder of an imported project', async () => {
    const input = await sample();
    input.annotations = input.annotations.filter((a) => a.coderId === alice.id);
    const bundle = await parseImportFile(
      'team.qdpx',
      exportQdpx(input),
      context(input.articles).articles,
      maker,
    );
    expect(proposedCoderName(bundle, 'team.qdpx')).toBe('Alice');
  });
});
