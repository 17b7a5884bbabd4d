import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articlesRepo } from '../../src/db';
import { corpusFixture } from '../domain/corpus-import/fixture';
import { renderApp } from '../helpers/render-app';

function fixtureFile(name: string, type = 'text/plain'): File {
  return new File([corpusFixture(name).slice()], name, { type });
}

async function openImport(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('list', { name: 'Articles' });
  await user.click(screen.getByRole('button', { name: 'Import articles' }));
  return screen.findByRole('dialog', { name: 'Import articles' });
}

describe('Import articles', () => {
  it('maps the columns of a CSV, previews problems and imports the rows with their outlets', async () => {
    const { user } = renderApp('/');
    const dialog = await openImport(user);
    await user.upload(
      within(dialog).getByLabelText('Files'),
      fixtureFile('export.csv', 'text/csv'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));

    // The guesses for a typical export, changeable in the mapping step.
    const text = await within(dialog).findByRole('combobox', { name: 'Text' });
    expect(text).toHaveValue('body');
    expect(within(dialog).getByRole('combobox', { name: 'Title' })).toHaveValue('headline');
    expect(within(dialog).getByRole('combobox', { name: 'Outlet' })).toHaveValue('media_name');
    expect(within(dialog).getByRole('combobox', { name: 'Date' })).toHaveValue('publish_date');
    expect(within(dialog).getByRole('combobox', { name: 'Language' })).toHaveValue('language');
    expect(within(dialog).getByRole('combobox', { name: 'URL' })).toHaveValue('url');
    expect(within(dialog).getByRole('combobox', { name: 'Author' })).toHaveValue('author');
    expect(
      within(dialog).getByRole('table', { name: 'First rows of export.csv' }),
    ).toHaveTextContent('Kerry and Lavrov meet');
    await user.click(within(dialog).getByRole('checkbox', { name: 'section' }));
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));

    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(preview).toHaveTextContent('3 new articles to import.');
    expect(preview).toHaveTextContent(
      'Row 4: its date “sometime last week” is not a date Gloss can read.',
    );
    expect(preview).toHaveTextContent('Row 5: its “body” cell is empty.');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const list = screen.getByRole('list', { name: 'Articles' });
    const card = (await within(list).findByRole('link', { name: 'Rencontre à Genève' })).closest(
      'article',
    )!;
    expect(card).toHaveTextContent('Le Monde');
    const stored = await articlesRepo.list();
    expect(stored.map((record) => record.source)).toEqual(['Reuters', 'TASS', 'Le Monde']);
    expect(await articlesRepo.get(stored[0]!.id)).toMatchObject({
      url: 'https://example.com/a',
      byline: 'Jane Doe',
      date: '2016-11-02',
      metadata: [{ key: 'section', value: 'World' }],
      text: 'Kerry and Lavrov met in Geneva on Wednesday.\r\nThey discussed a ceasefire in Aleppo.',
    });
  });

  it('imports text files in their encodings and a saved web page, and skips a duplicate by name', async () => {
    const { user } = renderApp('/');
    let dialog = await openImport(user);
    await user.upload(within(dialog).getByLabelText('Files'), [
      fixtureFile('windows-1252.txt'),
      fixtureFile('utf-16le-bom.txt'),
      fixtureFile('saved-page.html', 'text/html'),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(await within(dialog).findByRole('region', { name: 'Import preview' })).toHaveTextContent(
      '3 new articles to import.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const stored = await articlesRepo.list();
    const texts = await Promise.all(stored.map((record) => articlesRepo.getText(record.id)));
    expect(texts.map((text) => text?.slice(0, 20))).toEqual([
      'Le ministre a déclar',
      'Lavrov and Kerry met',
      'Kerry, Lavrov agree ',
    ]);
    expect(stored[2]).toMatchObject({
      source: 'The Daily Example',
      language: 'en-GB',
      url: 'https://daily.example.com/world/kerry-lavrov',
    });

    dialog = await openImport(user);
    await user.upload(within(dialog).getByLabelText('Files'), fixtureFile('utf-16le-bom.txt'));
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(preview).toHaveTextContent('No new articles to import.');
    expect(preview).toHaveTextContent(
      'utf-16le-bom.txt: same text as “Lavrov and Kerry met in Geneva” in the library',
    );
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('asks for files before going on', async () => {
    const { user } = renderApp('/');
    const dialog = await openImport(user);
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Choose files, a folder or a .zip to import.',
    );
  });
});
