import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { tagsRepo } from '../../src/db';
import { useAppStore } from '../../src/store';
import { renderApp } from '../helpers/render-app';
import { seedHighlight, seedTag } from '../helpers/seed-annotations';

describe('Settings', () => {
  it('chooses the theme and locks the codebook', async () => {
    const { user } = renderApp('/settings');
    const theme = await screen.findByRole('group', { name: 'Theme' });
    await user.click(within(theme).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    const lock = screen.getByRole('checkbox', { name: /Lock the codebook/ });
    expect(lock).not.toBeChecked();
    await user.click(lock);
    expect(useAppStore.getState().settings.lockCodebook).toBe(true);
  });

  it('"Delete all data" offers a backup, asks for a typed word, then deletes everything', async () => {
    const tag = await seedTag('Force');
    await seedHighlight('000_df97716ef8399177', 'use of force', { tags: [tag] });
    const created = vi.fn((blob: Blob) => blob);
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: vi.fn((b: Blob) => (created(b), 'blob:x')),
        revokeObjectURL: vi.fn(),
      }),
    );
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Delete all data' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete all data?' });
    const backup = within(dialog).getByRole('button', { name: 'Download a backup first' });
    expect(backup).toHaveFocus();
    await user.click(backup);
    await waitFor(
      () => expect(within(dialog).getByText(/Saved gloss-native/)).toBeInTheDocument(),
      { timeout: 8000 },
    );
    const file = JSON.parse(await (created.mock.calls[0]?.[0] as Blob).text()) as {
      annotations: unknown[];
    };
    expect(file.annotations).toHaveLength(1);

    const remove = within(dialog).getByRole('button', { name: 'Delete everything' });
    expect(remove).toBeDisabled();
    await user.type(
      within(dialog).getByRole('textbox', { name: /Type “delete” to confirm/ }),
      'delete',
    );
    await user.click(remove);
    await waitFor(() =>
      expect(
        screen.getByText('All annotations, tags, memos and your documents were deleted.'),
      ).toBeInTheDocument(),
    );
    expect(await tagsRepo.list()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Delete all data' })).toHaveFocus();
  });
});
