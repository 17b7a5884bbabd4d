import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryDb } from '../../src/db/memory-db';

const original = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
const dependencies = Dexie.dependencies as { indexedDB: unknown; IDBKeyRange: unknown };
const originalDependencies = { ...dependencies };

afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'indexedDB', original);
  Object.assign(dependencies, originalDependencies);
});

/** What Dexie captured when it loaded in a browser that had no usable IndexedDB. */
function asIfDexieLoadedWithout(): void {
  dependencies.indexedDB = null;
  dependencies.IDBKeyRange = null;
}

describe('the in-memory database, whatever made IndexedDB unusable', () => {
  it('opens, writes and reads when indexedDB is missing', async () => {
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    asIfDexieLoadedWithout();
    const db = await openMemoryDb(`gloss-test-${crypto.randomUUID()}`);
    await db.meta.put({ key: 'probe', value: 1 });
    expect(await db.meta.get('probe')).toEqual({ key: 'probe', value: 1 });
    // Live queries run only where Dexie sees some IndexedDB.
    expect(Dexie.dependencies.indexedDB).toBeTruthy();
  });

  it('opens when merely reading indexedDB throws', async () => {
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      },
    });
    asIfDexieLoadedWithout();
    const db = await openMemoryDb(`gloss-test-${crypto.randomUUID()}`);
    await db.meta.put({ key: 'probe', value: 2 });
    expect(await db.meta.get('probe')).toEqual({ key: 'probe', value: 2 });
  });
});
