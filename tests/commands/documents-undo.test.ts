import { describe, expect } from 'vitest';
import { undoLast, redoLast } from '../../src/commands';
import { removeDocument } from '../../src/commands/documents';
import { annotationsRepo, articlesRepo, memosRepo } from '../../src/db';
import { setsRepo } from '../../src/db/sets-repo';
import { buildUserDocument } from '../../src/domain/corpus';
import { useAppStore } from '../../src/store';
import { makeAnnotation } from '../db/helpers';
import { test } from './fixtures';

async function addDocument(text: string) {
  const doc = await buildUserDocument(
    text,
    null,
    new Date('2025-01-01T00:00:00.000Z'),
    `doc-${crypto.randomUUID()}`,
  );
  await articlesRepo.add(doc);
  return doc;
}

describe('undo of a document deletion', () => {
  test('puts the document back with its annotations, memo and its place in every set', async ({
    toasts,
  }) => {
    const doc = await addDocument('My notes\nLavrov met Kerry in Geneva.\n');
    const annotation = makeAnnotation({ articleId: doc.id, textHash: doc.sha256 });
    await annotationsRepo.create(annotation);
    await memosRepo.set(doc.id, 'Why this one matters');
    await setsRepo.create('Week 1', ['000_a', doc.id, '004_b']);
    await setsRepo.create('State media', [doc.id]);
    await setsRepo.create('Other', ['000_a']);

    const removed = await removeDocument(doc.id);
    expect(removed.ok).toBe(true);
    expect(toasts()).toEqual(['Deleted “My notes” and 1 annotation.']);
    const byName = async () =>
      Object.fromEntries((await setsRepo.list()).map((s) => [s.name, s.articleIds]));
    expect(await byName()).toEqual({
      'Week 1': ['000_a', '004_b'],
      'State media': [],
      Other: ['000_a'],
    });

    // The toast's own Undo, as the user presses it.
    const undo = useAppStore.getState().toasts[0]?.action;
    expect(undo?.label).toBe('Undo');
    undo?.run();
    await expect.poll(async () => (await articlesRepo.get(doc.id))?.text).toBe(doc.text);
    await expect.poll(byName).toEqual({
      'Week 1': ['000_a', doc.id, '004_b'],
      'State media': [doc.id],
      Other: ['000_a'],
    });
    expect(await annotationsRepo.get(annotation.id)).toEqual(annotation);
    expect((await memosRepo.get(doc.id))?.text).toBe('Why this one matters');

    await redoLast();
    expect(await articlesRepo.get(doc.id)).toBeUndefined();
    expect((await byName())['Week 1']).toEqual(['000_a', '004_b']);
    await undoLast();
    expect((await byName())['Week 1']).toEqual(['000_a', doc.id, '004_b']);
  });

  test('a set deleted in between stays deleted; one changed since still gets it back', async () => {
    const doc = await addDocument('Second\nText here.\n');
    const gone = await setsRepo.create('Gone', [doc.id]);
    const kept = await setsRepo.create('Kept', ['000_a', doc.id]);
    await removeDocument(doc.id);
    await setsRepo.remove(gone.id);
    await setsRepo.removeArticles(kept.id, ['000_a']);
    await undoLast();
    expect((await setsRepo.list()).map((s) => [s.name, s.articleIds])).toEqual([
      ['Kept', [doc.id]],
    ]);
  });
});
