import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo } from '../../src/db/annotations-repo';
import { GlossDB, db, getDb, onDbEvent, openDb, setAppDb, type DbEvent } from '../../src/db/db';
import { getPersistence, requestPersistence } from '../../src/db/persist';
import { getStorageStatus } from '../../src/db/storage-status';
import { tagsRepo } from '../../src/db/tags-repo';
import { makeAnnotation } from './helpers';

/** A browser that refuses IndexedDB the way some private modes do. */
function refusingDb(errorName = 'SecurityError'): GlossDB {
  const factory = {
    open: () => {
      throw new DOMException('The operation is insecure.', errorName);
    },
    deleteDatabase: () => undefined,
  } as unknown as IDBFactory;
  return new GlossDB(`gloss-test-${crypto.randomUUID()}`, { indexedDB: factory, IDBKeyRange });
}

const events: DbEvent[] = [];
let stopListening = (): void => undefined;

beforeEach(() => {
  events.length = 0;
  stopListening = onDbEvent((event) => events.push(event));
});

afterEach(async () => {
  stopListening();
  const used = getDb();
  setAppDb();
  if (used.storageMode === 'indexeddb') await used.delete();
  else used.close();
});

describe('memory mode (the browser refuses IndexedDB)', () => {
  it('runs from an in-memory database and reports the mode', async () => {
    const refused = setAppDb(refusingDb());

    expect(await openDb()).toBe('memory');

    expect(getDb()).not.toBe(refused);
    expect(db).toBe(getDb());
    expect(getDb().storageMode).toBe('memory');
    expect(getDb().isOpen()).toBe(true);
    expect(getStorageStatus()).toEqual({
      mode: 'memory',
      versionChanged: false,
      blocked: false,
      lost: null,
    });
    expect(events).toEqual([
      { type: 'unavailable', error: expect.objectContaining({ name: 'SecurityError' }) },
    ]);
  });

  it.each(['MissingAPIError', 'InvalidStateError'])('also falls back on %s', async (name) => {
    setAppDb(refusingDb(name));
    expect(await openDb()).toBe('memory');
  });

  it('keeps tags and annotations written through the repos for the session', async () => {
    setAppDb(refusingDb());
    await openDb();

    const tag = await tagsRepo.create({ name: 'Framing' });
    const annotation = await annotationsRepo.create(makeAnnotation({ tagIds: [tag.id] }));

    expect(await tagsRepo.list()).toEqual([tag]);
    expect(await annotationsRepo.listByArticle(annotation.articleId)).toEqual([annotation]);
    expect(await annotationsRepo.countByArticle()).toEqual({ [annotation.articleId]: 1 });
  });

  it('tells live queries about writes', async () => {
    setAppDb(refusingDb());
    await openDb();
    const seen: number[] = [];
    const subscription = liveQuery(() => annotationsRepo.listAll()).subscribe((list) =>
      seen.push(list.length),
    );

    await vi.waitFor(() => expect(seen).toEqual([0]));
    await annotationsRepo.create(makeAnnotation());
    await vi.waitFor(() => expect(seen).toEqual([0, 1]));
    subscription.unsubscribe();
  });

  it('opens once however often it is asked to', async () => {
    setAppDb(refusingDb());
    const modes = await Promise.all([openDb(), openDb(), openDb()]);
    expect(modes).toEqual(['memory', 'memory', 'memory']);
    const memory = getDb();
    expect(await openDb()).toBe('memory');
    expect(getDb()).toBe(memory);
    expect(events.filter((event) => event.type === 'unavailable')).toHaveLength(1);
  });

  it('does not ask the browser to persist storage that is not kept', async () => {
    setAppDb(refusingDb());
    await openDb();
    const persist = vi.fn(() => Promise.resolve(true));

    expect(await requestPersistence(getDb(), { persist })).toMatchObject({ state: 'unsupported' });
    expect(persist).not.toHaveBeenCalled();
    expect(await getPersistence()).toMatchObject({ state: 'unsupported' });
  });

  it('leaves a database the caller made alone: it is reported unavailable, not replaced', async () => {
    const own = refusingDb();
    expect(await openDb(own)).toBe('unavailable');
    expect(getDb()).not.toBe(own);
    expect(getStorageStatus().mode).toBe('pending');
  });
});

describe('storage status of the app-wide database', () => {
  it('reports IndexedDB when the browser allows it', async () => {
    setAppDb(new GlossDB(`gloss-test-${crypto.randomUUID()}`));
    expect(getStorageStatus().mode).toBe('pending');
    expect(await openDb()).toBe('indexeddb');
    expect(getStorageStatus()).toEqual({
      mode: 'indexeddb',
      versionChanged: false,
      blocked: false,
      lost: null,
    });
    expect(events).toEqual([]);
  });

  it('keeps the same status object until something changes', async () => {
    setAppDb(new GlossDB(`gloss-test-${crypto.randomUUID()}`));
    await openDb();
    const before = getStorageStatus();
    getDb().emit({ type: 'unavailable', error: null });
    expect(getStorageStatus()).toBe(before);
    getDb().emit({ type: 'versionchange' });
    expect(getStorageStatus()).not.toBe(before);
    expect(getStorageStatus().versionChanged).toBe(true);
  });

  it('is blocked while an older tab holds the database, and not once the upgrade goes through', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = `gloss-test-${crypto.randomUUID()}`;
    const olderTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    olderTab.onversionchange = () => undefined;
    setAppDb(new GlossDB(name));

    const opening = openDb();
    await vi.waitFor(() => expect(getStorageStatus().blocked).toBe(true));
    expect(events).toEqual([{ type: 'blocked' }]);
    olderTab.close();

    expect(await opening).toBe('indexeddb');
    expect(getStorageStatus()).toEqual({
      mode: 'indexeddb',
      versionChanged: false,
      blocked: false,
      lost: null,
    });
    vi.restoreAllMocks();
  });

  it('says storage is unavailable when opening fails otherwise, and tries again when asked', async () => {
    const open = vi.fn(() => {
      throw new DOMException('Something else', 'DataError');
    });
    const broken = { open } as unknown as IDBFactory;
    setAppDb(new GlossDB(`gloss-test-${crypto.randomUUID()}`, { indexedDB: broken, IDBKeyRange }));

    await expect(openDb()).rejects.toMatchObject({ name: 'DataError' });
    expect(getStorageStatus().mode).toBe('unavailable');
    await expect(openDb()).rejects.toMatchObject({ name: 'DataError' });
    expect(open).toHaveBeenCalledTimes(2);
  });
});
