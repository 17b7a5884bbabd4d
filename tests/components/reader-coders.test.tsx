import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../src/db';
import { describeRange } from '../../src/domain/anchoring';
import type { Coder } from '../../src/domain/coders';
import type { Annotation } from '../../src/domain/model';
import { useAppStore } from '../../src/store';
import { useLayerView } from '../../src/store/layer-view';
import { renderApp, seedText } from '../helpers/render-app';
import { hashOf, marksOf, waitForMarks } from '../helpers/reader-dom';

/*
 * The reader with several coders' layers: "Colour by: Tag / Coder" (kept in the settings), the
 * sidebar grouped by coder under headings with counts (in text order within each), and the
 * coder colours chosen in Settings.
 */

const articleId = '000_df97716ef8399177';
const text = seedText(articleId);
const ALICE_COLOR = '#fda4af';
const alice: Coder = {
  id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  name: 'Alice',
  origin: 'imported',
  createdAt: '2026-01-01T00:00:00.000Z',
  color: ALICE_COLOR,
};
const bob: Coder = {
  id: '1b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  name: 'Bob',
  origin: 'imported',
  createdAt: '2026-01-02T00:00:00.000Z',
};

async function annotation(coderId: string, quote: string, from = 0): Promise<Annotation> {
  const start = text.indexOf(quote, from);
  expect(start).toBeGreaterThanOrEqual(0);
  const stamp = '2026-01-03T00:00:00.000Z';
  return {
    id: crypto.randomUUID(),
    articleId,
    coderId,
    textHash: await hashOf(text),
    ranges: [describeRange(text, start, start + quote.length)],
    tagIds: [],
    note: '',
    color: null,
    createdAt: stamp,
    updatedAt: stamp,
    status: 'exact',
  };
}

function sidebar() {
  return screen.getByRole('complementary', { name: 'Annotations' });
}

beforeEach(() => {
  useLayerView.setState({ view: { kind: 'mine' } });
});

async function seedLayers(): Promise<Record<string, Annotation>> {
  const mine = await annotation('local', 'use of force');
  const aliceLate = await annotation(alice.id, 'political dialogue');
  const aliceEarly = await annotation(alice.id, 'The use of force');
  const bobs = await annotation(bob.id, 'crisis in Syria');
  await getDb().coders.bulkPut([alice, bob]);
  await getDb().annotations.bulkAdd([mine, aliceLate, aliceEarly, bobs]);
  return { mine, aliceLate, aliceEarly, bobs };
}

