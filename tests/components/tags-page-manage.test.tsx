import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo, tagsRepo } from '../../src/db';
import { makeAnnotation } from '../db/helpers';
import { renderApp } from '../helpers/render-app';
import { seedHighlight, seedTag } from '../helpers/seed-annotations';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function rowOf(name: string) {
  const table = await screen.findByRole('table', { name: 'Codebook' });
  const header = await within(table).findByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
}

async function renderTagsPage() {
  const view = renderApp('/tags');
  await screen.findByRole('heading', { level: 1, name: 'Tags' });
  return view;
}

/** Everything a merge or delete may touch, for "exactly as before" checks. */
async function everything() {
  return { tags: await tagsRepo.list(), annotations: await annotationsRepo.listAll() };
}

/** “War” on 2 annotations (one also has “Conflict”), “Conflict” on 3, “Peace” on one of them. */
async function seedWarAndConflict() {
  const war = await tagsRepo.create({ name: 'War' });
  const conflict = await tagsRepo.create({ name: 'Conflict' });
  const peace = await tagsRepo.create({ name: 'Peace' });
  const both = makeAnnotation({ tagIds: [war.id, conflict.id] });
  const warAndPeace = makeAnnotation({ tagIds: [war.id, peace.id] });
  for (const annotation of [
    both,
    warAndPeace,
    makeAnnotation({ tagIds: [conflict.id] }),
    makeAnnotation({ tagIds: [conflict.id] }),
  ])
    await annotationsRepo.create(annotation);
  return { war, conflict, peace, both, warAndPeace };
}

describe('Tags page: rename', () => {
  it('shows the new name on the annotations that carry the tag, in All annotations', async () => {
    const war = await seedTag('War');
    await seedHighlight('003_160427fdb2b2b30e', 'swift political solution', { tags: [war] });
    const { user } = await renderTagsPage();
    await user.click((await rowOf('War')).getByRole('button', { name: 'Edit War' }));
    const form = within(screen.getByRole('form', { name: 'Edit War' }));
    const name = form.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Armed conflict');
    await user.click(form.getByRole('button', { name: 'Save' }));
    await rowOf('Armed conflict');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Annotations' }));
    const list = await screen.findByRole('list', { name: 'Matching annotations' });
    const [item] = within(list).getAllByRole('article');
    const tags = within(item as HTMLElement).getByRole('list', { name: 'Tags' });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Armed conflict']);
  });
});

