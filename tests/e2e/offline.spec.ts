import { expect, test } from '@playwright/test';
import { selectText, storedAnnotationCount } from './annotate';

const frenchTitle =
  'Lors de sa rencontre avec Kerry, Lavrov juge inutile de recourir à la force pour régler la crise en Syrie';

test('after one visit Gloss opens, reads and annotates with the network off', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  // The service worker is active once it has precached the app shell and the seeds.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  const library = page.getByRole('list', { name: 'Articles' });
  await expect(library.getByRole('link')).toHaveCount(5);
  await library.getByRole('link', { name: frenchTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(frenchTitle);

  const article = page.getByRole('article');
  await expect(article).toHaveAttribute('lang', 'fr');
  const paragraph = article.locator('[data-offset]').filter({ hasText: 'Moscou / Le chef' });
  const passage = 'Le chef de la diplomatie russe Serguei Lavrov';
  await selectText(page, paragraph, passage);
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight' })
    .click();
  const mark = page.locator('mark[data-annotation-id]');
  await expect(mark).toHaveText(passage);
  // The highlight is painted before its write commits; the reload comes after the commit.
  await expect.poll(() => storedAnnotationCount(page)).toBe(1);

  // A deep link, loaded from scratch while offline (the navigation fallback), keeps it.
  await page.reload();
  await expect(page.locator('mark[data-annotation-id]')).toHaveText(passage);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(errors).toEqual([]);
});
