import { describe, expect } from 'vitest';
import type { AnnotationChange } from '../../src/db/annotation-changes';
import { revisionOf } from '../../src/db/revision';
import { dbTest as test } from '../helpers/db-fixtures';
import { makeAnnotation } from './helpers';

describe('a new annotation is announced before its write commits', () => {
  test('listeners get the record at once, at its first revision, then the commit', async ({
    annotations,
  }) => {
    const changes: AnnotationChange[] = [];
    const stop = annotations.subscribeChanges((change) => changes.push(change));
    const annotation = makeAnnotation({ note: 'Compare with the wire copy.' });
    const writing = annotations.create(annotation);
    // Before anything was awaited: already told.
    expect(changes).toHaveLength(1);
    expect(changes[0]?.puts).toEqual([annotation]);
    expect(revisionOf(changes[0]?.puts[0])).toBe(1);
    const stored = await writing;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes).toHaveLength(2);
    expect(changes[1]?.puts).toEqual([stored]);
    expect(revisionOf(changes[1]?.puts[0])).toBe(revisionOf(changes[0]?.puts[0]));
    stop();
  });

  test('a write that fails is announced as a reset, so what was shown is read again', async ({
    annotations,
  }) => {
    const changes: AnnotationChange[] = [];
    const stop = annotations.subscribeChanges((change) => changes.push(change));
    const missingTag = makeAnnotation({ tagIds: [crypto.randomUUID()] });
    await expect(annotations.create(missingTag)).rejects.toThrow('missing tag');
    expect(changes.map((c) => c.reset)).toEqual([false, true]);
    expect(await annotations.get(missingTag.id)).toBeUndefined();
    stop();
  });
});
