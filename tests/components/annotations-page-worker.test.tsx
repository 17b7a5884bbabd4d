import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo, getDb } from '../../src/db';
import { AnnotationListCore } from '../../src/db/annotation-list/core';
import type { ListRequest } from '../../src/db/annotation-list/protocol';
import { GlossDB } from '../../src/db/gloss-db';
import { makeAnnotation, range } from '../db/helpers';
import { renderApp } from '../helpers/render-app';

// Enough for the worker (WORKER_FROM), few enough for fake-indexeddb's slow reads.
const COUNT = 1_200;
const ARTICLE = '001_7385e71a292b6180';

/** Every request the page sent its list worker, in order. */
const requests: ListRequest[] = [];

/**
 * The list worker run in this thread (jsdom has no workers): the same core over the same
 * IndexedDB, with messages delivered later and copied, as between threads.
 */
class InThreadWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  private readonly core = new AnnotationListCore(
    (reply) => setTimeout(() => this.onmessage?.({ data: structuredClone(reply) })),
    (name) => new GlossDB(name),
  );
  postMessage(request: ListRequest) {
    requests.push(request);
    const copy = structuredClone(request);
    setTimeout(() => void this.core.handle(copy));
  }
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  requests.length = 0;
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
});

async function seedMany() {
  await getDb().annotations.bulkAdd(
    Array.from({ length: COUNT }, (_, i) =>
      makeAnnotation({
        articleId: ARTICLE,
        ranges: [range(i * 3, i * 3 + 2, 'xx')],
        note: `Note number ${i + 1}`,
      }),
    ),
  );
}

const pagesAsked = () =>
  requests.flatMap((r) => (r.type === 'page' ? [r.start] : [])).sort((a, b) => a - b);

describe('All annotations, listed by a worker', () => {
  it('lists a few annotations without the worker', async () => {
    await getDb().annotations.bulkAdd(
      Array.from({ length: 3 }, (_, i) =>
        makeAnnotation({ articleId: ARTICLE, ranges: [range(i, i + 1, 'x')], note: `Few ${i}` }),
      ),
    );
    vi.stubGlobal('Worker', InThreadWorker);
    renderApp('/annotations');
    expect(await screen.findByText('3 annotations')).toBeInTheDocument();
    expect(screen.getByText('Few 2')).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('shows the first page without the page reading every annotation, and reads on only where it scrolls', async () => {
    await seedMany();
    vi.stubGlobal('Worker', InThreadWorker);
    const listAll = vi.spyOn(annotationsRepo, 'listAll');
    renderApp('/annotations');
    // fake-indexeddb's reads are slow on a loaded machine.
    expect(
      await screen.findByText('1,200 annotations', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    await screen.findByText('Note number 1');
    const list = screen.getByRole('list', { name: 'Matching annotations' });
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', String(COUNT));
    expect(listAll).not.toHaveBeenCalled();
    expect(pagesAsked()).toEqual([]);

    // Halfway down: the rows there are asked for (a page or two), not the whole list.
    const scrolled = 160 * 600;
    Object.defineProperty(window, 'scrollY', { value: scrolled, configurable: true });
    vi.spyOn(list, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 300 - scrolled, 800, 0));
    await act(async () => {
      window.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    });
    expect(await screen.findByText('Note number 599')).toBeInTheDocument();
    expect(pagesAsked().length).toBeGreaterThan(0);
    expect(pagesAsked().length).toBeLessThanOrEqual(2);
    expect(pagesAsked().every((start) => start >= 500 && start <= 600)).toBe(true);
    expect(listAll).not.toHaveBeenCalled();
  });

  it('filters in the worker, and follows a new annotation from the change feed', async () => {
    await seedMany();
    vi.stubGlobal('Worker', InThreadWorker);
    const { user } = renderApp('/annotations');
    await screen.findByText('Note number 1', {}, { timeout: 20_000 });
    await user.type(
      screen.getByRole('searchbox', { name: 'Search quotes and notes' }),
      'number 1199',
    );
    expect(await screen.findByText('1 annotation of 1200 match these filters')).toBeInTheDocument();
    expect(screen.getByText('Note number 1199')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export 1 annotation' })).toBeEnabled();

    await act(async () => {
      await getDb().annotations.add(
        makeAnnotation({ articleId: ARTICLE, ranges: [range(0, 1, 'x')], note: 'Number 1199 too' }),
      );
    });
    expect(
      await screen.findByText('2 annotations of 1201 match these filters'),
    ).toBeInTheDocument();
    expect(screen.getByText('Number 1199 too')).toBeInTheDocument();
  });
});
