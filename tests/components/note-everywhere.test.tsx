import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';
import { seedHighlight } from '../helpers/seed-annotations';

const note = 'A **strong** claim, see [the source](https://example.org).';

function noteIn(container: HTMLElement) {
  const rendered = container.querySelector('[data-note]');
  if (!(rendered instanceof HTMLElement)) throw new Error('no note rendered');
  return rendered;
}

describe('a note looks the same in the reader and on /annotations', () => {
  it('renders its Markdown in the reader sidebar, not the raw syntax', async () => {
    await seedHighlight('000_df97716ef8399177', 'use of force', { note });
    renderApp('/articles/000_df97716ef8399177');
    const sidebar = await screen.findByRole(
      'complementary',
      { name: 'Annotations' },
      { timeout: 8000 },
    );
    const list = await within(sidebar).findByRole(
      'list',
      { name: '1 annotation' },
      { timeout: 8000 },
    );
    const shown = noteIn(list);
    expect(shown).toHaveTextContent('A strong claim, see the source.');
    expect(shown).not.toHaveTextContent('**');
    expect(within(shown).getByText('strong').tagName).toBe('STRONG');
  });

  it('renders the same elements on /annotations, with a working link', async () => {
    await seedHighlight('000_df97716ef8399177', 'use of force', { note });
    renderApp('/annotations');
    const list = await screen.findByRole(
      'list',
      { name: 'Matching annotations' },
      { timeout: 8000 },
    );
    const shown = noteIn(list);
    expect(shown).toHaveTextContent('A strong claim, see the source.');
    expect(within(shown).getByText('strong').tagName).toBe('STRONG');
    expect(within(shown).getByRole('link', { name: 'the source' })).toHaveAttribute(
      'href',
      'https://example.org',
    );
  });
});
