import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setsRepo } from '../../src/db/sets-repo';
import { renderApp } from '../helpers/render-app';
import { seedHighlight, seedTag } from '../helpers/seed-annotations';

const SANA = '000_df97716ef8399177';
const FRENCH = '001_7385e71a292b6180';
const PRESS_TV = '003_160427fdb2b2b30e';

/** Two annotations in the set "Week 1" (SANA and the French article), one outside it. */
async function seed() {
  const force = await seedTag('Force');
  await seedHighlight(SANA, 'use of force', { tags: [force] });
  await seedHighlight(FRENCH, 'le recours à la force', { tags: [force] });
  await seedHighlight(PRESS_TV, 'swift political solution', { tags: [force] });
  const week = await setsRepo.create('Week 1', [SANA, FRENCH]);
  await setsRepo.create('Other', [PRESS_TV]);
  return { force, week };
}

/** Captures what the app downloads. */
function captureDownloads(): () => Promise<string[]> {
  const blobs: Blob[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => (blobs.push(b), 'blob:x')),
      revokeObjectURL: vi.fn(),
    }),
  );
  return () => Promise.all(blobs.map((b) => b.text()));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('filtering by set', () => {
  it('/annotations shows and exports only the set’s articles, with the set in the URL', async () => {
    const { week } = await seed();
    const downloads = captureDownloads();
    const { user, router } = renderApp('/annotations');
    await screen.findByText('3 annotations', {}, { timeout: 8000 });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Set' }), 'Week 1 (2)');
    expect(router.state.location.search).toBe(`?set=${week.id}`);
    expect(await screen.findByText('2 annotations of 3 match these filters')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Matching annotations' });
    expect(within(list).queryByText(/swift political solution/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export 2 annotations' }));
    await screen.findByText(/^Saved gloss-.*\(2 annotations\)\.$/, {}, { timeout: 8000 });
    const [csv = ''] = await downloads();
    expect(csv).toContain('use of force');
    expect(csv).toContain('le recours à la force');
    expect(csv).not.toContain('swift political solution');
  });

  it('opens /annotations with the set of a shared link', async () => {
    const { week } = await seed();
    renderApp(`/annotations?set=${week.id}`);
    expect(
      await screen.findByText('2 annotations of 3 match these filters', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Set' })).toHaveValue(week.id);
  });

  it('Compare shows only the set’s articles, in its columns and its counts', async () => {
    const { force, week } = await seed();
    const { user, router } = renderApp(`/compare?tag=${force.id}`);
    const columns = () =>
      within(screen.getByRole('list', { name: 'Passages by article' }))
        .getAllByRole('listitem')
        .filter((li) => li.getAttribute('aria-labelledby'));
    await waitFor(() => expect(columns()).toHaveLength(3), { timeout: 8000 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Set' }), 'Week 1 (2)');
    expect(router.state.location.search).toBe(`?tag=${force.id}&set=${week.id}`);
    await waitFor(() => expect(columns()).toHaveLength(2));
    expect(screen.queryByText(/swift political solution/)).not.toBeInTheDocument();
    const counts = screen.getByRole('table', { name: /Tag counts per outlet/ });
    const outlets = within(counts)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(outlets).not.toContain('Press TV');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Set' }), 'All articles');
    await waitFor(() => expect(columns()).toHaveLength(3));
  });

  it('an export from Export & import holds only the chosen set’s annotations', async () => {
    const { week } = await seed();
    const downloads = captureDownloads();
    const { user, router } = renderApp('/data');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Set' }, { timeout: 8000 }),
      'Week 1 (2)',
    );
    expect(router.state.location.search).toBe(`?set=${week.id}`);
    await user.click(screen.getByRole('button', { name: 'Download native JSON' }));
    await screen.findByText(/^Saved gloss-native/, {}, { timeout: 8000 });
    const [text = '{}'] = await downloads();
    const file = JSON.parse(text) as {
      annotations: { articleId: string }[];
      sets: { name: string }[];
    };
    expect(file.annotations.map((a) => a.articleId).sort()).toEqual([SANA, FRENCH].sort());
    expect(file.sets.map((s) => s.name)).toEqual(['Week 1']);
  });
});