describe('Reader layers by coder', () => {
  it('groups the sidebar by coder with counts, in text order within each group', async () => {
    const seeded = await seedLayers();
    const { user } = renderApp(`/articles/${articleId}`);
    await waitForMarks(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Layers' }), 'All coders');
    await waitForMarks(4);

    const list = within(sidebar()).getByRole('list', { name: '4 annotations' });
    const headings = within(list).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['Coder 1 (1)', 'Alice (2)', 'Bob (1)']);
    const order = [...list.querySelectorAll('[data-annotation-item]')].map((el) =>
      el.getAttribute('data-annotation-item'),
    );
    expect(order).toEqual([
      seeded.mine!.id,
      seeded.aliceEarly!.id,
      seeded.aliceLate!.id,
      seeded.bobs!.id,
    ]);

    // One layer shown: no headings.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Layers' }), 'Alice');
    await waitForMarks(2);
    expect(within(sidebar()).queryByRole('heading', { name: /^Alice/ })).not.toBeInTheDocument();
  });

  it('colours highlights by coder when asked, names the coder on each, and keeps the choice', async () => {
    const seeded = await seedLayers();
    const { user } = renderApp(`/articles/${articleId}`);
    await waitForMarks(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Layers' }), 'All coders');
    await waitForMarks(4);
    const colorBy = screen.getByRole('combobox', { name: 'Colour by' });
    expect(colorBy).toHaveValue('tag');
    const alicesMark = () => marksOf(seeded.aliceLate!.id)[0]!;
    expect(alicesMark().style.getPropertyValue('--mark-color')).not.toBe(ALICE_COLOR);

    await user.selectOptions(colorBy, 'Coder');
    await waitFor(() =>
      expect(alicesMark().style.getPropertyValue('--mark-color')).toBe(ALICE_COLOR),
    );
    expect(alicesMark()).toHaveAttribute('title', 'Alice · Highlight (no tags)');
    // Bob has no colour of his own: he shows his default, which is not Alice's.
    const bobs = marksOf(seeded.bobs!.id)[0]!.style.getPropertyValue('--mark-color');
    expect(bobs).toMatch(/^#[0-9a-f]{6}$/);
    expect(bobs).not.toBe(ALICE_COLOR);
    // The sidebar item carries the coder colour too.
    const item = sidebar().querySelector(`[data-annotation-item="${seeded.aliceLate!.id}"]`);
    expect((item as HTMLElement).style.getPropertyValue('--item-color')).toBe(ALICE_COLOR);
    expect(useAppStore.getState().settings.colorBy).toBe('coder');
    expect(JSON.parse(localStorage.getItem('gloss-settings') ?? '{}').state.settings.colorBy).toBe(
      'coder',
    );
  });
});

describe('Settings: coder colours', () => {
  it('lists each coder with their colour and stores a new one', async () => {
    await getDb().coders.bulkPut([alice, bob]);
    const { user } = renderApp('/settings');
    const select = await screen.findByRole('combobox', { name: 'Colour of Alice' });
    expect(select).toHaveDisplayValue('Rose');
    expect(screen.getByRole('combobox', { name: 'Colour of Coder 1' })).toHaveDisplayValue('Sky');
    await user.selectOptions(select, 'Emerald');
    await waitFor(async () => expect((await getDb().coders.get(alice.id))?.color).toBe('#6ee7b7'));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Colour of Alice' })).toHaveDisplayValue(
        'Emerald',
      ),
    );
  });
});

describe('A long sidebar grouped by coder', () => {
  it('keeps the list virtualised with headings as rows, and deep links and j/k reach an item', async () => {
    const textHash = await hashOf(text);
    const body = text.indexOf('The use of force');
    const make = (coderId: string, at: number): Annotation => ({
      id: crypto.randomUUID(),
      articleId,
      coderId,
      textHash,
      ranges: [describeRange(text, at, at + 2)],
      tagIds: [],
      note: '',
      color: null,
      createdAt: '2026-01-03T00:00:00.000Z',
      updatedAt: '2026-01-03T00:00:00.000Z',
      status: 'exact',
    });
    // 80 of mine and 80 of Alice's, interleaved in the text.
    const all = Array.from({ length: 160 }, (_, i) =>
      make(i % 2 === 0 ? 'local' : alice.id, body + i * 3),
    );
    await getDb().coders.put(alice);
    await getDb().annotations.bulkAdd(all);
    const alices = all.filter((a) => a.coderId === alice.id);
    const target = alices[alices.length - 1]!;
    useLayerView.setState({ view: { kind: 'all' } });
    const { user } = renderApp(`/articles/${articleId}#annotation=${target.id}`);

    const item = (id: string) => sidebar().querySelector(`[data-annotation-item="${id}"]`);
    await waitFor(() => expect(item(target.id)).toHaveAttribute('aria-current', 'true'), {
      timeout: 10_000,
    });
    const list = within(sidebar()).getByRole('list', { name: '160 annotations' });
    const rows = within(list).getAllByRole('listitem');
    // Not every row is in the DOM, and every row says where it is among 162 (two headings).
    expect(rows.length).toBeLessThan(162);
    expect(rows[0]).toHaveAttribute('aria-setsize', '162');
    // The last row is Alice's last item: her heading came 80 rows before it.
    const last = item(target.id)!.closest('li')!;
    expect(last).toHaveAttribute('aria-posinset', '162');

    // k goes to the previous highlight in the text (one of mine), which comes into the list.
    await user.keyboard('k');
    const before = all[all.length - 2]!;
    expect(before.coderId).toBe('local');
    await waitFor(() => expect(item(before.id)).toHaveAttribute('aria-current', 'true'));
    expect(item(before.id)!.closest('li')).toHaveAttribute('aria-posinset', '81');
    expect(within(list).getByRole('heading', { name: 'Alice (80)' })).toBeInTheDocument();
  });
});
