import { expect, test, type Page } from '@playwright/test';
import { editor, highlight, marks, selectText, settle } from './annotate';

/**
 * Faults a browser can throw at Gloss (issue 6, "Faults"): reloads, a tab closed
 * mid-save, a full disk and a second tab. Each test makes its own data through the UI.
 */

const QUOTA_MESSAGE = "Your browser's storage is full; the last change was not saved.";

const english = {
  id: '000_df97716ef8399177',
  quote: 'The use of force to solve the crisis in Syria would be futile',
};
const talks = {
  id: '004_d3ebd397d2656eba',
  quote: 'called for resuming quickly the intra-Syrian peace talks',
};

/** The cards in the reader's sidebar list, one per placed annotation. */
function cards(page: Page) {
  return page
    .getByRole('complementary', { name: 'Annotations' })
    .getByRole('list', { name: /^\d+ annotations?$/ })
    .locator(':scope > li');
}

function memo(page: Page) {
  return page.getByRole('region', { name: 'Article memo' });
}

/** Reloads and waits for the app to have read its data back. */
async function reload(page: Page) {
  await page.reload();
  await expect(page.getByRole('main')).toBeVisible();
}

/** Fails the test on uncaught page errors and on any dialog the app did not mean to open. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`unexpected dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

test('a reload after every kind of change keeps everything', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = watchForErrors(page);
  const table = page.getByRole('table');

  // A tag with a hotkey and a description.
  await page.goto('/tags');
  await page.getByRole('textbox', { name: 'Name' }).fill('Evidence');
  await page.getByRole('textbox', { name: 'Hotkey' }).fill('e');
  await page.getByRole('textbox', { name: /Description/ }).fill('Use for **checked facts** only.');
  await page.getByRole('button', { name: 'Create tag' }).click();
  await expect(table.getByRole('rowheader', { name: 'Evidence' })).toBeVisible();
  await reload(page);
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Evidence' }) });
  await expect(row).toBeVisible();
  await expect(row.locator('kbd')).toHaveText('e');
  await expect(row.locator('strong')).toHaveText('checked facts');

  // A highlight.
  await page.goto(`/articles/${english.id}`);
  const id = await highlight(page, english.quote);
  const mark = page.locator(`mark[data-annotation-id="${id}"]`);
  await reload(page);
  await expect(mark).toHaveText(english.quote);

  // A tag on it.
  await page.goto(`/articles/${english.id}#annotation=${id}`);
  const tags = editor(page).getByRole('combobox', { name: 'Tags' });
  await tags.fill('Evidence');
  await tags.press('Enter');
  await expect(editor(page).getByRole('list', { name: 'Tags on this annotation' })).toHaveText(
    /Evidence/,
  );
  await expect(editor(page).getByRole('status')).toHaveText('Saved');
  await reload(page);
  await expect(mark).toHaveAttribute('title', /Evidence/);
  await expect(editor(page).getByRole('list', { name: 'Tags on this annotation' })).toHaveText(
    /Evidence/,
  );

  // A note.
  const note = 'Futile, says Lavrov — compare with the French wording.';
  await editor(page).getByRole('textbox', { name: 'Note' }).fill(note);
  await expect(editor(page).getByRole('status')).toHaveText('Saved');
  await reload(page);
  await expect(editor(page).getByRole('textbox', { name: 'Note' })).toHaveValue(note);
  await expect(cards(page)).toHaveText([new RegExp(note)]);

  // A colour of its own.
  // The radio shows the stored colour, so it turns on once the write is through.
  await editor(page).getByRole('radio', { name: 'Violet' }).click();
  await expect(editor(page).getByRole('radio', { name: 'Violet' })).toBeChecked();
  await expect(mark).toHaveAttribute('style', /#ddd6fe/i);
  await reload(page);
  await expect(editor(page).getByRole('radio', { name: 'Violet' })).toBeChecked();
  await expect(mark).toHaveAttribute('style', /#ddd6fe/i);

  // An article memo.
  await memo(page).getByRole('button', { name: 'Write memo' }).click();
  await memo(page)
    .getByRole('textbox', { name: 'Article memo' })
    .fill('The whole piece leans on *one* source.');
  await expect(memo(page).getByRole('status')).toHaveText('Saved');
  await memo(page).getByRole('button', { name: 'Done' }).click();
  await expect(memo(page).locator('em')).toHaveText('one');
  await reload(page);
  await expect(memo(page)).toContainText('The whole piece leans on one source.');
  await expect(memo(page).getByRole('button', { name: 'Edit memo' })).toBeVisible();

  // A document of the user's own.
  await page.goto('/');
  await page.getByRole('button', { name: 'Add document' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add document' });
  await dialog
    .getByRole('textbox', { name: 'Text' })
    .fill('Field notes from Geneva\n\nThe delegations met twice and agreed on nothing at all.');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toHaveCount(0);
  const articles = page.getByRole('list', { name: 'Articles' });
  await expect(articles.getByRole('link', { name: /Field notes from Geneva/ })).toBeVisible();
  await reload(page);
  await expect(articles.getByRole('link', { name: /Field notes from Geneva/ })).toBeVisible();
  await articles.getByRole('link', { name: /Field notes from Geneva/ }).click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Field notes from Geneva');
  await expect(page.getByRole('region', { name: 'Article text' })).toContainText(
    'agreed on nothing at all',
  );

  // A rename in the codebook.
  await page.goto('/tags');
  await page.getByRole('button', { name: 'Edit Evidence' }).click();
  await page
    .getByRole('form', { name: 'Edit Evidence' })
    .getByRole('textbox', { name: 'Name' })
    .fill('Proof');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(table.getByRole('rowheader', { name: 'Proof' })).toBeVisible();
  await reload(page);
  await expect(table.getByRole('rowheader', { name: 'Proof' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Evidence' })).toHaveCount(0);
  await page.goto(`/articles/${english.id}`);
  await expect(mark).toHaveAttribute('title', /Proof/);
  // Everything made earlier is still there after all those reloads.
  await expect(mark).toHaveAttribute('style', /#ddd6fe/i);
  await expect(cards(page)).toHaveText([new RegExp(note)]);
  await expect(memo(page)).toContainText('The whole piece leans on one source.');

  expect(errors).toEqual([]);
});

test('closing the tab while a note or memo is waiting to be saved keeps it', async ({
  page,
  context,
}) => {
  await page.goto(`/articles/${talks.id}`);
  const id = await highlight(page, talks.quote);
  await expect(editor(page).getByRole('status')).toHaveText('Saved');

  const note = 'Typed and the tab closed straight away.';
  await editor(page).getByRole('textbox', { name: 'Note' }).fill(note);
  // Still inside the 500 ms debounce: nothing has been written yet.
  await expect(editor(page).getByRole('status')).toHaveText('Editing…');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(`/articles/${talks.id}#annotation=${id}`);
  await expect(editor(again).getByRole('textbox', { name: 'Note' })).toHaveValue(note);
  await expect(cards(again)).toHaveText([new RegExp(note)]);

  // The article memo is saved the same way.
  await memo(again).getByRole('button', { name: 'Write memo' }).click();
  const text = 'A memo typed just before closing.';
  await memo(again).getByRole('textbox', { name: 'Article memo' }).fill(text);
  await expect(memo(again).getByRole('status')).toHaveText('Editing…');
  await again.close({ runBeforeUnload: true });

  const third = await context.newPage();
  await third.goto(`/articles/${talks.id}`);
  await expect(memo(third)).toContainText(text);
  await expect(cards(third)).toHaveText([new RegExp(note)]);
});

test('a full disk: a clear message, nothing half-written, earlier data intact', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await page.goto(`/articles/${english.id}`);
  await expect(page.getByRole('article')).toContainText(english.quote);
  const origin = new URL(page.url()).origin;
  const cdp = await page.context().newCDPSession(page);

  // Chromium's IndexedDB asks the quota manager how much room is left at its first write
  // and then trusts that answer (less what it writes since) for up to 30 s, so a quota
  // lowered after a write takes effect only once a write no longer fits the cached room.
  // Hence: before anything is written, allow just 100 kB more than is in use (the service
  // worker's cache, the empty database); write the earlier data; lower the quota to 1 byte;
  // then a change over 100 kB goes back to the quota manager and fails, and every write
  // after it fails too.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready; // the app shell is precached: usage settles
  });
  const usage = async () => (await cdp.send('Storage.getUsageAndQuota', { origin })).usage;
  let used = await usage();
  for (let settled = false; !settled;) {
    await page.waitForTimeout(250);
    const now = await usage();
    settled = now === used;
    used = now;
  }
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: used + 100_000 });
  try {
    const kept = await highlight(page, english.quote);
    const keptNote = 'Written before the disk filled up.';
    const noteBox = editor(page).getByRole('textbox', { name: 'Note' });
    await noteBox.fill(keptNote);
    await expect(editor(page).getByRole('status')).toHaveText('Saved');

    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    const alert = page.getByRole('alert').filter({ hasText: QUOTA_MESSAGE });

    // A long note (99,000 two-byte characters, about 200 kB) is refused, visibly.
    await noteBox.fill(`${keptNote} ${'ж'.repeat(99_000)}`);
    await noteBox.blur();
    await expect(alert).toHaveText(/^Saving the annotation failed: /);
    await expect(editor(page).getByRole('status')).toHaveText('Not saved — see the message');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);

    // So is a new highlight, which is not painted either.
    await page.keyboard.press('Escape');
    const paragraph = page
      .getByRole('article')
      .locator('[data-offset]')
      .filter({ hasText: 'should give way to jump-starting' });
    await settle(paragraph);
    await selectText(page, paragraph, 'jump-starting comprehensive political dialogue');
    await page
      .getByRole('toolbar', { name: 'Annotate selection' })
      .getByRole('button', { name: 'Highlight' })
      .click();
    await expect(alert).toHaveText(/^Saving the highlight failed: /);
    await expect(marks(page)).toHaveCount(1);
    await expect(page.locator(`mark[data-annotation-id="${kept}"]`)).toHaveText(english.quote);
  } finally {
    // Without quotaSize the override is lifted.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  }

  // After a reload: the earlier highlight and note as they were, nothing of the failed changes.
  await reload(page);
  await expect(marks(page)).toHaveCount(1);
  await expect(marks(page)).toHaveText(english.quote);
  await expect(cards(page)).toHaveText([/Written before the disk filled up\.$/]);
  await expect(cards(page)).not.toContainText('жжж');

  // With room again, writing works.
  await highlight(page, 'jump-starting comprehensive political dialogue');
  await expect(marks(page)).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('an annotation made in one tab appears in another without a reload', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await page.goto(`/articles/${talks.id}`);
  await other.goto(`/articles/${talks.id}`);
  await expect(other.getByRole('article')).toContainText(talks.quote);
  await expect(marks(other)).toHaveCount(0);

  const id = await highlight(page, talks.quote);
  const there = other.locator(`mark[data-annotation-id="${id}"]`);
  await expect(there).toHaveText(talks.quote);
  await expect(cards(other)).toHaveCount(1);

  // An edit follows too, and so does a delete made in the second tab.
  const note = 'Seen from the other tab.';
  await editor(page).getByRole('textbox', { name: 'Note' }).fill(note);
  await expect(editor(page).getByRole('status')).toHaveText('Saved');
  await expect(cards(other)).toHaveText([new RegExp(note)]);

  await other.goto(`/articles/${talks.id}#annotation=${id}`);
  await editor(other).getByRole('button', { name: 'Delete annotation' }).click();
  await expect(there).toHaveCount(0);
  await expect(page.locator(`mark[data-annotation-id="${id}"]`)).toHaveCount(0);
});
