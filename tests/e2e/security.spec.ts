import { expect, test, type Page } from '@playwright/test';
import { selectText } from './annotate';

/**
 * The built app runs under its Content-Security-Policy (a meta tag in
 * dist/index.html) without tripping it, and text a user typed is shown as text.
 */

interface Problems {
  console: string[];
  page: string[];
  dialogs: string[];
}

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Records CSP violations (in the page), console errors, page errors and dialogs. */
async function watch(page: Page): Promise<Problems> {
  const problems: Problems = { console: [], page: [], dialogs: [] };
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.page.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations ?? []);
}

const french = '/articles/001_7385e71a292b6180';

const routes: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/',
    ready: (page) =>
      expect(page.getByRole('list', { name: 'Articles' }).getByRole('link')).not.toHaveCount(0),
  },
  {
    path: french,
    ready: (page) =>
      expect(page.getByRole('article').locator('[data-offset]').first()).toBeVisible(),
  },
  {
    path: '/annotations',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Annotations'),
  },
  {
    path: '/tags',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags'),
  },
  {
    path: '/compare',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare'),
  },
  {
    path: '/search?q=Lavrov',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Search'),
  },
  {
    path: '/settings',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings'),
  },
  {
    path: '/data',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Export & import'),
  },
  {
    path: '/no-such-page',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found'),
  },
];

test('the built index.html carries the Content-Security-Policy', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; img-src 'self' data:"`,
  );
  // Nothing that the policy would block: no inline scripts, styles or style attributes.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style[\s>]/);
  expect(html).not.toMatch(/\sstyle=/);
});

test('every route loads without a CSP violation, console error or page error', async ({ page }) => {
  const problems = await watch(page);
  const found: Record<string, string[]> = {};
  for (const route of routes) {
    await page.goto(route.path);
    await route.ready(page);
    await page.waitForLoadState('networkidle');
    const seen = [
      ...(await violations(page)).map((v) => `CSP: ${v}`),
      ...problems.console.splice(0).map((m) => `console: ${m}`),
      ...problems.page.splice(0).map((m) => `page error: ${m}`),
      ...problems.dialogs.splice(0).map((m) => `dialog: ${m}`),
    ];
    if (seen.length > 0) found[route.path] = seen;
  }
  expect(found).toEqual({});
});

test('script in a tag name and a note is shown as text everywhere', async ({ page }) => {
  const problems = await watch(page);
  const tagName = '<img src=x onerror=alert(1)>';
  const note = '<script>alert(2)</script> and <b onmouseover=alert(3)>bold</b>';

  await page.goto('/tags');
  await page.getByRole('textbox', { name: 'Name' }).fill(tagName);
  await page.getByRole('button', { name: 'Create tag' }).click();
  await expect(page.getByRole('table').getByText(tagName)).toBeVisible();

  await page.goto(french);
  const paragraph = page
    .getByRole('article')
    .locator('[data-offset]')
    .filter({ hasText: 'Moscou / Le chef' });
  await selectText(page, paragraph, 'Le chef de la diplomatie russe');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight' })
    .click();
  const editor = page.getByRole('region', { name: 'Annotation' });
  const tags = editor.getByRole('combobox', { name: 'Tags' });
  await tags.fill(tagName);
  await tags.press('Enter');
  await expect(editor.getByRole('list', { name: 'Tags on this annotation' })).toHaveText(
    new RegExp(escapeRegExp(tagName)),
  );
  await editor.getByRole('textbox', { name: 'Note' }).fill(note);
  await expect(editor.getByRole('status')).toHaveText('Saved');
  // Only one tag exists: the name matched the codebook entry instead of creating another.
  await page.keyboard.press('Escape');

  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.getByRole('listitem').first()).toContainText(tagName);
  await expect(sidebar.getByRole('listitem').first()).toContainText(note);
  await expectNoInjectedMarkup(page);

  await page.reload();
  await expect(sidebar.getByRole('listitem').first()).toContainText(tagName);
  await expect(sidebar.getByRole('listitem').first()).toContainText(note);
  await expectNoInjectedMarkup(page);

  await page.goto('/annotations');
  const results = page.getByRole('list', { name: 'Matching annotations' });
  await expect(results).toContainText(tagName);
  await expect(results).toContainText(note);
  await expectNoInjectedMarkup(page);

  await page.goto('/tags');
  await expect(page.getByRole('table').getByText(tagName)).toBeVisible();
  await expectNoInjectedMarkup(page);

  await page.goto('/compare');
  const picker = page.getByRole('group', { name: 'Tags to compare' });
  // The choice lives in the URL, so the box is checked once the navigation settles.
  const checkbox = picker.getByRole('checkbox', { name: tagName });
  await checkbox.click();
  await expect(checkbox).toBeChecked();
  await expect(page.getByRole('list', { name: 'Passages by article' })).toContainText(
    'Le chef de la diplomatie russe',
  );
  await expect(page.getByRole('main')).toContainText(tagName);
  await expectNoInjectedMarkup(page);

  await page.goto('/search?q=alert');
  await expect(page.getByRole('main')).toContainText('<script>alert(2)</script>');
  await expectNoInjectedMarkup(page);

  expect(problems.dialogs).toEqual([]);
  expect(problems.page).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

async function expectNoInjectedMarkup(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('b[onmouseover]').count()).toBe(0);
  const inlineScripts = await page.evaluate(
    () => [...document.scripts].filter((script) => !script.src).length,
  );
  expect(inlineScripts).toBe(0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
