import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo, tagsRepo } from '../../src/db';
import { renderApp, seedText } from '../helpers/render-app';
import {
  domPoint,
  markedText,
  nextFrame,
  marksOf,
  paintedIds,
  seedAnnotation,
  selectQuote,
  settle,
  waitForMarks,
} from '../helpers/reader-dom';

afterEach(() => {
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
});

const frenchId = '001_7385e71a292b6180';
const french = seedText(frenchId);
const sentence =
  'Le chef de la diplomatie russe Serguei Lavrov a jugé «inutile » le recours à la force';

async function openFrench(path = `/articles/${frenchId}`) {
  const app = renderApp(path);
  await screen.findByRole('heading', { level: 1 });
  return app;
}

function sidebar() {
  return screen.getByRole('complementary', { name: 'Annotations' });
}

/** The sidebar's list of placed annotations (not the editor's tag chips). */
function entries(): HTMLElement[] {
  const list = within(sidebar()).queryByRole('list', { name: /^\d+ annotations?$/ });
  return list ? within(list).getAllByRole('listitem') : [];
}

function entry(): HTMLElement {
  const all = entries();
  expect(all).toHaveLength(1);
  return all[0] as HTMLElement;
}

function editor() {
  return screen.getByRole('region', { name: 'Annotation' });
}

/** Selects `quote` and presses the toolbar's "Highlight"; returns the new annotation's id. */
async function highlight(user: ReturnType<typeof renderApp>['user'], quote: string) {
  const before = new Set(paintedIds());
  await selectQuote(french, quote);
  const toolbar = await screen.findByRole('toolbar', { name: 'Annotate selection' });
  await user.click(within(toolbar).getByRole('button', { name: /^Highlight/ }));
  let id = '';
  await waitFor(() => {
    const added = paintedIds().filter((candidate) => !before.has(candidate));
    expect(added).toHaveLength(1);
    id = added[0] as string;
  });
  // The mark paints before the write commits; the editor opens once it has.
  await screen.findByRole('region', { name: 'Annotation' }, { timeout: 15_000 });
  return id;
}

describe('Creating a highlight', () => {
  it('offers the toolbar for a selection and paints the highlight, opens the editor and lists it', async () => {
    await tagsRepo.create({ name: 'Russia' });
    const { user } = await openFrench();

    expect(screen.queryByRole('toolbar', { name: 'Annotate selection' })).not.toBeInTheDocument();
    await selectQuote(french, sentence);
    const toolbar = await screen.findByRole('toolbar', { name: 'Annotate selection' });
    expect(within(toolbar).getByRole('button', { name: /^Highlight/ })).toBeInTheDocument();
    expect(within(toolbar).getByRole('button', { name: /Russia/ })).toBeInTheDocument();

    await user.click(within(toolbar).getByRole('button', { name: /^Highlight/ }));
    await waitForMarks(1);
    const [id] = paintedIds() as [string];
    expect(markedText(id)).toBe(sentence);
    expect(marksOf(id)[0]).toHaveAttribute('title', 'Highlight (no tags)');
    // Painted at once; the toolbar goes once the highlight is saved.
    await waitFor(() =>
      expect(screen.queryByRole('toolbar', { name: 'Annotate selection' })).not.toBeInTheDocument(),
    );

    // The editor opens with the quote, focused on Tags so the reader can tag straight away.
    const region = await screen.findByRole('region', { name: 'Annotation' });
    expect(within(region).getByText(sentence)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(region).getByRole('combobox', { name: 'Tags' })).toHaveFocus(),
    );

    const items = entries();
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(sentence);

    const stored = await annotationsRepo.listByArticle(frenchId);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.ranges[0]).toMatchObject({
      start: french.indexOf(sentence),
      end: french.indexOf(sentence) + sentence.length,
      exact: sentence,
    });
  });

  it('highlights and tags at once with a tag button in the toolbar', async () => {
    const russia = await tagsRepo.create({ name: 'Russia' });
    const { user } = await openFrench();
    await selectQuote(french, 'Serguei Lavrov');
    const toolbar = await screen.findByRole('toolbar', { name: 'Annotate selection' });
    await user.click(within(toolbar).getByRole('button', { name: /Russia/ }));
    await waitForMarks(1);
    const [id] = paintedIds() as [string];
    expect(marksOf(id)[0]).toHaveAttribute('title', 'Highlight: Russia');
    expect(await annotationsRepo.get(id)).toMatchObject({ tagIds: [russia.id] });
    expect(entry()).toHaveTextContent('Russia');
  });

  it('offers nothing for a whitespace-only selection', async () => {
    await openFrench();
    const gap = french.indexOf('\n\n');
    // From the end of the headline to the start of the next line: only newlines in between.
    const from = domPoint(gap, 'end');
    const to = domPoint(gap + 2, 'start');
    document.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    document.dispatchEvent(new Event('selectionchange'));
    await nextFrame();
    expect(document.getSelection()?.isCollapsed).toBe(false);
    expect(screen.queryByRole('toolbar', { name: 'Annotate selection' })).not.toBeInTheDocument();
  });
});

