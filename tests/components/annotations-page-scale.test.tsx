import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../../src/db';
import { makeAnnotation, range } from '../db/helpers';
import { renderApp } from '../helpers/render-app';

const COUNT = 2_000;

afterEach(() => {
  // Back to the top for the next test.
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
});

/** `COUNT` annotations on one bundled article, note i on the i-th in text order. */
async function seedMany() {
  const records = Array.from({ length: COUNT }, (_, i) =>
    makeAnnotation({
      articleId: '001_7385e71a292b6180',
      ranges: [range(i * 3, i * 3 + 2, 'xx')],
      note: `Note number ${i + 1}`,
    }),
  );
  await getDb().annotations.bulkAdd(records);
}

function rendered() {
  const list = screen.getByRole('list', { name: 'Matching annotations' });
  return within(list)
    .getAllByRole('listitem', { hidden: true })
    .filter((li) => li.parentElement === list);
}

describe('All annotations, many of them', () => {
  it('renders the ones near the screen, tells the size of the whole list, and follows the page as it scrolls', async () => {
    await seedMany();
    renderApp('/annotations');
    expect(await screen.findByText('2,000 annotations')).toBeInTheDocument();
    await screen.findByText('Note number 1');
    const first = rendered();
    expect(first.length).toBeGreaterThan(3);
    expect(first.length).toBeLessThan(100);
    expect(first[0]).toHaveAttribute('aria-setsize', String(COUNT));
    expect(first[0]).toHaveAttribute('aria-posinset', '1');
    expect(screen.queryByText(`Note number ${COUNT}`)).toBeNull();

    // Scroll the page halfway down the list (items are assumed 160 px until measured).
    // jsdom has no layout: the list says where it is as a browser would (300 px down the page).
    const scrolled = 160 * 1_000;
    Object.defineProperty(window, 'scrollY', { value: scrolled, configurable: true });
    const list = screen.getByRole('list', { name: 'Matching annotations' });
    vi.spyOn(list, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 300 - scrolled, 800, 0));
    await act(async () => {
      window.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    });
    const middle = rendered();
    const positions = middle.map((li) => Number(li.getAttribute('aria-posinset')));
    expect(Math.min(...positions)).toBeGreaterThan(950);
    expect(Math.max(...positions)).toBeLessThan(1_050);
    expect(screen.getByText('Note number 999')).toBeInTheDocument();
    expect(screen.queryByText('Note number 1')).toBeNull();
  });
});
