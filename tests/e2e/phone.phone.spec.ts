import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedAnnotations } from './seed';

/** Selects `text` in a paragraph as a long press would leave it: a DOM range, then selectionchange. */
async function touchSelect(paragraph: Locator, text: string) {
  await paragraph.evaluate((element, wanted) => {
    element.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const content = element.textContent ?? '';
    const start = content.indexOf(wanted);
    let seen = 0;
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
      const end = start + wanted.length;
      if (end >= seen && end <= seen + length) {
        range.setEnd(node, end - seen);
        break;
      }
      seen += length;
    }
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}

async function fitsViewport(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  expect(box, 'the element is laid out').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

test('on a phone: open, select, tap a tag, edit in the sheet, the drawer and reading settings', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/tags');
  await page.getByRole('textbox', { name: 'Name' }).fill('Force');
  await page.getByRole('button', { name: 'Create tag' }).click();
  await expect(page.getByRole('table').getByText('Force', { exact: true })).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: /Sooner Syria crisis ends better/ }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Sooner Syria crisis/);
  await touchSelect(
    page.getByRole('article').locator('[data-offset]').filter({ hasText: 'swift political' }),
    'swift political solution',
  );
  const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
  await expect(toolbar).toBeVisible();
  await fitsViewport(page, toolbar);
  await toolbar.getByRole('button', { name: 'Force' }).tap();

  const editor = page.getByRole('region', { name: 'Annotation' });
  await expect(editor).toBeVisible();
  await fitsViewport(page, editor);
  await editor.getByRole('textbox', { name: 'Note' }).fill('Tapped on a phone');
  await expect(editor.getByRole('status')).toHaveText('Saved');
  await editor.getByRole('button', { name: 'Close' }).tap();

  // The editor lives in the sheet; closing it leaves the list of annotations.
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.getByText('Tapped on a phone')).toBeVisible();
  await fitsViewport(page, sidebar);
  await sidebar.getByRole('button', { name: 'Hide' }).tap();
  await expect(sidebar).toBeHidden();
  const drawer = page.getByRole('button', { name: /^Annotations \(1\)/ });
  await drawer.tap();
  await expect(sidebar.getByText('Tapped on a phone')).toBeVisible();
  await sidebar.getByRole('button', { name: 'Hide' }).tap();
  await expect(sidebar).toBeHidden();

  await page.getByRole('button', { name: 'Reading settings' }).tap();
  const settings = page.getByRole('region', { name: 'Reading settings' });
  await expect(settings).toBeVisible();
  await fitsViewport(page, settings);
  await settings.getByRole('radio', { name: '20' }).tap();
  await settings.getByRole('button', { name: 'Done' }).tap();
  await expect(settings).toHaveCount(0);
  const size = await page.getByRole('article').evaluate((el) => getComputedStyle(el).fontSize);
  expect(size).toBe('20px');
});

test('on a phone the main navigation wraps with every page in view, and keyboard hints are hidden', async ({
  page,
}) => {
  await page.goto('/articles/000_df97716ef8399177');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Library', 'Annotations', 'Tags', 'Compare', 'Export & import', 'Settings']) {
    const link = nav.getByRole('link', { name });
    await expect(link).toBeInViewport({ ratio: 1 });
    await fitsViewport(page, link);
  }
  await page.goto('/settings');
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeInViewport({ ratio: 1 });

  await page.goto('/articles/000_df97716ef8399177');
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Shortcuts' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search articles and notes' })).toHaveAttribute(
    'placeholder',
    'Search',
  );
});

test('on a phone the annotation filters fold behind a "Filters" button', async ({ page }) => {
  await seedAnnotations(page);
  await page.goto('/annotations');
  const filters = page.getByRole('button', { name: 'Filters' });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  const tag = page.getByRole('combobox', { name: 'Tag' });
  await expect(tag).toBeHidden();
  await expect(page.getByRole('list', { name: 'Matching annotations' })).toBeInViewport();
  await filters.tap();
  await expect(tag).toBeVisible();
  await tag.selectOption({ label: 'Force' });
  await expect(page.getByRole('button', { name: 'Filters (1 set)' })).toBeVisible();
});