describe('Keyboard', () => {
  it('highlights with h, tags with a hotkey, moves with j/k and closes with Escape', async () => {
    const diplomacy = await tagsRepo.create({ name: 'Diplomacy', hotkey: 'd' });
    const { user } = await openFrench();
    await selectQuote(french, 'Serguei Lavrov');
    await screen.findByRole('toolbar', { name: 'Annotate selection' });
    await user.keyboard('h');
    await waitForMarks(1);
    const [plain] = paintedIds() as [string];
    expect(markedText(plain)).toBe('Serguei Lavrov');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Annotation' })).not.toBeInTheDocument();

    await selectQuote(french, 'John Kerry');
    await screen.findByRole('toolbar', { name: 'Annotate selection' });
    await user.keyboard('d');
    await waitForMarks(2);
    const tagged = paintedIds().find((id) => id !== plain) as string;
    expect(markedText(tagged)).toBe('John Kerry');
    expect(marksOf(tagged)[0]).toHaveAttribute('title', 'Highlight: Diplomacy');
    expect(await annotationsRepo.get(tagged)).toMatchObject({ tagIds: [diplomacy.id] });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Annotation' })).not.toBeInTheDocument();
    (document.activeElement as HTMLElement | null)?.blur();

    await user.keyboard('j');
    await waitFor(() => expect(marksOf(plain)[0]).toHaveFocus());
    expect(within(editor()).getByText('Serguei Lavrov')).toBeInTheDocument();
    await user.keyboard('j');
    await waitFor(() => expect(marksOf(tagged)[0]).toHaveFocus());
    await user.keyboard('k');
    await waitFor(() => expect(marksOf(plain)[0]).toHaveFocus());
    // Tab from the focused highlight goes into its editor, before the links after the text.
    await user.tab();
    expect(within(editor()).getByRole('combobox', { name: 'Tags' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(marksOf(plain)[0]).toHaveFocus());

    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });
});

describe('Tags in the editor', () => {
  it('creates a new tag with Enter, autocompletes existing ones and removes the last with Backspace', async () => {
    await tagsRepo.create({ name: 'Russia' });
    const { user } = await openFrench();
    await highlight(user, sentence);
    const tags = within(editor()).getByRole('combobox', { name: 'Tags' });

    await user.type(tags, 'cessez-le-feu{Enter}');
    const chips = await within(editor()).findByRole('list', { name: 'Tags on this annotation' });
    await within(chips).findByText('cessez-le-feu');
    await waitFor(async () =>
      expect((await tagsRepo.list()).map((t) => t.name)).toContain('cessez-le-feu'),
    );

    await user.type(tags, 'russ');
    const listbox = within(editor()).getByRole('listbox', { name: 'Matching tags' });
    expect(within(listbox).getByRole('option', { name: /Russia/ })).toBeInTheDocument();
    expect(tags).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        within(editor()).getByRole('list', { name: 'Tags on this annotation' }),
      ).toHaveTextContent(/cessez-le-feu.*Russia/),
    );
    expect(await tagsRepo.list()).toHaveLength(2);
    await waitFor(() => expect(entry()).toHaveTextContent(/cessez-le-feu.*Russia/));

    expect(tags).toHaveValue('');
    await user.type(tags, '{Backspace}');
    await waitFor(() =>
      expect(
        within(editor()).getByRole('list', { name: 'Tags on this annotation' }),
      ).not.toHaveTextContent('Russia'),
    );
    expect(
      within(editor()).getByRole('list', { name: 'Tags on this annotation' }),
    ).toHaveTextContent('cessez-le-feu');
    // The tag leaves the annotation, not the codebook.
    expect(await tagsRepo.list()).toHaveLength(2);
  });

  it('shows a script tag name and an HTML note as literal text', async () => {
    const { user } = await openFrench();
    const id = await highlight(user, sentence);
    const tagName = '<script>alert(1)</script>';
    const note = '<img src=x onerror=alert(1)>';

    await user.type(within(editor()).getByRole('combobox', { name: 'Tags' }), `${tagName}{Enter}`);
    await within(editor()).findByText(tagName);
    await user.type(within(editor()).getByRole('textbox', { name: 'Note' }), note);
    await waitFor(() => expect(within(editor()).getByRole('status')).toHaveTextContent('Saved'));

    const item = entry();
    await waitFor(() => expect(item).toHaveTextContent(note));
    expect(item).toHaveTextContent(tagName);
    expect(marksOf(id)[0]).toHaveAttribute('title', `Highlight: ${tagName}`);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getByRole('main').querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
    expect(within(editor()).getByRole('textbox', { name: 'Note' })).toHaveValue(note);
    expect((await annotationsRepo.get(id))?.note).toBe(note);
  });
});

