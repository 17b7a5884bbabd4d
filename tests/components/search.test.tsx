import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers/render-app';
import { seedHighlight } from '../helpers/seed-annotations';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Search', () => {
  it('finds text across articles and notes from the header box, and opens the reader at a match', async () => {
    await seedHighlight('003_160427fdb2b2b30e', 'Aleppo', {
      note: 'Aleppo framing differs from SANA',
    });
    const { user, router } = renderApp('/');
    await screen.findByRole('list', { name: 'Articles' });
    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: 'Search articles and notes' });
    expect(box).toHaveFocus();
    await user.type(box, 'ALEPPO{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    const inArticles = await screen.findByRole('region', { name: 'In articles' });
    const results = within(inArticles).getAllByRole('heading', { level: 3 });
    expect(results.map((h) => h.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Sooner Syria crisis ends better: Lavrov')]),
    );
    const notes = screen.getByRole('region', { name: 'In notes' });
    expect(within(notes).getByText('Aleppo', { selector: 'mark' })).toBeInTheDocument();
    await user.click(
      within(inArticles).getAllByRole('link', {
        name: /^Match 1 in Sooner Syria/,
      })[0] as HTMLElement,
    );
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/articles/003_160427fdb2b2b30e'),
    );
    expect(await screen.findByText(/^Match 1 of \d+ for “ALEPPO”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(router.state.location.search).toBe('');
  });

  it('says when nothing matches', async () => {
    renderApp('/search?q=zzzqqq');
    expect(await screen.findByText('0 articles, 0 notes.')).toBeInTheDocument();
  });
});
