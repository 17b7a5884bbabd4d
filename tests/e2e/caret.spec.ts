import { expect, test } from '@playwright/test';
import { selectText } from './annotate';

test('caret mode: start at a highlight with j, move by word, extend with Shift+Ctrl+→, highlight with h', async ({
  page,
}) => {
  await page.goto('/articles/004_d3ebd397d2656eba');
  const paragraph = page
    .getByRole('article')
    .locator('[data-offset]')
    .filter({ hasText: 'Russian Foreign Minister Sergei Lavrov' });
  await selectText(page, paragraph, 'Sergei Lavrov');
  await page.keyboard.press('h');
  const marks = page.locator('mark[data-annotation-id]');
  await expect(marks).toHaveCount(1);
  const first = await marks.first().getAttribute('data-annotation-id');
  const editor = page.getByRole('region', { name: 'Annotation' });
  await expect(editor).toBeVisible();
  await page.getByRole('region', { name: 'Article text' }).focus();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);

  // j focuses the highlight: the caret is drawn at its start.
  await page.keyboard.press('j');
  await expect(marks.first()).toBeFocused();
  const caret = page.locator('[data-reader-caret]');
  await expect(caret).toBeVisible();
  const live = page.getByRole('status', { name: 'Caret' });

  // By word: past "Sergei", then past "Lavrov".
  await page.keyboard.press('Control+ArrowRight');
  await expect(live).toHaveText('Lavrov');
  const before = await caret.boundingBox();
  await page.keyboard.press('Control+ArrowRight');
  await expect(live).toHaveText('and');
  const after = await caret.boundingBox();
  expect(after?.x ?? 0).toBeGreaterThan(before?.x ?? 0);

  // Shift+Ctrl+→ extends from the caret; h highlights what is selected.
  await page.keyboard.press('Shift+Control+ArrowRight');
  await expect(live).toHaveText('Selected “and”');
  await page.keyboard.press('h');
  await expect(marks).toHaveCount(2);
  const added = page.locator(`mark[data-annotation-id]:not([data-annotation-id="${first}"])`);
  await expect(added).toHaveText('and');
  await expect(editor.locator('blockquote')).toHaveText('and');
});

test('caret mode: Home and End by line, Shift+End selects to the line end, the caret stays in the text', async ({
  page,
}) => {
  await page.goto('/articles/004_d3ebd397d2656eba');
  const text = page.getByRole('region', { name: 'Article text' });
  await text.focus();
  // The caret starts at the paragraph at the top of the viewport: here the first one.
  const live = page.getByRole('status', { name: 'Caret' });
  await expect(page.locator('[data-reader-caret]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText('u');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Control+ArrowRight');
  await expect(live).toHaveText('Selected “Russian”');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  // Stepping back from the first character does not leave the article text.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(live).toHaveText('Selected “R”');
  // Shift+End selects from the caret to the end of the line.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await expect(live).toHaveText(/^Selected “Russian Foreign Minister/);
});