describe('Note autosave', () => {
  it('saves a note on its own and says "Saved"', async () => {
    const { user } = await openFrench();
    const id = await highlight(user, sentence);
    const status = within(editor()).getByRole('status');
    expect(status).toHaveTextContent('Saved');
    await user.type(within(editor()).getByRole('textbox', { name: 'Note' }), 'Compare with TASS.');
    expect(status).toHaveTextContent(/Editing…|Saving…/);
    await waitFor(() => expect(status).toHaveTextContent('Saved'), { timeout: 3000 });
    expect((await annotationsRepo.get(id))?.note).toBe('Compare with TASS.');
    await waitFor(() => expect(entry()).toHaveTextContent('Compare with TASS.'));
  });

  it('keeps a note typed just before the editor is closed', async () => {
    const { user } = await openFrench();
    const id = await highlight(user, sentence);
    const region = editor();
    // Paste-like input: no blur, no debounce delay before Close.
    const noteBox = within(region).getByRole('textbox', { name: 'Note' });
    await user.click(noteBox);
    await user.paste('Written in a hurry');
    expect(within(region).getByRole('status')).toHaveTextContent('Editing…');
    await user.click(within(region).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Annotation' })).not.toBeInTheDocument();
    await waitFor(async () =>
      expect((await annotationsRepo.get(id))?.note).toBe('Written in a hurry'),
    );
    await waitFor(() => expect(entry()).toHaveTextContent('Written in a hurry'));
  });

  it('keeps a note when another highlight is opened from the sidebar', async () => {
    const { user } = await openFrench();
    const first = await highlight(user, sentence);
    await highlight(user, 'Moscou');
    await user.click(
      within(sidebar()).getAllByRole('button', {
        name: /Le chef de la diplomatie/,
      })[0] as HTMLElement,
    );
    await waitFor(() => expect(within(editor()).getByText(sentence)).toBeInTheDocument());
    const noteBox = within(editor()).getByRole('textbox', { name: 'Note' });
    noteBox.focus();
    await user.paste('First thoughts');
    // Activating the other highlight from the sidebar swaps the editor (unmount, then mount).
    await user.click(within(sidebar()).getByRole('button', { name: /^“Moscou”/ }));
    await waitFor(async () =>
      expect((await annotationsRepo.get(first))?.note).toBe('First thoughts'),
    );
  });

  it('keeps a pending note when Escape closes the editor (flush on unmount)', async () => {
    const { user } = await openFrench();
    const id = await highlight(user, sentence);
    const noteBox = within(editor()).getByRole('textbox', { name: 'Note' });
    await user.click(noteBox);
    await user.paste('Escaped');
    expect(within(editor()).getByRole('status')).toHaveTextContent('Editing…');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Annotation' })).not.toBeInTheDocument();
    await waitFor(async () => expect((await annotationsRepo.get(id))?.note).toBe('Escaped'));
  });
});

describe('Undo and redo', () => {
  it('undoes and redoes a new highlight with the buttons and the keyboard', async () => {
    const { user } = await openFrench();
    const main = screen.getByRole('main');
    const undo = within(main).getByRole('button', { name: 'Undo' });
    const redo = within(main).getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    const id = await highlight(user, sentence);

    await user.click(undo);
    await waitFor(() => expect(marksOf(id)).toHaveLength(0));
    expect(await annotationsRepo.get(id)).toBeUndefined();
    await user.click(redo);
    await waitFor(() => expect(markedText(id)).toBe(sentence));

    // Keyboard, with focus on the page rather than in a field.
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(marksOf(id)).toHaveLength(0));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(markedText(id)).toBe(sentence));
    expect(await annotationsRepo.get(id)).toMatchObject({ ranges: [{ exact: sentence }] });
  });

  it('undoes a note edit', async () => {
    const { user } = await openFrench();
    const id = await highlight(user, sentence);
    await user.type(within(editor()).getByRole('textbox', { name: 'Note' }), 'First');
    await waitFor(() => expect(within(editor()).getByRole('status')).toHaveTextContent('Saved'));
    await waitFor(async () => expect((await annotationsRepo.get(id))?.note).toBe('First'));
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await annotationsRepo.get(id))?.note).toBe(''));
    await waitFor(() =>
      expect(within(editor()).getByRole('textbox', { name: 'Note' })).toHaveValue(''),
    );
  });

  it('deletes with "Delete annotation" and restores from the toast\'s Undo', async () => {
    const { user } = await openFrench();
    const id = await highlight(user, sentence);
    await user.type(within(editor()).getByRole('textbox', { name: 'Note' }), 'keep me');
    await waitFor(() => expect(within(editor()).getByRole('status')).toHaveTextContent('Saved'));

    await user.click(within(editor()).getByRole('button', { name: 'Delete annotation' }));
    await waitFor(() => expect(marksOf(id)).toHaveLength(0));
    expect(screen.queryByRole('region', { name: 'Annotation' })).not.toBeInTheDocument();
    expect(entries()).toHaveLength(0);
    const message = await screen.findByText('Annotation deleted.');
    const toast = message.parentElement as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(markedText(id)).toBe(sentence));
    expect(await annotationsRepo.get(id)).toMatchObject({ note: 'keep me' });
    expect(entry()).toHaveTextContent('keep me');
  });
});

