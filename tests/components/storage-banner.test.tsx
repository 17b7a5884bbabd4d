import { screen, waitFor, within } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossDB, getDb, openDb, setAppDb } from '../../src/db/db';
import { declareSchemaVersions, LATEST_SCHEMA_VERSION } from '../../src/db/dexie-schema';
import { getStorageStatus } from '../../src/db/storage-status';
import { renderApp } from '../helpers/render-app';

const MEMORY =
  'Your browser is not letting Gloss store data. You can read and annotate, but nothing will be kept after you close this tab.';
const UPDATED = 'Gloss was updated in another tab. Reload this tab to keep working.';
const BLOCKED =
  'Gloss needs to update its storage but another tab is holding it open. Close other Gloss tabs, then reload.';

const opened: Dexie[] = [];

function uniqueName(): string {
  return `gloss-test-${crypto.randomUUID()}`;
}

/** A browser that refuses IndexedDB the way some private modes do. */
function refusingDb(): GlossDB {
  const factory = {
    open: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  } as unknown as IDBFactory;
  return new GlossDB(uniqueName(), { indexedDB: factory, IDBKeyRange });
}

beforeEach(() => {
  // Dexie warns on versionchange/blocked; the banner is what these tests check.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  opened.push(setAppDb(new GlossDB(uniqueName())));
});

afterEach(async () => {
  vi.unstubAllGlobals();
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
  vi.restoreAllMocks();
});

/** The library is on screen and storage has opened (so the test does not end mid-open). */
async function libraryShown() {
  await screen.findByRole('list', { name: 'Articles' });
  await waitFor(() => expect(getStorageStatus().mode).not.toBe('pending'));
}

describe('Storage banner', () => {
  it('says nothing while the browser stores data', async () => {
    renderApp('/');
    await libraryShown();
    expect(getStorageStatus().mode).toBe('indexeddb');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns that nothing will be kept when Gloss runs from memory', async () => {
    setAppDb(refusingDb());
    expect(await openDb()).toBe('memory');
    opened.push(getDb());
    renderApp('/');
    await libraryShown();
    expect(screen.getByRole('alert')).toHaveTextContent(MEMORY);
  });

  it('asks for a reload after another tab updated Gloss, and reloads', async () => {
    const { user } = renderApp('/');
    await libraryShown();
    await openDb();
    const newerTab = new Dexie(getDb().name);
    opened.push(newerTab);
    declareSchemaVersions(newerTab);
    newerTab.version(LATEST_SCHEMA_VERSION + 1).stores({ comments: 'id' });
    await newerTab.open();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(UPDATED);
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says when another tab holds up the upgrade, and clears once it lets go', async () => {
    const name = uniqueName();
    const olderTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    olderTab.onversionchange = () => undefined;
    opened.push(setAppDb(new GlossDB(name)));

    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(BLOCKED);
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();

    olderTab.close();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('shows a banner for an event emitted by the database', async () => {
    renderApp('/');
    await libraryShown();
    getDb().emit({ type: 'versionchange' });
    expect(await screen.findByRole('alert')).toHaveTextContent(UPDATED);
  });
});
