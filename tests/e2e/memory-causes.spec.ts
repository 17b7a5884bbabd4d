import { expect, test, type Page } from '@playwright/test';
import { selectText } from './annotate';

const MEMORY =
  'Your browser is not letting Gloss store data. You can read and annotate, but nothing will be kept after you close this tab.';

/** Every way a browser can refuse IndexedDB that has been seen in the wild. */
const causes: Record<string, () => void> = {
  'indexedDB is missing': () => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  },
  'reading indexedDB throws': () => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      },
    });
  },
  'opening throws': () => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  },
  'opening fails with an internal error': () => {
    IDBFactory.prototype.open = function () {
      const request = { error: null } as unknown as IDBOpenDBRequest & { error: DOMException };
      setTimeout(() => {
        request.error = new DOMException('Internal error opening backing store.', 'UnknownError');
        const event = { target: request, preventDefault() {}, stopPropagation() {} };
        request.onerror?.(event as unknown as Event);
      });
      return request;
    };
  },
};

async function annotate(page: Page) {
  await page.getByRole('list', { name: 'Articles' }).getByRole('link').first().click();
  const paragraph = page.getByRole('article').locator('[data-offset]').nth(1);
  await expect(paragraph).toBeVisible();
  const words = ((await paragraph.textContent()) ?? '').split(/\s+/).slice(0, 3).join(' ');
  await selectText(page, paragraph, words);
  await page.keyboard.press('h');
  const editor = page.getByRole('region', { name: 'Annotation' });
  await expect(editor).toBeVisible();
  await editor.getByRole('textbox', { name: 'Note' }).fill('kept for the session');
  await expect(editor.getByRole('status')).toHaveText('Saved');
  await expect(page.locator('mark[data-annotation-id]')).toHaveCount(1);
}

for (const [cause, install] of Object.entries(causes)) {
  test(`memory mode works in full when ${cause}`, async ({ page }) => {
    const messages: string[] = [];
    page.on('pageerror', (error) => messages.push(error.message));
    await page.addInitScript(install);
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(MEMORY);
    await annotate(page);
    // Nothing but Gloss's own words on screen: no library internals, no short links.
    await expect(page.getByText(/dexie|MissingAPI|bit\.ly/i)).toHaveCount(0);
    expect(messages).toEqual([]);
  });
}
