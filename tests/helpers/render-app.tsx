import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { buildManifest } from '../../src/domain/corpus/manifest';
import { routes } from '../../src/routes/routes';
import { resetAppStore } from '../../src/store';

const seedsDir = join(import.meta.dirname, '../../public/seeds');

/** The bundled seed files as bytes, read from public/seeds. */
export function seedFiles(): { file: string; bytes: Uint8Array }[] {
  return readdirSync(seedsDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(seedsDir, file))) }));
}

/** One seed's canonical text. */
export function seedText(id: string): string {
  return readFileSync(join(seedsDir, `${id}.txt`), 'utf8');
}

type FetchFailure = 'manifest' | 'text' | null;

/**
 * Serves /seeds/* from the files on disk (the manifest is built in memory, as the build script
 * would), optionally failing the manifest or the article text to exercise the error states.
 */
export function stubSeedFetch(options: { fail?: FetchFailure } = {}) {
  let fail = options.fail ?? null;
  const files = seedFiles();
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = decodeURIComponent(url.split('/seeds/')[1] ?? '');
    if (name === 'manifest.json') {
      if (fail === 'manifest')
        return new Response('nope', { status: 503, statusText: 'Service Unavailable' });
      return Response.json(await buildManifest(files));
    }
    const file = files.find((f) => f.file === name);
    if (!file) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (fail === 'text')
      return new Response('nope', { status: 500, statusText: 'Internal Server Error' });
    return new Response(file.bytes.slice().buffer, { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    setFailure(next: FetchFailure) {
      fail = next;
    },
  };
}

/** Renders the whole app at `path` with a memory router and seeded fetch. */
export function renderApp(path = '/', options: { fail?: FetchFailure } = {}) {
  resetAppStore();
  const network = stubSeedFetch(options);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { ...view, router, user, network };
}
