import { describe, expect } from 'vitest';
import { QuotaError } from '../../src/db/errors';
import type { AnnotationsRepo } from '../../src/db/annotations-repo';
import { revisionOf } from '../../src/db/revision';
import { anchorForReader, reanchorWrites } from '../../src/domain/anchoring';
import { describeRange } from '../../src/domain/anchoring/describe';
import type { TextRange } from '../../src/domain/model';
import { dbTest as test } from '../helpers/db-fixtures';
import { makeAnnotation, snapshot, TEXT_HASH } from './helpers';

const text = 'Lavrov met Kerry in Geneva. They spoke of a political dialogue.';
const edited = `Updated at noon. ${text.replace('Geneva', 'Vienna')}`;
const NEW_HASH = 'b'.repeat(64);

function rangeOf(source: string, quote: string): TextRange {
  const start = source.indexOf(quote);
  return describeRange(source, start, start + quote.length);
}

const ARTICLE = makeAnnotation().articleId;

/**
 * What the reader does when an article opens (use-reader-annotations): read the article's
 * annotations, anchor them in its current text, and store what reanchorWrites finds, each at
 * the revision it was read at.
 */
async function reanchorArticle(
  annotations: AnnotationsRepo,
  articleId: string,
  text: string,
  textHash: string,
): Promise<number> {
  const read = await annotations.listByArticle(articleId);
  const anchored = read.map((annotation) => anchorForReader(annotation, text, textHash));
  const revisions = new Map(read.map((annotation) => [annotation.id, revisionOf(annotation)]));
  return annotations.storeReanchored(
    reanchorWrites(anchored, textHash).map((write) => ({
      write,
      revision: revisions.get(write.id) as number,
    })),
  );
}

describe('re-anchoring an article when it opens (annotationsRepo.storeReanchored)', () => {
  test('stores moved ranges with the new hash and new orphans, and nothing else', async ({
    annotations,
    clock,
  }) => {
    const moving = await annotations.create(
      makeAnnotation({ ranges: [rangeOf(text, 'Lavrov met Kerry')] }),
    );
    const lost = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Geneva')] }));
    clock.now = new Date('2025-07-01T00:00:00.000Z');
    expect(await reanchorArticle(annotations, ARTICLE, edited, NEW_HASH)).toBe(2);

    expect(await annotations.get(moving.id)).toEqual({
      ...moving,
      ranges: [rangeOf(edited, 'Lavrov met Kerry')],
      status: 'moved',
      textHash: NEW_HASH,
    });
    expect(await annotations.get(lost.id)).toEqual({ ...lost, status: 'orphan' });
  });

  test('writes nothing when anchoring again finds what is stored', async ({ annotations, db }) => {
    const stored = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Kerry')] }));
    expect(await reanchorArticle(annotations, ARTICLE, edited, NEW_HASH)).toBe(1);
    expect((await annotations.get(stored.id))?.status).toBe('moved');
    const before = await snapshot(db);
    expect(await reanchorArticle(annotations, ARTICLE, edited, NEW_HASH)).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  test('leaves the annotations of other articles alone', async ({ annotations }) => {
    const here = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Kerry')] }));
    const elsewhere = await annotations.create(
      makeAnnotation({ articleId: 'other', ranges: [rangeOf(text, 'Lavrov')] }),
    );
    expect(await reanchorArticle(annotations, ARTICLE, edited, NEW_HASH)).toBe(1);
    expect((await annotations.get(here.id))?.textHash).toBe(NEW_HASH);
    expect(await annotations.get(elsewhere.id)).toEqual(elsewhere);
  });

  test('rejects with the real error and writes nothing when the disk is full', async ({
    annotations,
    db,
    failure,
  }) => {
    const first = await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Kerry')] }));
    await annotations.create(makeAnnotation({ ranges: [rangeOf(text, 'Geneva')] }));
    const before = await snapshot(db);
    failure.arm();
    await expect(reanchorArticle(annotations, ARTICLE, edited, NEW_HASH)).rejects.toBeInstanceOf(
      QuotaError,
    );
    expect(await snapshot(db)).toEqual(before);
    expect((await annotations.get(first.id))?.textHash).toBe(TEXT_HASH);
  });
});
