import { expect, test, type Page } from '@playwright/test';
import { selectText } from './annotate';

const french = '/articles/001_7385e71a292b6180';

async function openEditor(page: Page, id: string) {
  await page.goto(`${french}#annotation=${id}`);
  const mark = page.locator(`mark[data-annotation-id="${id}"]`).first();
  await expect(mark).toBeVisible();
  await mark.click();
  const editor = page.getByRole('region', { name: 'Annotation' });
  await expect(editor).toBeVisible();
  return editor;
}

test('two tabs typing one note: nothing is overwritten silently, and the user chooses', async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto(french);
  const paragraph = a
    .getByRole('article')
    .locator('[data-offset]')
    .filter({ hasText: 'Moscou / Le chef' });
  await selectText(a, paragraph, 'Le chef de la diplomatie russe');
  await a
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight' })
    .click();
  const id = await a.locator('mark[data-annotation-id]').first().getAttribute('data-annotation-id');
  expect(id).toBeTruthy();
  const editorA = await openEditor(a, id!);

  const b = await context.newPage();
  const editorB = await openEditor(b, id!);

  // Both tabs start from the same stored note and type within the same second.
  await editorB.getByRole('textbox', { name: 'Note' }).fill('typed in B');
  await editorA.getByRole('textbox', { name: 'Note' }).fill('typed in A');
  await editorA.getByRole('textbox', { name: 'Note' }).blur();

  // One save lands first; the other finds the note changed and asks instead of overwriting.
  const noticeA = editorA.getByRole('alert').filter({ hasText: 'Changed in another tab' });
  const noticeB = editorB.getByRole('alert').filter({ hasText: 'Changed in another tab' });
  await expect
    .poll(async () => (await noticeA.isVisible()) || (await noticeB.isVisible()), {
      timeout: 10_000,
    })
    .toBe(true);
  const [loser, loserNotice, winnerEditor, mine, theirs] = (await noticeB.isVisible())
    ? [editorB, noticeB, editorA, 'typed in B', 'typed in A']
    : [editorA, noticeA, editorB, 'typed in A', 'typed in B'];
  // The text under the user's fingers is not replaced.
  await expect(loser.getByRole('textbox', { name: 'Note' })).toHaveValue(mine);
  await expect(winnerEditor.getByRole('textbox', { name: 'Note' })).toHaveValue(theirs);

  await loserNotice.getByRole('button', { name: 'See both' }).click();
  await expect(loserNotice.getByText(mine, { exact: true })).toBeVisible();
  await expect(loserNotice.getByText(theirs, { exact: true })).toBeVisible();

  await loserNotice.getByRole('button', { name: 'Keep mine' }).click();
  await expect(loserNotice).toBeHidden();
  // The other tab shows the chosen text once it is stored.
  await expect(winnerEditor.getByRole('textbox', { name: 'Note' })).toHaveValue(mine);
});
