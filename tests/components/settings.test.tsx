import { screen, waitFor, within } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossDB, getDb, openDb, setAppDb } from '../../src/db/db';
import { renderApp } from '../helpers/render-app';

const PERSISTENT = 'Persistent: the browser will not clear your data under storage pressure';
const NOT_PERSISTENT =
  'Not persistent (the browser may clear it when space runs low) — download backups regularly';
const NOT_ASKED = 'Not asked yet (asked after your first annotation)';

interface StorageStub {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<StorageEstimate>;
}

/** Stands in for navigator.storage (jsdom has none). */
function stubStorage(stub: StorageStub | undefined) {
  Object.defineProperty(navigator, 'storage', { value: stub, configurable: true });
}

/** A browser that asks once and then remembers, as Chrome and Firefox do. */
function browserThatAnswers(answer: boolean) {
  let granted = false;
  const persist = vi.fn(() => {
    granted = answer;
    return Promise.resolve(answer);
  });
  const persisted = vi.fn(() => Promise.resolve(granted));
  const estimate = vi.fn(() => Promise.resolve({ usage: 1_234_567, quota: 500_000_000 }));
  stubStorage({ persist, persisted, estimate });
  return { persist, persisted, estimate };
}

let database: GlossDB;

beforeEach(() => {
  database = setAppDb(new GlossDB(`gloss-test-${crypto.randomUUID()}`));
});

afterEach(async () => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'storage');
  const current = getDb();
  current.close();
  database.close();
  await Dexie.delete(database.name);
});

async function storageSection() {
  return screen.findByRole('region', { name: 'Storage' });
}

describe('Settings', () => {
  it('is in the main navigation', async () => {
    const { user } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await within(await storageSection()).findByText(NOT_ASKED)).toBeInTheDocument();
  });

  it('shows where data lives, that persistence was not asked yet, and the space used', async () => {
    browserThatAnswers(true);
    renderApp('/settings');
    const section = await storageSection();
    expect(await within(section).findByText('IndexedDB in this browser')).toBeInTheDocument();
    expect(await within(section).findByText(NOT_ASKED)).toBeInTheDocument();
    expect(within(section).getByText('Using 1.2 MB of 500 MB')).toBeInTheDocument();
  });

  it('asks for persistent storage and shows the answer', async () => {
    const { persist } = browserThatAnswers(true);
    const { user } = renderApp('/settings');
    const section = await storageSection();
    await within(section).findByText(NOT_ASKED);

    await user.click(within(section).getByRole('button', { name: 'Ask for persistent storage' }));

    expect(await within(section).findByText(PERSISTENT)).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent(
      'The browser agreed to keep your data.',
    );
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('shows a refusal, and asks again when the button is pressed again', async () => {
    const { persist } = browserThatAnswers(false);
    const { user } = renderApp('/settings');
    const section = await storageSection();
    await within(section).findByText(NOT_ASKED);
    const button = within(section).getByRole('button', { name: 'Ask for persistent storage' });

    await user.click(button);
    expect(await within(section).findByText(NOT_PERSISTENT)).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('The browser declined.');
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(2));
  });

  it('trusts the browser when it already keeps the data', async () => {
    stubStorage({ persisted: () => Promise.resolve(true) });
    renderApp('/settings');
    const section = await storageSection();
    expect(await within(section).findByText(PERSISTENT)).toBeInTheDocument();
    expect(within(section).queryByText(/^Using /)).not.toBeInTheDocument();
  });

  it('copes with a browser without the storage API', async () => {
    stubStorage(undefined);
    const { user } = renderApp('/settings');
    const section = await storageSection();
    await within(section).findByText(NOT_ASKED);

    await user.click(within(section).getByRole('button', { name: 'Ask for persistent storage' }));

    expect(await within(section).findByRole('status')).toHaveTextContent(
      'This browser cannot make storage persistent.',
    );
    expect(within(section).getByText(NOT_PERSISTENT)).toBeInTheDocument();
  });

  it('says data lives in memory only when the browser refuses IndexedDB', async () => {
    const factory = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    setAppDb(new GlossDB(database.name, { indexedDB: factory, IDBKeyRange }));
    await openDb();
    const persist = vi.fn(() => Promise.resolve(true));
    stubStorage({ persist });

    renderApp('/settings');
    const section = await storageSection();
    expect(
      within(section).getByText('Memory only: nothing is kept after you close this tab'),
    ).toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: 'Ask for persistent storage' }),
    ).not.toBeInTheDocument();
    expect(persist).not.toHaveBeenCalled();
  });
});
