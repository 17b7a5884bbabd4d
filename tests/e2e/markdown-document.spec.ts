import { expect, test } from '@playwright/test';
import { highlight, markOffsets, marks } from './annotate';

const text = [
  '# Talks in **Geneva**',
  '',
  'The envoy met [both delegations](https://news.example/geneva) on *Friday* and left.',
  '',
  '## What was agreed',
  '',
  '- a **ceasefire** from Monday',
  '',
].join('\n');

test('a Markdown document reads styled, and a highlight across its syntax keeps exact offsets', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add document' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add document' });
  await dialog.getByLabel('Upload files').setInputFiles({
    name: 'talks.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(text, 'utf8'),
  });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('link', { name: 'Talks in Geneva' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Talks in Geneva');
  const body = page.getByRole('region', { name: 'Article text' });
  await expect(body.getByRole('heading', { level: 2, name: 'What was agreed' })).toBeVisible();
  const friday = body.locator('span', { hasText: /^Friday$/ });
  await expect(friday).toHaveCSS('font-style', 'italic');
  const mark = body.locator('span', { hasText: /^\*$/ }).first();
  await expect(mark).toHaveAttribute('aria-hidden', 'true');

  // From inside the link text to past the emphasis: the quote is the text as uploaded.
  const quote = 'delegations](https://news.example/geneva) on *Friday*';
  const id = await highlight(page, quote);
  const start = text.indexOf(quote);
  expect((await markOffsets(page, id))[0]).toBe(start);

  await page.reload();
  await expect(marks(page).first()).toBeVisible();
  const all = await page.locator(`mark[data-annotation-id="${id}"]`).allTextContents();
  expect(all.join('')).toBe(quote);
  expect((await markOffsets(page, id))[0]).toBe(start);

  if (process.env.GLOSS_SCREENSHOTS) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: `test-results/screens/markdown-${width}.png` });
    }
  }
});
