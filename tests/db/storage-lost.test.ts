import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlossDB, getDb, openDb, saveAgain, setAppDb } from '../../src/db/db';
import { getStorageStatus } from '../../src/db/storage-status';

afterEach(() => {
  vi.restoreAllMocks();
});

function deleteFromAnotherTab(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
}

describe('when another tab deletes the database', () => {
  it('keeps everything in memory, says so, and saves it all again when asked', async () => {
    const name = `gloss-test-${crypto.randomUUID()}`;
    setAppDb(new GlossDB(name));
    await openDb();
    await getDb().meta.put({ key: 'kept', value: 'before' });
    await getDb().tags.put({ id: 't1', name: 'Diplomacy', nameKey: 'diplomacy' } as never);

    await deleteFromAnotherTab(name);
    await vi.waitFor(() => expect(getStorageStatus()).toMatchObject({ lost: 'deleted' }));
    expect(getStorageStatus().mode).toBe('memory');
    // The app-wide database is now in memory, with what the deleted one held.
    expect(await getDb().meta.get('kept')).toEqual({ key: 'kept', value: 'before' });
    await getDb().meta.put({ key: 'kept', value: 'after' });

    expect(await saveAgain()).toBe('indexeddb');
    expect(getStorageStatus()).toMatchObject({ mode: 'indexeddb', lost: null });
    const reopened = new Dexie(name);
    await reopened.open();
    expect(await reopened.table('meta').get('kept')).toEqual({ key: 'kept', value: 'after' });
    expect(await reopened.table('tags').count()).toBe(1);
    reopened.close();
    getDb().close();
    await Dexie.delete(name);
  });
});