describe('Overlapping highlights', () => {
  const outer = sentence;
  const inner = 'Lavrov a jugé «inutile » le recours à la force pour régler la crise';
  const shared = 'Lavrov a jugé «inutile » le recours à la force';

  it('keeps every layer visible where tagged highlights overlap, and names each tag', async () => {
    const pink = await tagsRepo.create({ name: 'Blame', color: '#fbcfe8' });
    const orange = await tagsRepo.create({ name: 'Diplomatie', color: '#fed7aa' });
    const start = (quote: string) => french.indexOf(quote);
    const a = await seedAnnotation({
      articleId: frenchId,
      text: french,
      start: start(outer),
      end: start(outer) + outer.length,
      tagIds: [pink.id],
    });
    const b = await seedAnnotation({
      articleId: frenchId,
      text: french,
      start: start(inner),
      end: start(inner) + inner.length,
      tagIds: [orange.id],
    });
    await openFrench();
    await waitForMarks(2);
    const overlap = document.querySelector<HTMLElement>(
      `mark[data-annotation-id="${a.id}"] mark[data-annotation-id="${b.id}"]`,
    );
    expect(overlap).toHaveTextContent(shared);
    const layers = overlap?.style.getPropertyValue('--mark-layers') ?? '';
    expect(layers).toContain('#fbcfe8');
    expect(layers).toContain('#fed7aa');
    expect(overlap).toHaveAttribute('title', 'Highlight: Blame; Highlight: Diplomatie');
    // Where only the outer one covers the text, it is painted alone.
    const outerOnly = document.querySelector<HTMLElement>(`mark[data-annotation-id="${a.id}"]`);
    expect(outerOnly?.style.getPropertyValue('--mark-layers')).toBe('');
    expect(outerOnly).toHaveAttribute('title', 'Highlight: Blame');
  });

  it('nests overlapping highlights, lists both and lets a click on shared text choose', async () => {
    const text = french;
    const a = await seedAnnotation({
      articleId: frenchId,
      text,
      start: text.indexOf(outer),
      end: text.indexOf(outer) + outer.length,
      note: 'first',
    });
    const b = await seedAnnotation({
      articleId: frenchId,
      text,
      start: text.indexOf(inner),
      end: text.indexOf(inner) + inner.length,
      note: 'second',
    });
    const { user } = await openFrench();
    await waitForMarks(2);
    expect(markedText(a.id)).toBe(outer);
    expect(markedText(b.id)).toBe(inner);
    const nested = document.querySelector(
      `mark[data-annotation-id="${a.id}"] mark[data-annotation-id="${b.id}"]`,
    );
    expect(nested).toHaveTextContent(shared);
    expect(entries()).toHaveLength(2);

    await user.click(nested as HTMLElement);
    const chooser = await screen.findByRole('dialog', { name: 'Choose a highlight' });
    const options = within(chooser)
      .getAllByRole('button')
      .filter((button) => button.textContent !== 'Cancel');
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveTextContent('Untagged: “Le chef de la diplomatie');
    expect(options[1]).toHaveTextContent('Untagged: “Lavrov a jugé');
    expect(options[0]).toHaveFocus();

    await user.click(options[1] as HTMLElement);
    expect(screen.queryByRole('dialog', { name: 'Choose a highlight' })).not.toBeInTheDocument();
    const region = await screen.findByRole('region', { name: 'Annotation' });
    expect(within(region).getByRole('textbox', { name: 'Note' })).toHaveValue('second');

    // A click on text covered by one highlight opens it directly.
    const onlyOuter = marksOf(a.id)[0]?.firstChild;
    expect(onlyOuter?.textContent).toBe('Le chef de la diplomatie russe Serguei ');
    await user.click(marksOf(a.id)[0] as HTMLElement);
    await waitFor(() =>
      expect(within(editor()).getByRole('textbox', { name: 'Note' })).toHaveValue('first'),
    );
  });

  it('creates an overlapping highlight from the UI without merging it', async () => {
    const { user } = await openFrench();
    const first = await highlight(user, outer);
    const second = await highlight(user, inner);
    expect(first).not.toBe(second);
    expect(markedText(first)).toBe(outer);
    expect(markedText(second)).toBe(inner);
    expect(await annotationsRepo.listByArticle(frenchId)).toHaveLength(2);
    expect(entries()).toHaveLength(2);
  });

  it('cancels the choice with Cancel', async () => {
    const text = french;
    await seedAnnotation({
      articleId: frenchId,
      text,
      start: text.indexOf(outer),
      end: text.indexOf(outer) + outer.length,
    });
    await seedAnnotation({
      articleId: frenchId,
      text,
      start: text.indexOf(inner),
      end: text.indexOf(inner) + inner.length,
    });
    const { user } = await openFrench();
    await waitForMarks(2);
    const nested = document.querySelector('mark mark') as HTMLElement;
    await user.click(nested);
    const chooser = await screen.findByRole('dialog', { name: 'Choose a highlight' });
    await user.click(within(chooser).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Choose a highlight' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Annotation' })).not.toBeInTheDocument();
  });
});

