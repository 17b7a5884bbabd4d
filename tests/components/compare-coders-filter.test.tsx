import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../src/db';
import type { Coder } from '../../src/domain/coders';
import { renderApp } from '../helpers/render-app';
import { seedHighlight, seedTag } from '../helpers/seed-annotations';

const alice: Coder = {
  id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  name: 'Alice',
  origin: 'imported',
  createdAt: '2026-01-01T00:00:00.000Z',
};

function columns(): HTMLElement[] {
  const list = screen.queryByRole('list', { name: 'Passages by article' });
  return list
    ? within(list)
        .getAllByRole('listitem')
        .filter((li) => li.getAttribute('aria-labelledby'))
    : [];
}

function forceCount(): string[] {
  const counts = screen.getByRole('table', { name: /Tag counts per outlet/ });
  return within(within(counts).getByRole('row', { name: /^Force/ }))
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('Compare filtered by coder', () => {
  it('draws passages, counts and co-occurrence from the coders ticked, kept in the URL', async () => {
    const force = await seedTag('Force');
    const russia = await seedTag('Russia');
    await seedHighlight('000_df97716ef8399177', 'The use of force to solve the crisis', {
      tags: [force],
    });
    const hers = [
      await seedHighlight('001_7385e71a292b6180', 'le recours à la force', {
        tags: [force, russia],
      }),
      await seedHighlight('003_160427fdb2b2b30e', 'swift political solution', { tags: [force] }),
    ];
    await getDb().coders.put(alice);
    for (const a of hers) await getDb().annotations.update(a.id, { coderId: alice.id });

    const { user, router } = renderApp('/compare');
    await user.click(await screen.findByRole('checkbox', { name: 'Force' }, { timeout: 8000 }));
    await waitFor(() => expect(columns()).toHaveLength(3));
    const coders = screen.getByRole('group', { name: 'Coders shown' });
    expect(within(coders).getByText('Counting every coder’s layer.')).toBeInTheDocument();

    await user.click(within(coders).getByRole('checkbox', { name: 'Alice' }));
    expect(router.state.location.search).toBe(`?tag=${force.id}&coder=${alice.id}`);
    await waitFor(() => expect(columns()).toHaveLength(2));
    expect(within(coders).getByText('Counting Alice only.')).toBeInTheDocument();
    expect(forceCount().filter((c) => c === '1')).toHaveLength(2);
    const cooc = screen.getByRole('table', { name: /co-occurrence/ });
    expect(
      within(within(cooc).getByRole('row', { name: /^Force/ })).getAllByRole('cell')[0],
    ).toHaveTextContent('2');

    // Two coders: both layers count again; untick both: every layer.
    await user.click(within(coders).getByRole('checkbox', { name: 'Coder 1' }));
    await waitFor(() => expect(columns()).toHaveLength(3));
    expect(within(coders).getByText('Counting Coder 1, Alice only.')).toBeInTheDocument();
    // Choosing a tag keeps the coders.
    await user.click(screen.getByRole('checkbox', { name: 'Russia' }));
    expect(new URLSearchParams(router.state.location.search).getAll('coder')).toEqual([
      alice.id,
      'local',
    ]);
  });

  it('opens with the coders of its URL', async () => {
    const force = await seedTag('Force');
    await seedHighlight('000_df97716ef8399177', 'The use of force to solve the crisis', {
      tags: [force],
    });
    await getDb().coders.put(alice);
    renderApp(`/compare?tag=${force.id}&coder=${alice.id}`);
    const coders = await screen.findByRole('group', { name: 'Coders shown' }, { timeout: 8000 });
    expect(within(coders).getByRole('checkbox', { name: 'Alice' })).toBeChecked();
    expect(await screen.findByText('No passage is coded with these tags yet.')).toBeInTheDocument();
  });
});
