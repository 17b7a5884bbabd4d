import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedAnnotations } from './seed';

/** Every route, with annotations present; `ready` is what shows the page has its content. */
const routes: {
  path: string;
  ready: (page: Page) => Promise<void>;
  /** A state of the page to audit besides the one it opens in. */
  then?: { name: string; open: (page: Page) => Promise<void> };
}[] = [
  {
    path: '/',
    ready: (p) => expect(p.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible(),
  },
  {
    path: '/articles/000_df97716ef8399177',
    ready: (p) => expect(p.locator('mark').first()).toBeVisible(),
    then: {
      name: 'editor open',
      open: async (p) => {
        await p.locator('mark').last().click();
        await expect(p.getByRole('region', { name: 'Annotation' })).toBeVisible();
      },
    },
  },
  {
    path: '/articles/001_7385e71a292b6180',
    ready: (p) => expect(p.locator('mark').first()).toBeVisible(),
  },
  {
    path: '/articles/004_d3ebd397d2656eba',
    ready: (p) => expect(p.locator('mark').first()).toBeVisible(),
    then: {
      name: 'reading settings open',
      open: async (p) => {
        await p.getByRole('button', { name: 'Reading settings' }).click();
        await expect(p.getByRole('region', { name: 'Reading settings' })).toBeVisible();
      },
    },
  },
  {
    path: '/articles/003_160427fdb2b2b30e',
    ready: (p) => expect(p.locator('mark').first()).toBeVisible(),
    then: {
      name: 'shortcuts open',
      open: async (p) => {
        await p.getByRole('article').focus();
        await p.keyboard.press('?');
        await expect(p.getByRole('dialog')).toBeVisible();
      },
    },
  },
  {
    path: '/annotations',
    ready: (p) => expect(p.getByRole('list', { name: 'Matching annotations' })).toBeVisible(),
  },
  { path: '/tags', ready: (p) => expect(p.getByRole('table')).toBeVisible() },
  {
    path: '/compare',
    ready: (p) => expect(p.getByRole('heading', { name: 'Compare', level: 1 })).toBeVisible(),
  },
  {
    path: '/data',
    ready: (p) => expect(p.getByRole('button', { name: 'Download CSV' })).toBeVisible(),
  },
  {
    path: '/search?q=Kerry',
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    path: '/settings',
    ready: (p) => expect(p.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible(),
  },
  {
    path: '/no-such-page',
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
];

async function openCompare(page: Page) {
  const boxes = page.getByRole('group', { name: /tags/i }).getByRole('checkbox');
  const count = await boxes.count();
  for (let i = 0; i < count; i += 1) {
    await boxes.nth(i).click();
    await expect(boxes.nth(i)).toBeChecked();
  }
}

/**
 * Sideways overflow: how many CSS pixels the document is wider than the viewport, or an element
 * that nothing clips sticks out to either side (which scrollWidth alone misses on the left).
 */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    let worst = document.documentElement.scrollWidth - width;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'visible' || style.position === 'fixed') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const out = Math.max(rect.right - width, -rect.left);
      if (out > 1 && !clipped(el)) worst = Math.max(worst, Math.round(out));
    }
    return Math.max(0, worst);
  });
}

const states = routes.flatMap((route) => [
  { ...route, name: route.path, then: undefined },
  ...(route.then ? [{ ...route, name: `${route.path} (${route.then.name})` }] : []),
]);

/** A few routes per test: each test stays well inside its timeout on a busy machine. */
const GROUP = 4;
const groups = Array.from({ length: Math.ceil(states.length / GROUP) }, (_, i) =>
  states.slice(i * GROUP, (i + 1) * GROUP),
);

for (const scheme of ['light', 'dark'] as const) {
  for (const group of groups) {
    const names = group.map((route) => route.name).join(', ');
    test(`no axe violations and no sideways overflow (${scheme}): ${names}`, async ({ page }) => {
      test.setTimeout(120_000);
      await seedAnnotations(page);
      await page.emulateMedia({ colorScheme: scheme });
      const report: string[] = [];
      const overflows: string[] = [];
      for (const route of group) {
        await page.goto(route.path);
        await route.ready(page);
        if (route.path === '/compare') await openCompare(page);
        await route.then?.open(page);
        const result = await new AxeBuilder({ page }).analyze();
        for (const v of result.violations) {
          report.push(
            `${route.name} ${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
          );
        }
        const wider = await overflow(page);
        if (wider > 0) overflows.push(`${route.name} +${wider}px`);
        console.log(
          `[audit ${test.info().project.name} ${scheme}] ${route.name}: ${result.violations.length} violations (${result.violations.reduce((n, v) => n + v.nodes.length, 0)} nodes), overflow ${wider}px`,
        );
      }
      expect(report, report.join('\n')).toEqual([]);
      expect(overflows, overflows.join('\n')).toEqual([]);
    });
  }
}
