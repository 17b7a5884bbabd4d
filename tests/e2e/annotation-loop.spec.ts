import { expect, test } from '@playwright/test';
import { markOffsets, selectText } from './annotate';

const french = '/articles/001_7385e71a292b6180';

test('highlight, tag, note, overlap, reload, deep link and undo on the French article', async ({
  page,
}) => {
  // The whole annotation loop in one flow, two reloads included: longer than most tests.
  test.setTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`unexpected dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });

  // An existing tag, made on the Tags page.
  await page.goto('/tags');
  await page.getByRole('textbox', { name: 'Name' }).fill('Russia');
  await page.getByRole('button', { name: 'Create tag' }).click();
  await expect(page.getByRole('table').getByText('Russia')).toBeVisible();

  await page.goto(french);
  const body = page.getByRole('article');
  const paragraph = body.locator('[data-offset]').filter({ hasText: 'Moscou / Le chef' });
  const sentence =
    'Le chef de la diplomatie russe Serguei Lavrov a jugé «inutile » le recours à la force';
  await selectText(page, paragraph, sentence);
  const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight' }).click();

  const editor = page.getByRole('region', { name: 'Annotation' });
  await expect(editor).toBeVisible();
  const tags = editor.getByRole('combobox', { name: 'Tags' });
  await expect(tags).toBeFocused();
  await tags.fill('cessez-le-feu');
  await tags.press('Enter');
  await tags.fill('russ');
  await tags.press('Tab');
  await expect(editor.getByRole('list', { name: 'Tags on this annotation' })).toHaveText(
    /cessez-le-feu.*Russia/s,
  );
  const note = '<img src=x onerror=alert(1)> matters';
  await editor.getByRole('textbox', { name: 'Note' }).fill(note);
  await expect(editor.getByRole('status')).toHaveText('Saved');

  const first = page.locator('mark[data-annotation-id]').first();
  const firstId = (await first.getAttribute('data-annotation-id')) as string;
  await expect(page.locator(`mark[data-annotation-id="${firstId}"]`)).toHaveText(sentence);

  // A second highlight that overlaps the first.
  await page.keyboard.press('Escape');
  await selectText(
    page,
    paragraph,
    'Lavrov a jugé «inutile » le recours à la force pour régler la crise',
  );
  await page.keyboard.press('h');
  await expect(page.locator('mark[data-annotation-id]')).not.toHaveCount(1);
  const ids = await page
    .locator('mark[data-annotation-id]')
    .evaluateAll((marks) => [
      ...new Set(marks.map((m) => (m as HTMLElement).dataset.annotationId)),
    ]);
  expect(ids).toHaveLength(2);
  const secondId = ids.find((id) => id !== firstId) as string;
  // The shared words carry both highlights, nested.
  await expect(
    page.locator(`mark[data-annotation-id="${firstId}"] mark[data-annotation-id="${secondId}"]`),
  ).toHaveText('Lavrov a jugé «inutile » le recours à la force');
  const offsetsBefore = {
    first: await markOffsets(page, firstId),
    second: await markOffsets(page, secondId),
  };

  await page.reload();
  await expect(page.locator(`mark[data-annotation-id="${firstId}"]`).first()).toBeVisible();
  expect(await markOffsets(page, firstId)).toEqual(offsetsBefore.first);
  expect(await markOffsets(page, secondId)).toEqual(offsetsBefore.second);
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.getByRole('listitem')).toHaveCount(2);
  await expect(sidebar.getByRole('listitem').first()).toContainText('cessez-le-feu');
  await expect(sidebar.getByRole('listitem').first()).toContainText(note);
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  // Deep link.
  await page.goto(`${french}#annotation=${secondId}`);
  await expect(page.locator(`mark[data-annotation-id="${secondId}"]`).first()).toBeFocused();
  await expect(
    page.getByRole('region', { name: 'Annotation' }).getByRole('blockquote'),
  ).toContainText('pour régler la crise');

  // Undo and redo a delete.
  await page
    .getByRole('region', { name: 'Annotation' })
    .getByRole('button', { name: 'Delete annotation' })
    .click();
  await expect(page.locator(`mark[data-annotation-id="${secondId}"]`)).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: 'Annotation deleted.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator(`mark[data-annotation-id="${secondId}"]`).first()).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.locator(`mark[data-annotation-id="${secondId}"]`)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator(`mark[data-annotation-id="${secondId}"]`).first()).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(page.locator(`mark[data-annotation-id="${secondId}"]`)).toHaveCount(0);

  expect(errors).toEqual([]);
});

test('keyboard only: select with Shift+arrows, tag hotkey, j/k and the shortcuts list', async ({
  page,
}) => {
  await page.goto('/tags');
  await page.getByRole('textbox', { name: 'Name' }).fill('Diplomacy');
  await page.getByRole('textbox', { name: 'Hotkey' }).fill('d');
  await page.getByRole('button', { name: 'Create tag' }).click();
  await expect(page.getByRole('table').getByText('Diplomacy')).toBeVisible();

  await page.goto('/articles/004_d3ebd397d2656eba');
  await page.getByRole('region', { name: 'Article text' }).focus();
  for (let i = 0; i < 15; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('toolbar', { name: 'Annotate selection' })).toBeVisible();
  await page.keyboard.press('d');
  await expect(page.locator('mark[data-annotation-id]')).toHaveCount(1);
  await expect(page.locator('mark[data-annotation-id]')).toHaveAttribute('title', /Diplomacy/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Annotation' })).toHaveCount(0);

  await page.keyboard.press('j');
  await expect(page.locator('mark[data-annotation-id]')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Annotation' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
});
