import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteAnnotation, updateAnnotation } from '../../src/commands';
import {
  paragraphRenders,
  partRenders,
  type ProbedPart,
  type RenderPhase,
} from '../../src/components/render-probe';
import { getDb } from '../../src/db';
import { describeRange } from '../../src/domain/anchoring';
import { parseArticle } from '../../src/domain/corpus';
import type { Annotation } from '../../src/domain/model';
import { renderApp, seedText } from '../helpers/render-app';
import { hashOf, paintedIds, selectCanonical, settle } from '../helpers/reader-dom';

/**
 * docs/architecture.md "State" and "Rendering": with 1,000 highlights on the page, adding,
 * editing or deleting one reads that one record (never the article's list), re-renders the one
 * paragraph it is in and the one sidebar item; selecting text re-renders only the toolbar.
 */

const articleId = '000_df97716ef8399177';
const text = seedText(articleId);
const PRESENT = 1_000;
const body = parseArticle(text).paragraphs.filter((p) => p.kind === 'body');
/** Where the new highlight goes: a stretch of the first long body paragraph left unmarked. */
const free = (() => {
  const paragraph = body.find((p) => p.end - p.start > 60)!;
  return { paragraph: paragraph.start, start: paragraph.start + 20, end: paragraph.start + 30 };
})();

interface Reads {
  /** Keys read one by one from the annotations store. */
  gets: unknown[];
  /** Reads of many annotations at once (getAll, cursors, counts). */
  lists: string[];
}

let reads: Reads = { gets: [], lists: [] };
let paragraphs: number[] = [];
let parts: { part: ProbedPart; id: string; phase: RenderPhase }[] = [];

/** Counts every read of the annotations store and its indexes, by kind. */
function watchReads() {
  const spies: { restore: () => void }[] = [];
  const storeOf = (target: IDBObjectStore | IDBIndex) =>
    'objectStore' in target ? target.objectStore.name : target.name;
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as const) {
    for (const method of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count']) {
      const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[
        method
      ]!;
      const spy = vi
        .spyOn(proto as unknown as Record<string, (...args: unknown[]) => unknown>, method)
        .mockImplementation(function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
          if (storeOf(this) === 'annotations') {
            if (method === 'get' && 'keyPath' in this && !('objectStore' in this))
              reads.gets.push(args[0]);
            else reads.lists.push(`${'objectStore' in this ? 'index' : 'store'}.${method}`);
          }
          return original.apply(this, args);
        });
      spies.push({ restore: () => spy.mockRestore() });
    }
  }
  return () => spies.forEach((spy) => spy.restore());
}

async function seedMany(): Promise<Annotation[]> {
  const textHash = await hashOf(text);
  const stamp = '2024-01-01T00:00:00.000Z';
  const annotations: Annotation[] = [];
  for (const paragraph of body) {
    for (let at = paragraph.start; at < paragraph.end && annotations.length < PRESENT; at++) {
      if (at >= free.start - 1 && at < free.end + 1) continue;
      annotations.push({
        id: crypto.randomUUID(),
        articleId,
        coderId: 'local',
        textHash,
        ranges: [describeRange(text, at, at + 1)],
        tagIds: [],
        note: '',
        color: null,
        createdAt: stamp,
        updatedAt: stamp,
        status: 'exact',
      });
    }
  }
  expect(annotations).toHaveLength(PRESENT);
  await getDb().annotations.bulkAdd(annotations);
  return annotations;
}

/** Lets the UI finish reacting, then returns (and forgets) what was read and rendered since. */
/** The highlight the test adds, once known: its first render is a mount and counts. */
let created = '';

