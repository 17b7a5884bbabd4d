import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo, tagsRepo } from '../../src/db';
import { makeAnnotation } from '../db/helpers';
import { renderApp } from '../helpers/render-app';
import { resetDb } from '../helpers/reset-db';

beforeEach(async () => {
  await resetDb();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function newTagForm() {
  return within(screen.getByRole('form', { name: 'New tag' }));
}

async function codebook() {
  return within(await screen.findByRole('table', { name: 'Codebook' }));
}

/** The table row whose header cell is the tag's name. */
async function rowOf(name: string) {
  const table = await codebook();
  const header = await table.findByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
}

async function renderTagsPage() {
  const view = renderApp('/tags');
  await screen.findByRole('heading', { level: 1, name: 'Tags' });
  return view;
}

describe('Tags page', () => {
  it('lists "Tags" in the main navigation and shows the empty state', async () => {
    const { user } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Tags' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tags' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Tags' })).toHaveAttribute('aria-current', 'page');
    const empty = await screen.findByText('No tags yet');
    expect(empty.closest('[role="status"]')).toHaveTextContent(/while annotating/);
  });

  it('creates a tag with the chosen colour, description, hotkey and a usage count of 0', async () => {
    const { user } = await renderTagsPage();
    const form = newTagForm();
    expect(form.getByRole('radio', { name: 'Yellow' })).toBeChecked();
    await user.type(form.getByRole('textbox', { name: 'Name' }), 'Framing');
    await user.click(form.getByRole('radio', { name: 'Blue' }));
    await user.type(
      form.getByRole('textbox', { name: 'Description (memo, Markdown)' }),
      'How the event is framed',
    );
    await user.type(form.getByRole('textbox', { name: 'Hotkey' }), 'f');
    await user.click(form.getByRole('button', { name: 'Create tag' }));

    const row = await rowOf('Framing');
    expect(row.getByText('How the event is framed')).toBeInTheDocument();
    expect(row.getByText('f').tagName).toBe('KBD');
    expect(await row.findByText('0 annotations')).toBeInTheDocument();
    expect(row.getByRole('button', { name: 'Edit Framing' })).toBeInTheDocument();
    expect(await tagsRepo.getByName('framing')).toMatchObject({
      color: '#bfdbfe',
      hotkey: 'f',
      parentId: null,
    });
    // The form is ready for the next tag, with the next free colour.
    expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    await waitFor(() => expect(form.getByRole('radio', { name: 'Yellow' })).toBeChecked());
  });

  it('counts the annotations that carry each tag', async () => {
    const tag = await tagsRepo.create({ name: 'Blame' });
    for (let i = 0; i < 3; i += 1)
      await annotationsRepo.create(makeAnnotation({ tagIds: [tag.id] }));
    await renderTagsPage();
    expect(await (await rowOf('Blame')).findByText('3 annotations')).toBeInTheDocument();
  });

  it('rejects a duplicate name in another case and writes nothing', async () => {
    await tagsRepo.create({ name: 'Framing' });
    const { user } = await renderTagsPage();
    await rowOf('Framing');
    const form = newTagForm();
    const name = form.getByRole('textbox', { name: 'Name' });
    await user.type(name, 'FRAMING');
    await user.click(form.getByRole('button', { name: 'Create tag' }));

    expect(await form.findByRole('alert')).toHaveTextContent(
      'A tag named "Framing" already exists.',
    );
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/already exists/);
    expect(name).toHaveFocus();
    expect(await tagsRepo.list()).toHaveLength(1);
    expect((await codebook()).getAllByRole('rowheader')).toHaveLength(1);
  });

  it('rejects an empty name and one over 60 characters', async () => {
    const { user } = await renderTagsPage();
    const form = newTagForm();
    await user.click(form.getByRole('button', { name: 'Create tag' }));
    expect(await form.findByRole('alert')).toHaveTextContent('A tag name cannot be empty.');
    await user.type(form.getByRole('textbox', { name: 'Name' }), 'x'.repeat(61));
    await user.click(form.getByRole('button', { name: 'Create tag' }));
    expect(await form.findByRole('alert')).toHaveTextContent('at most 60 characters');
    expect(await tagsRepo.list()).toHaveLength(0);
  });

  it('names the tag that already uses a hotkey', async () => {
    await tagsRepo.create({ name: 'Framing', hotkey: 'f' });
    const { user } = await renderTagsPage();
    await rowOf('Framing');
    const form = newTagForm();
    await user.type(form.getByRole('textbox', { name: 'Name' }), 'Fear');
    const hotkey = form.getByRole('textbox', { name: 'Hotkey' });
    await user.type(hotkey, 'F');
    await user.click(form.getByRole('button', { name: 'Create tag' }));

    expect(await form.findByRole('alert')).toHaveTextContent(
      'Hotkey "F" is already used by the tag "Framing".',
    );
    expect(hotkey).toHaveAttribute('aria-invalid', 'true');
    expect(hotkey).toHaveFocus();
    expect(await tagsRepo.getByName('Fear')).toBeUndefined();
  });

  it('rejects the reserved hotkey h', async () => {
    const { user } = await renderTagsPage();
    const form = newTagForm();
    await user.type(form.getByRole('textbox', { name: 'Name' }), 'Hope');
    await user.type(form.getByRole('textbox', { name: 'Hotkey' }), 'h');
    await user.click(form.getByRole('button', { name: 'Create tag' }));
    expect(await form.findByRole('alert')).toHaveTextContent(
      '"h" is reserved for a built-in shortcut.',
    );
    expect(await tagsRepo.list()).toHaveLength(0);
  });

  it('edits a tag inline: rename, recolour and place it under a parent', async () => {
    await tagsRepo.create({ name: 'Actors', color: '#fde68a' });
    await tagsRepo.create({ name: 'Lavrov', color: '#fde68a' });
    const { user } = await renderTagsPage();
    await user.click((await rowOf('Lavrov')).getByRole('button', { name: 'Edit Lavrov' }));

    const form = within(screen.getByRole('form', { name: 'Edit Lavrov' }));
    const name = form.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Sergei Lavrov');
    await user.click(form.getByRole('radio', { name: 'Pink' }));
    const parent = form.getByRole('combobox', { name: 'Parent tag' });
    expect(
      within(parent)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None (top level)', 'Actors']);
    await user.selectOptions(parent, 'Actors');
    await user.click(form.getByRole('button', { name: 'Save' }));

    const row = await rowOf('Sergei Lavrov');
    expect(row.getByRole('cell', { name: 'Actors' })).toBeInTheDocument();
    expect(row.getByRole('button', { name: 'Edit Sergei Lavrov' })).toHaveFocus();
    expect(screen.queryByRole('form', { name: 'Edit Lavrov' })).not.toBeInTheDocument();
    const stored = await tagsRepo.getByName('sergei lavrov');
    const actors = await tagsRepo.getByName('Actors');
    expect(stored).toMatchObject({ color: '#fbcfe8', parentId: actors?.id });
    // The sub-tag is listed right under its parent.
    const headers = (await codebook()).getAllByRole('rowheader').map((h) => h.textContent);
    expect(headers).toEqual(['Actors', '↳Sergei Lavrov']);
  });

  it('cancels an edit with Escape and keeps the tag as it was', async () => {
    await tagsRepo.create({ name: 'Framing', hotkey: 'f' });
    const { user } = await renderTagsPage();
    await user.click((await rowOf('Framing')).getByRole('button', { name: 'Edit Framing' }));
    const form = within(screen.getByRole('form', { name: 'Edit Framing' }));
    await user.type(form.getByRole('textbox', { name: 'Name' }), ' changed');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('form', { name: 'Edit Framing' })).not.toBeInTheDocument();
    expect((await rowOf('Framing')).getByRole('button', { name: 'Edit Framing' })).toHaveFocus();
    expect((await tagsRepo.list()).map((tag) => tag.name)).toEqual(['Framing']);
  });

  it('refuses a rename onto another tag in the edit form', async () => {
    await tagsRepo.create({ name: 'Framing' });
    await tagsRepo.create({ name: 'Fear' });
    const { user } = await renderTagsPage();
    await user.click((await rowOf('Fear')).getByRole('button', { name: 'Edit Fear' }));
    const form = within(screen.getByRole('form', { name: 'Edit Fear' }));
    const name = form.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'framing');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(await form.findByRole('alert')).toHaveTextContent(
      'A tag named "Framing" already exists.',
    );
    expect((await tagsRepo.list()).map((tag) => tag.name)).toEqual(['Fear', 'Framing']);
  });

  it('shows a script-like name as plain text', async () => {
    const { user } = await renderTagsPage();
    const script = '<img src=x onerror=alert(1)>';
    await user.type(newTagForm().getByRole('textbox', { name: 'Name' }), script);
    await user.click(newTagForm().getByRole('button', { name: 'Create tag' }));

    const row = await rowOf(script);
    expect(row.getByRole('button', { name: `Edit ${script}` })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Codebook' }).querySelector('img')).toBeNull();
  });
});