describe('Deep links', () => {
  it('opens /articles/:id#annotation=<id> with that highlight in the editor and focused', async () => {
    const quote = 'Les deux parties ont échangé les points de vue';
    await seedAnnotation({ articleId: frenchId, text: french, start: 0, end: 10 });
    const target = await seedAnnotation({
      articleId: frenchId,
      text: french,
      start: french.indexOf(quote),
      end: french.indexOf(quote) + quote.length,
      note: 'linked',
    });
    renderApp(`/articles/${frenchId}#annotation=${target.id}`);
    const region = await screen.findByRole('region', { name: 'Annotation' });
    expect(within(region).getByText(quote)).toBeInTheDocument();
    expect(within(region).getByRole('textbox', { name: 'Note' })).toHaveValue('linked');
    await waitFor(() => expect(marksOf(target.id)[0]).toHaveFocus());
    expect(
      within(sidebar()).getByRole('button', { name: new RegExp(`^“${quote}`) }),
    ).toHaveAttribute('aria-current', 'true');
  });

  it('lets the reader write a note in the linked highlight without losing focus to its mark', async () => {
    const quote = 'Les deux parties ont échangé les points de vue';
    const target = await seedAnnotation({
      articleId: frenchId,
      text: french,
      start: french.indexOf(quote),
      end: french.indexOf(quote) + quote.length,
    });
    const { user } = renderApp(`/articles/${frenchId}#annotation=${target.id}`);
    const region = await screen.findByRole('region', { name: 'Annotation' });
    await waitFor(() => expect(marksOf(target.id)[0]).toHaveFocus());
    const noteBox = within(region).getByRole('textbox', { name: 'Note' });
    await user.click(noteBox);
    await user.type(noteBox, 'first part');
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('Saved'));
    await waitFor(async () =>
      expect((await annotationsRepo.get(target.id))?.note).toBe('first part'),
    );
    await settle(80);
    expect(noteBox).toHaveFocus();
    await user.keyboard(', second part');
    expect(noteBox).toHaveValue('first part, second part');
  });

  it('does not pull the editor back to the linked highlight after another one is opened', async () => {
    const quote = 'Les deux parties ont échangé les points de vue';
    const target = await seedAnnotation({
      articleId: frenchId,
      text: french,
      start: french.indexOf(quote),
      end: french.indexOf(quote) + quote.length,
      note: 'linked',
    });
    const other = await seedAnnotation({
      articleId: frenchId,
      text: french,
      start: french.indexOf(sentence),
      end: french.indexOf(sentence) + sentence.length,
      note: 'other',
    });
    const { user } = renderApp(`/articles/${frenchId}#annotation=${target.id}`);
    await screen.findByRole('region', { name: 'Annotation' });
    await waitFor(() => expect(marksOf(target.id)[0]).toHaveFocus());

    await user.click(within(sidebar()).getByRole('button', { name: /^“Le chef de la diplomatie/ }));
    await waitFor(() =>
      expect(within(editor()).getByRole('textbox', { name: 'Note' })).toHaveValue('other'),
    );
    await user.type(within(editor()).getByRole('textbox', { name: 'Note' }), ' and more');
    await waitFor(async () =>
      expect((await annotationsRepo.get(other.id))?.note).toBe('other and more'),
    );
    await settle(80);
    expect(within(editor()).getByRole('textbox', { name: 'Note' })).toHaveValue('other and more');
    expect(within(editor()).getByRole('textbox', { name: 'Note' })).toHaveFocus();
  });
});
