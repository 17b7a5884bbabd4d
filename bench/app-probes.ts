/**
 * What the built-app cases run inside the pages: one probe for every implementation (Gloss, the
 * Recogito peer, the CSS Custom Highlight API floor), so each row times the same thing the same
 * way. A result counts at the frame after the DOM shows it: the change is observed, then one
 * requestAnimationFrame and a message task later is the time the frame was produced.
 */
import type { Page } from '@playwright/test';

/** One thing the open probe waits for: `min` elements matching `selector`. */
export interface Milestone {
  name: string;
  selector: string;
  min: number;
}

/**
 * Installed with addInitScript: from the document's start, records when each milestone is met
 * (ms since navigation, at the frame after) in `window.__milestones`, and the longest task over
 * 50 ms in `window.__longest` (0 when none). Stops observing once every milestone is met, so it
 * costs nothing afterwards.
 */
export function openProbe(milestones: Milestone[]): void {
  const w = window as unknown as {
    __milestones: Record<string, number>;
    __longest: number;
  };
  w.__milestones = {};
  w.__longest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing: the field stays 0.
  }
  const pending = [...milestones];
  const check = () => {
    for (const m of [...pending]) {
      if (document.querySelectorAll(m.selector).length < m.min) continue;
      pending.splice(pending.indexOf(m), 1);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (w.__milestones[m.name] = performance.now());
        channel.port2.postMessage(null);
      });
    }
    if (pending.length === 0) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** Waits until the open probe has met every milestone; returns their times and the longest task. */
export async function readOpenProbe(
  page: Page,
  names: string[],
  timeout = 120_000,
): Promise<{ times: Record<string, number>; longest: number }> {
  await page.waitForFunction(
    (n) => {
      const m = (window as unknown as { __milestones?: Record<string, number> }).__milestones;
      return m !== undefined && n.every((name) => m[name] !== undefined);
    },
    names,
    { timeout, polling: 100 },
  );
  // Long tasks are reported after they end: give the last one a moment.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __milestones: Record<string, number>; __longest: number };
    return { times: { ...w.__milestones }, longest: w.__longest };
  });
}

/** On the next `h` keydown: the time from the event to the frame with one more `selector`. */
export function armKeyToPaint(page: Page, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    const w = window as unknown as { __paint?: Promise<number> };
    w.__paint = new Promise<number>((resolve) => {
      const before = document.querySelectorAll(sel).length;
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== 'h') return;
        window.removeEventListener('keydown', onKey, true);
        const started = event.timeStamp;
        const check = () => {
          if (document.querySelectorAll(sel).length > before) {
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - started);
              channel.port2.postMessage(null);
            });
            return;
          }
          observer.observe(document.body, { childList: true, subtree: true });
        };
        const observer = new MutationObserver(() => {
          observer.disconnect();
          check();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        queueMicrotask(check);
      };
      window.addEventListener('keydown', onKey, true);
    });
  }, selector);
}

export function readKeyToPaint(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __paint: Promise<number> }).__paint);
}

/**
 * Starts a chain of message tasks, each posting the next: the longest gap between two of them
 * is the longest stretch the main thread could not run a task (a task, or a frame's rendering),
 * down to a millisecond, where the Long Tasks API reports only those over 50 ms.
 */
export function startTaskGaps(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __gaps: { max: number; last: number; on: boolean } };
    const gaps = { max: 0, last: performance.now(), on: true };
    w.__gaps = gaps;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      gaps.max = Math.max(gaps.max, now - gaps.last);
      gaps.last = now;
      if (gaps.on) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
}

export function stopTaskGaps(page: Page): Promise<number> {
  return page.evaluate(() => {
    const gaps = (window as unknown as { __gaps: { max: number; on: boolean } }).__gaps;
    gaps.on = false;
    return gaps.max;
  });
}

/**
 * Scrolls the element holding `selector` (or the page) from the top to the end, `step` pixels a
 * frame; returns the frame intervals (ms).
 */
export function scrollToEnd(page: Page, selector: string, step = 600): Promise<number[]> {
  return page.evaluate(
    async ({ selector, step }) => {
      const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
      let scroller: Element = document.scrollingElement ?? document.documentElement;
      for (let e = document.querySelector(selector); e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (/(auto|scroll)/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 10) {
          scroller = e;
          break;
        }
      }
      scroller.scrollTop = 0;
      await frame();
      await new Promise((r) => setTimeout(r, 200));
      const intervals: number[] = [];
      let last = await frame();
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
        scroller.scrollTop += step;
        const now = await frame();
        intervals.push(now - last);
        last = now;
        if (intervals.length > 5000) break;
      }
      return intervals;
    },
    { selector, step },
  );
}

/** Drags the mouse over canonical [start, end) of the element holding the text. */
export async function dragSelect(page: Page, container: string, start: number, end: number) {
  const box = await page.evaluate(
    ({ container, start, end }) => {
      // Offsets are canonical: each paragraph says where it starts (data-offset).
      const paragraphs = [...document.querySelectorAll<HTMLElement>(`${container} [data-offset]`)];
      const point = (offset: number): [Node, number] => {
        let p = paragraphs[0] as HTMLElement;
        for (const candidate of paragraphs) {
          if (Number(candidate.dataset.offset) <= offset) p = candidate;
          else break;
        }
        let at = Number(p.dataset.offset);
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (offset <= at + length) return [node, offset - at];
          at += length;
        }
        throw new Error(`no text at ${offset}`);
      };
      const range = document.createRange();
      range.setStart(...point(start));
      range.setEnd(...point(end));
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rects = range.getClientRects();
      const first = rects[0] as DOMRect;
      const last = rects[rects.length - 1] as DOMRect;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    },
    { container, start, end },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}
