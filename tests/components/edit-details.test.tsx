import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articlesRepo } from '../../src/db';
import { buildImportedDocument } from '../../src/domain/corpus-import/build-document';
import { textDraft } from '../../src/domain/corpus-import/draft';
import { renderApp } from '../helpers/render-app';

async function storeDocument() {
  const text = 'Ceasefire talks resume\r\nThe ministers met again on Thursday.\r\n';
  const record = await buildImportedDocument(
    textDraft(text, 'talks.txt'),
    new Date('2026-01-01T00:00:00Z'),
    'doc-talks',
  );
  await articlesRepo.add(record);
  return record;
}

describe('Edit details', () => {
  it('sets the outlet, date, language and URL of an imported article, and refuses a bad date', async () => {
    const record = await storeDocument();
    const { user } = renderApp('/');
    const list = await screen.findByRole('list', { name: 'Articles' });
    await user.click(
      await within(list).findByRole('button', { name: 'Edit details of Ceasefire talks resume' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit details' });
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Ceasefire talks resume',
    );

    await user.type(within(dialog).getByRole('textbox', { name: 'Outlet' }), 'Reuters');
    await user.type(within(dialog).getByRole('textbox', { name: /^Date/ }), 'last week');
    const language = within(dialog).getByRole('textbox', { name: /^Language/ });
    await user.clear(language);
    await user.type(language, 'en_GB');
    await user.type(within(dialog).getByRole('textbox', { name: 'URL' }), 'javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    expect(
      await within(dialog).findByText(/“last week” is not a date Gloss can read/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Give a web address starting with http:// or https://.'),
    ).toBeInTheDocument();
    expect((await articlesRepo.get(record.id))?.source).toBeNull();

    const date = within(dialog).getByRole('textbox', { name: /^Date/ });
    await user.clear(date);
    await user.type(date, '03 Nov 2016');
    const url = within(dialog).getByRole('textbox', { name: 'URL' });
    await user.clear(url);
    await user.type(url, 'https://example.com/talks');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const stored = await articlesRepo.get(record.id);
    expect(stored).toMatchObject({
      source: 'Reuters',
      date: '2016-11-03',
      language: 'en-GB',
      url: 'https://example.com/talks',
    });
    expect(stored?.text).toBe(record.text);
    const card = (
      await within(list).findByRole('link', { name: 'Ceasefire talks resume' })
    ).closest('article')!;
    await waitFor(() => expect(card).toHaveTextContent('Reuters'));
  });
});
