import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Scrolls a paragraph into view and waits two frames: paragraphs use `content-visibility: auto`,
 * so layout around them can still shift when they first come into view.
 */
export async function settle(paragraph: Locator): Promise<void> {
  await paragraph.evaluate(async (element) => {
    element.scrollIntoView({ block: 'center' });
    for (let frame = 0; frame < 2; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}

/** Selects `text` inside `paragraph` by dragging the mouse across it, as a reader would. */
export async function selectText(page: Page, paragraph: Locator, text: string): Promise<void> {
  await settle(paragraph);
  const boxes = await paragraph.evaluate((element, wanted) => {
    const content = element.textContent ?? '';
    const index = content.indexOf(wanted);
    if (index < 0) throw new Error(`"${wanted}" is not in the paragraph`);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const point = (offset: number) => {
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset <= seen + length) return { node, offset: offset - seen };
        seen += length;
      }
      throw new Error('offset outside the paragraph');
    };
    const start = point(index);
    walker.currentNode = element;
    const end = point(index + wanted.length);
    const rectAt = (p: { node: Node; offset: number }, side: 'start' | 'end') => {
      const range = document.createRange();
      const from = side === 'start' ? p.offset : Math.max(0, p.offset - 1);
      range.setStart(p.node, from);
      range.setEnd(p.node, from + 1);
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return {
        x: side === 'start' ? rect.left + 1 : rect.right - 1,
        y: rect.top + rect.height / 2,
      };
    };
    element.scrollIntoView({ block: 'center' });
    return { from: rectAt(start, 'start'), to: rectAt(end, 'end') };
  }, text);
  await page.mouse.move(boxes.from.x, boxes.from.y);
  await page.mouse.down();
  await page.mouse.move(boxes.to.x, boxes.to.y, { steps: 8 });
  await page.mouse.up();
}

/** The canonical offsets of every mark of one annotation. */
export function markOffsets(page: Page, id: string) {
  return page.locator(`mark[data-annotation-id="${id}"]`).evaluateAll((marks) =>
    marks.map((mark) => {
      const paragraph = mark.closest('[data-offset]') as HTMLElement;
      const range = document.createRange();
      range.setStart(paragraph, 0);
      range.setEndBefore(mark);
      return Number(paragraph.dataset.offset) + range.toString().length;
    }),
  );
}

/** The open article's highlight marks. */
export function marks(page: Page): Locator {
  return page.getByRole('article').locator('mark[data-annotation-id]');
}

/** The reader's annotation editor. */
export function editor(page: Page): Locator {
  return page.getByRole('region', { name: 'Annotation' });
}

/** Selects `quote` in the open article and highlights it; returns the new annotation's id. */
export async function highlight(page: Page, quote: string): Promise<string> {
  const paragraph = page.getByRole('article').locator('[data-offset]').filter({ hasText: quote });
  const before = await marks(page).count();
  await selectText(page, paragraph.first(), quote);
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight' })
    .click();
  await expect(editor(page)).toBeVisible();
  await expect(marks(page)).not.toHaveCount(before);
  const mark = marks(page).filter({ hasText: quote });
  await expect(mark).toHaveCount(1);
  return (await mark.getAttribute('data-annotation-id')) as string;
}

/**
 * How many annotations IndexedDB holds, read beside the app. The reader paints a new highlight
 * before its write commits; a test that reloads at once waits for the commit with this.
 */
export function storedAnnotationCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gloss');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const count = idb
            .transaction('annotations', 'readonly')
            .objectStore('annotations')
            .count();
          count.onsuccess = () => {
            idb.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}
