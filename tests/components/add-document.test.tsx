import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo, memosRepo } from '../../src/db';
import { setsRepo } from '../../src/db/sets-repo';
import { makeAnnotation } from '../db/helpers';
import { renderApp } from '../helpers/render-app';
import { corpusFixtureText } from '../domain/corpus-import/fixture';

afterEach(() => {
  vi.unstubAllGlobals();
});

// A textarea gives its text with \n line breaks whatever was pasted; files keep theirs (below).
const pasted = 'Notes on the Moscow talks\nLavrov and Kerry met for hours.\nNothing was agreed.\n';
const pastedTitle = 'Notes on the Moscow talks';

async function articleLinks(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'Articles' });
  return within(list)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

async function openAddDialog(user: ReturnType<typeof renderApp>['user']) {
  await articleLinks();
  await user.click(screen.getByRole('button', { name: 'Add document' }));
  // The dialog's code loads on first use.
  return screen.findByRole('dialog', { name: 'Add document' });
}

async function addPasted(user: ReturnType<typeof renderApp>['user'], text = pasted) {
  const dialog = await openAddDialog(user);
  await user.click(within(dialog).getByRole('textbox', { name: 'Text' }));
  await user.paste(text);
  await user.click(within(dialog).getByRole('button', { name: 'Add' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

/** The reader's paragraphs are slices of the text exactly as stored: offsets point into it. */
function expectParagraphsOf(article: HTMLElement, text: string) {
  const paragraphs = Array.from(article.querySelectorAll<HTMLElement>('[data-offset]'));
  expect(paragraphs.length).toBeGreaterThanOrEqual(2);
  for (const paragraph of paragraphs) {
    const start = Number(paragraph.dataset.offset);
    const content = paragraph.textContent ?? '';
    expect(text.slice(start, start + content.length)).toBe(content);
  }
  expect(paragraphs.map((p) => p.textContent).join('')).toBe(text.replace(/\r?\n/g, ''));
}

function textFile(
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
  type = 'text/plain',
): File {
  return new File([content], name, { type });
}

describe('Your own documents', () => {
  it('adds pasted text as a document named by its first line, which opens in the reader', async () => {
    const { user } = renderApp('/');
    await addPasted(user);

    const link = await screen.findByRole('link', { name: pastedTitle });
    expect(await articleLinks()).toHaveLength(6);
    const card = link.closest('li') as HTMLElement;
    expect(within(card).getByText('Your document')).toBeInTheDocument();
    expect(within(card).getByText('Unknown outlet')).toBeInTheDocument();

    await user.click(link);
    const heading = await screen.findByRole('heading', { level: 1, name: pastedTitle });
    expect(heading).toHaveTextContent(pastedTitle);
    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('lang', 'en');
    expectParagraphsOf(article, pasted);
    // The library walks on from the last seed to the user's documents.
    const more = screen.getByRole('navigation', { name: 'More articles' });
    expect(within(more).getByRole('link', { name: /Previous article/ })).toHaveAttribute(
      'href',
      '/articles/004_d3ebd397d2656eba',
    );
    expect(within(more).queryByRole('link', { name: /Next article/ })).not.toBeInTheDocument();
  });

  it('adds several uploaded files at once, keeping their \\r\\n line breaks', async () => {
    const crlf =
      'Kerry arrives in Moscow\r\nHe met Lavrov on Monday.\r\n\r\nThey spoke for hours.\r\n';
    const { user } = renderApp('/');
    const dialog = await openAddDialog(user);
    await user.upload(within(dialog).getByLabelText('Upload files'), [
      textFile('first.txt', crlf),
      textFile(
        'second.md',
        '# Press reactions\n\nThe French press was sceptical.\n',
        'text/markdown',
      ),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(
      await screen.findByRole('link', { name: 'Kerry arrives in Moscow' }),
    ).toBeInTheDocument();
    // A Markdown heading is a title without its "# ".
    expect(screen.getByRole('link', { name: 'Press reactions' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await articleLinks()).toHaveLength(7);
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
      'Added 2 documents.',
    );

    await user.click(screen.getByRole('link', { name: 'Kerry arrives in Moscow' }));
    await screen.findByRole('heading', { level: 1, name: 'Kerry arrives in Moscow' });
    expectParagraphsOf(screen.getByRole('article'), crlf);
    const more = screen.getByRole('navigation', { name: 'More articles' });
    expect(within(more).getByRole('link', { name: /Next article/ })).toHaveTextContent(
      'Press reactions',
    );
  });

  it('refuses a binary file with an alert naming it, and adds nothing', async () => {
    const { user } = renderApp('/');
    const dialog = await openAddDialog(user);
    await user.upload(within(dialog).getByLabelText('Upload files'), [
      textFile('fine.txt', 'A perfectly good text\nWith a body.\n'),
      textFile('data.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was added');
    expect(alert).toHaveTextContent('data.txt looks like a binary file, not text');
    expect(alert).not.toHaveTextContent('fine.txt');
    expect(screen.getByRole('dialog', { name: 'Add document' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add document' })).toHaveFocus();
    expect(await articleLinks()).toHaveLength(5);
  });

  it('refuses a file over 5 MB, saying its size', async () => {
    const { user } = renderApp('/');
    const dialog = await openAddDialog(user);
    await user.upload(
      within(dialog).getByLabelText('Upload files'),
      textFile('notes.txt', new Uint8Array(6_100_000).fill(0x61)),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'notes.txt is 6.1 MB; documents are limited to 5 MB.',
    );
  });

  it('asks for something to add when the dialog is empty', async () => {
    const { user } = renderApp('/');
    const dialog = await openAddDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Paste some text or choose files to add.',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks before deleting a document, saying how many annotations go with it, and Undo brings it all back', async () => {
    const { user } = renderApp('/');
    await addPasted(user);
    const link = await screen.findByRole('link', { name: pastedTitle });
    const articleId = decodeURIComponent(link.getAttribute('href')?.split('/').pop() ?? '');
    await annotationsRepo.create(makeAnnotation({ articleId }));
    await annotationsRepo.create(makeAnnotation({ articleId }));
    await memosRepo.set(articleId, 'My memo');
    const week = await setsRepo.create('Week 1', ['000_a', articleId]);
    const card = link.closest('li') as HTMLElement;
    await within(card).findByText('2 annotations');

    await user.click(screen.getByRole('button', { name: `Delete ${pastedTitle}` }));
    let question = await screen.findByRole('alertdialog', { name: 'Delete document?' });
    expect(question).toHaveTextContent(`“${pastedTitle}” will be deleted from your library.`);
    await waitFor(() =>
      expect(question).toHaveTextContent('Its 2 annotations and its memo will be deleted with it.'),
    );
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Delete ${pastedTitle}` })).toHaveFocus();
    expect(screen.getByRole('link', { name: pastedTitle })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Delete ${pastedTitle}` }));
    question = await screen.findByRole('alertdialog', { name: 'Delete document?' });
    await user.click(within(question).getByRole('button', { name: 'Delete' }));

    await waitFor(() =>
      expect(screen.queryByRole('link', { name: pastedTitle })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await articleLinks()).toHaveLength(5);
    expect(await annotationsRepo.listByArticle(articleId)).toEqual([]);
    expect(await memosRepo.get(articleId)).toBeUndefined();
    const notifications = screen.getByRole('status', { name: 'Notifications' });
    expect(notifications).toHaveTextContent(`Deleted “${pastedTitle}” and 2 annotations.`);
    expect((await setsRepo.list())[0]?.articleIds).toEqual(['000_a']);

    // Undo puts it all back, its place in the set included.
    await user.click(within(notifications).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: pastedTitle })).toBeInTheDocument();
    await waitFor(async () =>
      expect((await setsRepo.list())[0]).toEqual({ ...week, articleIds: ['000_a', articleId] }),
    );
    expect(await annotationsRepo.listByArticle(articleId)).toHaveLength(2);
    expect((await memosRepo.get(articleId))?.text).toBe('My memo');
  });

  it('adds a pasted web page as its article, with the outlet, date and author the page gives', async () => {
    const { user } = renderApp('/');
    const dialog = await openAddDialog(user);
    await user.click(within(dialog).getByRole('textbox', { name: 'Text' }));
    await user.paste(corpusFixtureText('saved-page.html'));
    const asPage = within(dialog).getByRole('checkbox', { name: /This is a web page’s HTML/ });
    expect(asPage).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await user.click(
      await screen.findByRole('link', { name: 'Kerry, Lavrov agree to keep talking' }),
    );
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Kerry, Lavrov agree to keep talking',
    );
    expect(article).toHaveTextContent('The Daily Example');
    expect(article).toHaveTextContent('2 Nov 2016');
    // The credit under the headline is the byline: named once, in the line under the title.
    expect(within(article).getAllByText(/Sam Writer/)).toHaveLength(1);
    expect(article).toHaveAttribute('lang', 'en-GB');
    // The page's markup and navigation are gone; its paragraphs are the text.
    expect(article).not.toHaveTextContent('<p>');
    expect(article).not.toHaveTextContent('Sport');
    expect(article).toHaveTextContent('agreed on Wednesday to keep talking about a ceasefire');
  });

  it('keeps pasted HTML as text when the user says it is not a page', async () => {
    const { user } = renderApp('/');
    const dialog = await openAddDialog(user);
    await user.click(within(dialog).getByRole('textbox', { name: 'Text' }));
    await user.paste('Tags in a tutorial\n<p>one</p> <p>two</p> <p>three</p>\n');
    await user.click(within(dialog).getByRole('checkbox', { name: /This is a web page’s HTML/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await user.click(await screen.findByRole('link', { name: 'Tags in a tutorial' }));
    expect(await screen.findByRole('article')).toHaveTextContent('<p>one</p> <p>two</p>');
  });

  it('says so when pasted HTML holds no article, and adds nothing', async () => {
    const { user } = renderApp('/');
    const dialog = await openAddDialog(user);
    await user.click(within(dialog).getByRole('textbox', { name: 'Text' }));
    await user.paste('<!doctype html><html><body><div></div></body></html>');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The pasted HTML holds no readable article text',
    );
    expect(await articleLinks()).toHaveLength(5);
  });

  it('shows no delete button on bundled articles', async () => {
    renderApp('/');
    await articleLinks();
    expect(screen.queryByRole('button', { name: /^Delete / })).not.toBeInTheDocument();
    expect(screen.queryByText('Your document')).not.toBeInTheDocument();
    // Their details can still be edited (as overrides), from the card's own footer.
    expect(screen.getAllByText('Bundled with Gloss')).toHaveLength(5);
    expect(screen.getAllByRole('button', { name: /^Edit details of / })).toHaveLength(5);
  });
});
