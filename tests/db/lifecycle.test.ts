import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossDB, getDb, onDbEvent, openDb, type DbEvent } from '../../src/db/db';
import { LATEST_SCHEMA_VERSION, declareSchemaVersions } from '../../src/db/dexie-schema';
import { makeTestDb } from './helpers';

const cleanup: Dexie[] = [];

beforeEach(() => {
  // Dexie logs its own warnings on versionchange/blocked; the tests check our handling instead.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  for (const database of cleanup.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

function track<T extends Dexie>(database: T): T {
  cleanup.push(database);
  return database;
}

describe('database life cycle', () => {
  it('opens on IndexedDB', async () => {
    const db = track(makeTestDb());
    expect(await openDb(db)).toBe('indexeddb');
    expect(db.storageMode).toBe('indexeddb');
  });

  it('closes and tells listeners when another tab upgrades the database', async () => {
    const db = track(makeTestDb());
    await openDb(db);
    const events: DbEvent[] = [];
    db.onEvent((event) => events.push(event));

    const newerTab = track(new Dexie(db.name));
    declareSchemaVersions(newerTab);
    newerTab.version(LATEST_SCHEMA_VERSION + 1).stores({ comments: 'id' });
    await newerTab.open();

    expect(events).toEqual([{ type: 'versionchange' }]);
    expect(db.isOpen()).toBe(false);
    // Closed for good: this tab's code is older than the database now and must not reopen it.
    await expect(db.annotations.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('stops telling a listener once it unsubscribes, and survives a failing listener', async () => {
    const db = track(makeTestDb());
    await openDb(db);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unsubscribed = vi.fn();
    const stillListening = vi.fn();
    db.onEvent(() => {
      throw new Error('listener bug');
    });
    db.onEvent(unsubscribed)();
    db.onEvent(stillListening);

    await Dexie.delete(db.name);

    expect(unsubscribed).not.toHaveBeenCalled();
    expect(stillListening).toHaveBeenCalledWith({ type: 'deleted' });
  });

  it('tells listeners when its upgrade waits for an older tab', async () => {
    const name = `gloss-test-${crypto.randomUUID()}`;
    // An older tab: a raw connection at a lower version that ignores requests to close.
    const olderTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    olderTab.onversionchange = () => undefined;
    const db = track(new GlossDB(name));
    const events: DbEvent[] = [];
    db.onEvent((event) => events.push(event));

    const opening = openDb(db);
    await vi.waitFor(() => expect(events).toEqual([{ type: 'blocked' }]));
    olderTab.close();

    expect(await opening).toBe('indexeddb');
  });

  it('reports IndexedDB as unavailable instead of failing (private modes)', async () => {
    const refusingFactory = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      deleteDatabase: () => undefined,
    } as unknown as IDBFactory;
    const db = new GlossDB(`gloss-test-${crypto.randomUUID()}`, {
      indexedDB: refusingFactory,
      IDBKeyRange,
    });
    const events: DbEvent[] = [];
    db.onEvent((event) => events.push(event));

    expect(await openDb(db)).toBe('unavailable');
    expect(db.storageMode).toBe('unavailable');
    expect(events).toEqual([
      { type: 'unavailable', error: expect.objectContaining({ name: 'SecurityError' }) },
    ]);
  });

  it('rethrows open failures that do not mean "no IndexedDB"', async () => {
    const brokenFactory = {
      open: () => {
        throw new DOMException('Something else', 'DataError');
      },
    } as unknown as IDBFactory;
    const db = new GlossDB(`gloss-test-${crypto.randomUUID()}`, {
      indexedDB: brokenFactory,
      IDBKeyRange,
    });
    await expect(openDb(db)).rejects.toMatchObject({ name: 'DataError' });
  });

  it('shares one app-wide database, whose events onDbEvent subscribes to', () => {
    expect(getDb()).toBe(getDb());
    const listener = vi.fn();
    const unsubscribe = onDbEvent(listener);
    getDb().emit({ type: 'blocked' });
    unsubscribe();
    getDb().emit({ type: 'blocked' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
