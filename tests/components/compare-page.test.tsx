import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers/render-app';
import { seedHighlight, seedTag } from '../helpers/seed-annotations';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Compare', () => {
  it('shows the passages of a tag side by side, one column per article, with counts and charts', async () => {
    const russia = await seedTag('Russia');
    const force = await seedTag('Force');
    await seedHighlight(
      '000_df97716ef8399177',
      'The use of force to solve the crisis in Syria would be futile',
      { tags: [force, russia] },
    );
    await seedHighlight('001_7385e71a292b6180', 'le recours à la force', { tags: [force] });
    await seedHighlight('003_160427fdb2b2b30e', 'swift political solution', { tags: [russia] });
    const { user, router } = renderApp('/compare');
    await user.click(await screen.findByRole('checkbox', { name: 'Force' }, { timeout: 8000 }));
    expect(router.state.location.search).toBe(`?tag=${force.id}`);
    // The view is computed apart from the page (a worker, or a task here): wait for it.
    const columns = within(await screen.findByRole('list', { name: 'Passages by article' }))
      .getAllByRole('listitem')
      .filter((li) => li.getAttribute('aria-labelledby'));
    expect(columns).toHaveLength(2);
    expect(columns.map((c) => within(c).getByText(/passages?$/).textContent)).toEqual([
      '1 passage',
      '1 passage',
    ]);
    expect(screen.getByText(/^Not coded with these tags in:/)).toHaveTextContent(
      'Sooner Syria crisis ends better: Lavrov (Press TV)',
    );
    expect(within(columns[1] as HTMLElement).getByRole('link')).toHaveTextContent(
      '“le recours à la force”',
    );
    // Passages show their tags.
    expect(
      within(within(columns[0] as HTMLElement).getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Force', 'Russia']);
    // Tags are rows, outlets columns, so many tags fit the width.
    const counts = screen.getByRole('table', { name: /Tag counts per outlet/ });
    const outlets = within(counts)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(outlets[0]).toBe('Tag');
    const sana = outlets.indexOf('SANA') - 1;
    const forceCounts = within(within(counts).getByRole('row', { name: /^Force/ }))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(forceCounts[sana]).toBe('1');
    expect(document.querySelector('svg[data-chart="tag-share"]')).not.toBeNull();
    expect(
      screen.getByText(/^Each cell counts the annotations with the row’s tag/),
    ).toBeInTheDocument();
    const cooc = screen.getByRole('table', { name: /co-occurrence/ });
    const forceRow = within(cooc).getByRole('row', { name: /^Force/ });
    expect(
      within(forceRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '1']);
  });
});