async function since() {
  await settle(150);
  const seen = {
    gets: reads.gets,
    lists: reads.lists,
    paragraphs: [...new Set(paragraphs)],
    /** Sidebar items rendered again (an item scrolled into the list mounts; that is not this). */
    items: [
      ...new Set(
        parts
          .filter((p) => p.part === 'sidebar-item' && (p.phase === 'update' || p.id === created))
          .map((p) => p.id),
      ),
    ],
    mounted: parts.filter((p) => p.part === 'sidebar-item' && p.phase === 'mount').length,
    sidebar: parts.filter((p) => p.part === 'sidebar').length,
    toolbar: parts.filter((p) => p.part === 'selection-toolbar').length,
  };
  reads = { gets: [], lists: [] };
  paragraphs = [];
  parts = [];
  return seen;
}

let unwatch: () => void = () => {};
beforeEach(() => {
  paragraphRenders.listener = (start) => paragraphs.push(start);
  partRenders.listener = (part, id, phase) => parts.push({ part, id, phase });
  unwatch = watchReads();
});

afterEach(() => {
  paragraphRenders.listener = null;
  partRenders.listener = null;
  unwatch();
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
});

function sidebarList() {
  return within(screen.getByRole('complementary', { name: 'Annotations' })).getByRole('list', {
    name: '1,001 annotations',
  });
}

describe('One change among 1,000 highlights', () => {
  it('reads one record and re-renders one paragraph and one sidebar item', async () => {
    const seeded = await seedMany();
    const { user } = renderApp(`/articles/${articleId}`);
    await waitFor(() => expect(paintedIds()).toHaveLength(PRESENT), { timeout: 20_000 });
    const opened = await since();
    // Opening reads the article's annotations once: their keys, then each record by key (in
    // slices, so no one task holds them all).
    expect(opened.lists).toEqual(['index.getAllKeys']);
    expect(opened.gets).toHaveLength(PRESENT);
    expect(new Set(opened.gets)).toEqual(new Set(seeded.map((a) => a.id)));
    // The sidebar renders its first screen, not a thousand items.
    expect(opened.mounted).toBeGreaterThan(0);
    expect(opened.mounted).toBeLessThan(100);

    // Selecting re-renders the toolbar and nothing else.
    await selectCanonical(free.start, free.end);
    const toolbar = await screen.findByRole('toolbar', { name: 'Annotate selection' });
    const selecting = await since();
    expect(selecting.toolbar).toBeGreaterThan(0);
    expect(selecting).toMatchObject({ paragraphs: [], items: [], sidebar: 0, lists: [] });

    // Adding one highlight reads only its own (absent) record.
    await user.click(within(toolbar).getByRole('button', { name: /^Highlight/ }));
    await waitFor(() => expect(paintedIds()).toHaveLength(PRESENT + 1));
    // The mark paints before the write commits; the editor opens once it has.
    await screen.findByRole('region', { name: 'Annotation' }, { timeout: 15_000 });
    created = paintedIds().find((id) => !seeded.some((a) => a.id === id)) as string;
    const adding = await since();
    expect(adding.lists).toEqual([]);
    expect(adding.gets).toEqual([created]);
    expect(adding.paragraphs).toEqual([free.paragraph]);
    expect(adding.items).toEqual([created]);
    expect(within(sidebarList()).getByRole('button', { name: /^“/, current: true })).toBeVisible();

    // Editing one reads that one record and re-renders its sidebar item only (no paint changed).
    await updateAnnotation(created, { note: 'A note' });
    const editing = await since();
    expect(editing.lists).toEqual([]);
    expect(new Set(editing.gets)).toEqual(new Set([created]));
    expect(editing.paragraphs).toEqual([]);
    expect(editing.items).toEqual([created]);

    // Deleting one: its record, its paragraph, and the sidebar item that moves into its place.
    const other = seeded[PRESENT - 1]!;
    await deleteAnnotation(other.id);
    await waitFor(() => expect(paintedIds()).toHaveLength(PRESENT));
    const deleting = await since();
    expect(deleting.lists).toEqual([]);
    expect(new Set(deleting.gets)).toEqual(new Set([other.id]));
    expect(deleting.paragraphs).toHaveLength(1);
    expect(deleting.items).toEqual([]);
  }, 60_000);
});
