import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/store';
import { renderApp, seedText } from '../helpers/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

const frenchId = '001_7385e71a292b6180';

function paragraphsOf(article: HTMLElement): HTMLElement[] {
  return Array.from(article.querySelectorAll<HTMLElement>('[data-offset]'));
}

describe('Reader', () => {
  it('shows the French article in French with its title and exact paragraphs', async () => {
    renderApp(`/articles/${frenchId}`);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(/^Lors de sa rencontre avec Kerry/);
    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('lang', 'fr');
    expect(article).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('main')).toContainElement(article);
    const text = seedText(frenchId);
    const paragraphs = paragraphsOf(article);
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) {
      const start = Number(p.dataset.offset);
      expect(text.slice(start, start + (p.textContent ?? '').length)).toBe(p.textContent);
    }
  });

  it('folds page extras behind a toggle', async () => {
    const { user } = renderApp(`/articles/${frenchId}`);
    await screen.findByRole('heading', { level: 1 });
    const article = screen.getByRole('article');
    expect(within(article).queryByText('Check Also')).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: /Show page extras/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName(/^Hide page extras/);
    expect(within(article).getByText('Check Also')).toBeInTheDocument();
    expect(within(article).getByText('Bulletin français')).toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName(/^Show page extras/);
  });

  it('folds Press TV’s repeated dates and byline with the page extras, keeping the offsets', async () => {
    const id = '003_160427fdb2b2b30e';
    const { user } = renderApp(`/articles/${id}`);
    await screen.findByRole('heading', { level: 1 }, { timeout: 8000 });
    const article = screen.getByRole('article');
    expect(within(article).queryByText(/last modified/)).not.toBeInTheDocument();
    expect(within(article).queryByText('Nov 02, 2016 16:37 UTC')).not.toBeInTheDocument();
    // The byline once, in the meta line; its paragraph folds away.
    expect(within(article).getAllByText(/\bSS\b/)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /Show page extras/ }));
    expect(within(article).getByText(/last modified/)).toBeInTheDocument();
    expect(within(article).getByText('Nov 02, 2016 16:37 UTC')).toBeInTheDocument();
    const text = seedText(id);
    for (const p of paragraphsOf(article)) {
      const start = Number(p.dataset.offset);
      expect(text.slice(start, start + (p.textContent ?? '').length)).toBe(p.textContent);
    }
  });

  it('shows the Syria Times subhead as a subhead, on its canonical offsets', async () => {
    const id = '002_27f4b5ccaf5df4df';
    renderApp(`/articles/${id}`);
    const subhead = await screen.findByRole(
      'heading',
      { level: 2, name: 'US Not Ready to Fight Terrorism Alongside Russian Air Force in Syria' },
      { timeout: 8000 },
    );
    const start = Number(subhead.dataset.offset);
    expect(seedText(id).slice(start, start + (subhead.textContent ?? '').length)).toBe(
      subhead.textContent,
    );
  });

  it('derives a title for an article without a headline and links its neighbours', async () => {
    renderApp('/articles/000_df97716ef8399177');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toMatch(/^Russian Foreign Minister Sergei Lavrov/);
    expect(heading).not.toHaveAttribute('data-offset');
    expect(screen.getByText('By Manal Ismael')).toBeInTheDocument();
    // Shown once: the trailing byline line folds with the page extras.
    expect(screen.getByRole('article').querySelector('[data-kind="byline"]')).toBeNull();
    const more = screen.getByRole('navigation', { name: 'More articles' });
    expect(within(more).getByRole('link', { name: /Next article/ })).toHaveAttribute(
      'href',
      `/articles/${frenchId}`,
    );
    expect(within(more).queryByRole('link', { name: /Previous article/ })).not.toBeInTheDocument();
  });

  it('shows a not-found page for an unknown id, with a way back', async () => {
    renderApp('/articles/nope');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Article not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '/');
  });

  it('shows an error with Retry when the text fails to load', async () => {
    const { user, network } = renderApp(`/articles/${frenchId}`, { fail: 'text' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The article could not be opened.');
    network.setFailure(null);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('article')).toHaveAttribute('lang', 'fr');
  });

  it('keeps reading settings in the store and applies them to the page', async () => {
    const { user } = renderApp(`/articles/${frenchId}`);
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Reading settings' }));
    const panel = screen.getByRole('region', { name: 'Reading settings' });
    await user.click(within(panel).getByRole('radio', { name: '22' }));
    await user.click(within(panel).getByRole('radio', { name: 'Wide' }));
    await user.click(within(panel).getByRole('radio', { name: 'Dark' }));
    expect(useAppStore.getState().settings).toEqual({
      fontSize: 22,
      lineWidth: 'wide',
      theme: 'dark',
      lockCodebook: false,
      colorBy: 'tag',
    });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.style.getPropertyValue('--reader-font-size')).toBe('22px');
    expect(JSON.parse(localStorage.getItem('gloss-settings') ?? '{}').state.settings.theme).toBe(
      'dark',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Reading settings' })).not.toBeInTheDocument();
  });
});
