import { expect, test } from '@playwright/test';

const frenchTitle =
  'Lors de sa rencontre avec Kerry, Lavrov juge inutile de recourir à la force pour régler la crise en Syrie';

test('the library lists the five bundled articles', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
});

test('the French article opens in French and its paragraphs are the canonical text', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: frenchTitle }).click();
  await expect(page).toHaveURL(/\/articles\/001_7385e71a292b6180$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(frenchTitle);
  const article = page.getByRole('main').getByRole('article');
  await expect(article).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(frenchTitle);

  const canonical = await (await page.request.get('/seeds/001_7385e71a292b6180.txt')).text();
  await page.getByRole('button', { name: /Show page extras/ }).click();
  const paragraphs = await article.locator('[data-offset]').evaluateAll((nodes) =>
    nodes.map((node) => ({
      offset: Number((node as HTMLElement).dataset.offset),
      text: node.textContent ?? '',
    })),
  );
  expect(paragraphs.length).toBeGreaterThan(8);
  for (const { offset, text } of paragraphs) {
    expect(canonical.slice(offset, offset + text.length)).toBe(text);
  }
  // Every non-blank line of the file is on the page once extras are shown.
  const lines = canonical.split('\n').filter((line) => line.trim() !== '');
  expect(paragraphs.map((p) => p.text)).toEqual(lines);
});

test('an unknown article shows a not-found page with a link back', async ({ page }) => {
  await page.goto('/articles/does-not-exist');
  await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('reading settings survive a reload', async ({ page }) => {
  await page.goto('/articles/003_160427fdb2b2b30e');
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radio', { name: '22' }).check();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const size = await page.getByRole('article').evaluate((el) => getComputedStyle(el).fontSize);
  expect(size).toBe('22px');
});