describe('Tags page: merge', () => {
  it('shows the counts before and after, merges, and keeps one copy of the target', async () => {
    const { war, conflict, both, warAndPeace, peace } = await seedWarAndConflict();
    const { user } = await renderTagsPage();
    await user.click((await rowOf('War')).getByRole('button', { name: 'Merge War into…' }));

    const dialog = within(screen.getByRole('dialog', { name: 'Merge “War” into another tag' }));
    const select = dialog.getByRole('combobox', { name: 'Merge into' });
    expect(select).toHaveFocus();
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a tag…', 'Conflict', 'Peace']);
    await user.click(dialog.getByRole('button', { name: 'Merge' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent('Choose the tag to merge into.');

    await user.selectOptions(select, 'Conflict');
    const status = dialog.getByRole('status');
    expect(
      await within(status).findByText(
        'Before: “War” has 2 annotations, “Conflict” has 3 annotations.',
      ),
    ).toBeInTheDocument();
    expect(status).toHaveTextContent('After: “Conflict” will have 4 annotations.');
    await user.click(dialog.getByRole('button', { name: 'Merge' }));

    expect(
      await screen.findByText('Merged “War” into “Conflict”: Conflict had 3 annotations, now 4.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await (await rowOf('Conflict')).findByText('4 annotations')).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'War' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Codebook' })).toHaveFocus();
    expect((await annotationsRepo.get(both.id))?.tagIds).toEqual([conflict.id]);
    expect((await annotationsRepo.get(warAndPeace.id))?.tagIds).toEqual([conflict.id, peace.id]);
    expect(await tagsRepo.get(war.id)).toBeUndefined();
  });

  it('undoes a merge from the toast, restoring the tag and every annotation exactly', async () => {
    await seedWarAndConflict();
    const before = await everything();
    const { user } = await renderTagsPage();
    await user.click((await rowOf('War')).getByRole('button', { name: 'Merge War into…' }));
    const dialog = within(screen.getByRole('dialog'));
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Merge into' }), 'Conflict');
    await user.click(dialog.getByRole('button', { name: 'Merge' }));
    await screen.findByText(/^Merged “War” into “Conflict”/);
    expect((await everything()).tags.map((tag) => tag.name)).toEqual(['Conflict', 'Peace']);

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Undone: Merge “War” into “Conflict”.')).toBeInTheDocument();
    expect(await everything()).toEqual(before);
    expect(await (await rowOf('War')).findByText('2 annotations')).toBeInTheDocument();
  });
  it('an old toast’s Undo does not take back a later change instead', async () => {
    await seedWarAndConflict();
    const { user } = await renderTagsPage();
    await user.click((await rowOf('War')).getByRole('button', { name: 'Merge War into…' }));
    const dialog = within(screen.getByRole('dialog'));
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Merge into' }), 'Conflict');
    await user.click(dialog.getByRole('button', { name: 'Merge' }));
    await screen.findByText(/^Merged “War” into “Conflict”/);
    await user.click((await rowOf('Peace')).getByRole('button', { name: 'Delete Peace' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    await screen.findByText('Tag deleted.');
    const afterBoth = await everything();

    const [mergeUndo] = screen.getAllByRole('button', { name: 'Undo' });
    await user.click(mergeUndo as HTMLElement);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Merge “War” into “Conflict” is no longer the last change; undo the later ones first.',
    );
    expect(await everything()).toEqual(afterBoth);
  });
});

describe('Tags page: delete', () => {
  it('asks, saying how many annotations use the tag; they keep their other tags', async () => {
    const { war, conflict, peace, both, warAndPeace } = await seedWarAndConflict();
    const before = await everything();
    const { user } = await renderTagsPage();
    const deleteButton = (await rowOf('War')).getByRole('button', { name: 'Delete War' });

    await user.click(deleteButton);
    let dialog = within(screen.getByRole('alertdialog', { name: 'Delete “War”?' }));
    expect(
      await dialog.findByText('2 annotations use “War”. They keep their other tags.'),
    ).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(await everything()).toEqual(before);

    await user.click(deleteButton);
    dialog = within(screen.getByRole('alertdialog', { name: 'Delete “War”?' }));
    await user.click(dialog.getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Tag deleted.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: 'War' })).not.toBeInTheDocument(),
    );
    expect(await tagsRepo.get(war.id)).toBeUndefined();
    expect((await annotationsRepo.get(both.id))?.tagIds).toEqual([conflict.id]);
    expect((await annotationsRepo.get(warAndPeace.id))?.tagIds).toEqual([peace.id]);
  });

  it('says when no annotation uses the tag, and that its sub-tags move up', async () => {
    const actors = await tagsRepo.create({ name: 'Actors' });
    await tagsRepo.create({ name: 'Lavrov', parentId: actors.id });
    const { user } = await renderTagsPage();
    await user.click((await rowOf('Actors')).getByRole('button', { name: 'Delete Actors' }));
    const dialog = within(screen.getByRole('alertdialog', { name: 'Delete “Actors”?' }));
    expect(await dialog.findByText('No annotations use “Actors”.')).toBeInTheDocument();
    expect(dialog.getByText('Its 1 sub-tag will move to the top level.')).toBeInTheDocument();
  });

  it('undoes a delete from the toast: the tag is back on its annotations', async () => {
    const { war, both, warAndPeace } = await seedWarAndConflict();
    const { user } = await renderTagsPage();
    await user.click((await rowOf('War')).getByRole('button', { name: 'Delete War' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    await screen.findByText('Tag deleted.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Undone: Delete tag “War”.')).toBeInTheDocument();
    expect(await (await rowOf('War')).findByText('2 annotations')).toBeInTheDocument();
    expect(await tagsRepo.get(war.id)).toEqual(war);
    expect((await annotationsRepo.get(both.id))?.tagIds).toContain(war.id);
    expect((await annotationsRepo.get(warAndPeace.id))?.tagIds).toContain(war.id);
  });
});

describe('Tags page: memo', () => {
  it('renders a tag’s memo as safe Markdown and edits it as "Description (memo, Markdown)"', async () => {
    await tagsRepo.create({ name: 'War' });
    const { user } = await renderTagsPage();
    await user.click((await rowOf('War')).getByRole('button', { name: 'Edit War' }));
    const form = within(screen.getByRole('form', { name: 'Edit War' }));
    const memo = form.getByRole('textbox', { name: 'Description (memo, Markdown)' });
    // Pasted: user.type would read the square brackets as key names.
    await user.click(memo);
    await user.paste(
      'Use for **armed** fighting. [x](javascript:alert(1)) See [the guide](https://example.org).',
    );
    await user.click(form.getByRole('button', { name: 'Save' }));

    const row = await rowOf('War');
    expect(await row.findByText('armed')).toHaveProperty('tagName', 'STRONG');
    expect(row.queryByRole('link', { name: 'x' })).not.toBeInTheDocument();
    expect(row.getByText(/\[x\]\(javascript:alert\(1\)\)/)).toBeInTheDocument();
    expect(row.getByRole('link', { name: 'the guide' })).toHaveAttribute(
      'href',
      'https://example.org',
    );
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
