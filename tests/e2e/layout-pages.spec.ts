import type { Page } from '@playwright/test';
import { languages } from '../../src/i18n';
import { expect, test } from './fixtures';

const prefixes = { en: '', ko: '/ko' } as const;

/** The smallest rendered font size of the visible text in the chapter-2 diagram, scaled as drawn (SVG included). */
function smallestDiagramLabel(page: Page): Promise<{ size: number; text: string; count: number }> {
  return page.locator('[data-diagram]').evaluate((figure) => {
    let smallest = { size: Infinity, text: '', count: 0 };
    for (const el of figure.querySelectorAll<HTMLElement | SVGElement>('*')) {
      const ownText = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (ownText === '' || el.closest('title, desc') || !el.checkVisibility()) continue;
      const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      smallest = {
        size: Math.min(smallest.size, size),
        text: size < smallest.size ? ownText : smallest.text,
        count: smallest.count + 1,
      };
    }
    return smallest;
  });
}

for (const [lang, prefix] of Object.entries(prefixes) as [keyof typeof prefixes, string][]) {
  const t = languages[lang];

  test.describe(`in ${lang}`, () => {
    test('the chapter-2 diagram keeps every label at 11 px or more on a 360 px phone and on a laptop', async ({
      page,
    }) => {
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${prefix}/steps/02-overview/`);
        const smallest = await smallestDiagramLabel(page);
        expect(smallest.count, `labels found at ${width} px`).toBeGreaterThan(10);
        expect(smallest.size, `"${smallest.text}" at ${width} px`).toBeGreaterThanOrEqual(11);
      }
      await expect(page.getByText(t['diagram.media'], { exact: true }).first()).toBeAttached();
    });

    test('the site title is shown whole in the header at 360 px', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${prefix}/steps/05-peer-connection/`);
      const brand = page.getByRole('link', { name: t['site.title'], exact: true }).first();
      await expect(brand).toBeVisible();
      // Not cut sideways, not wider than the screen, and not taller than the header that holds it.
      const fits = await brand.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const header = el.closest('header')?.getBoundingClientRect();
        return (
          el.scrollWidth <= el.clientWidth &&
          box.right <= window.innerWidth &&
          header !== undefined &&
          box.top >= header.top &&
          box.bottom <= header.bottom
        );
      });
      expect(fits).toBe(true);
      await expect(page.getByRole('button', { name: t['nav.menu'] })).toBeVisible();
    });

    test('the home page shows the call panel, one line per chapter and where to begin', async ({ page }) => {
      await page.goto(`${prefix}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['site.title']);
      await expect(page.getByRole('figure').filter({ hasText: t['home.stageCaption'] })).toBeVisible();
      const chapters = page.locator('.chapter-list > li');
      await expect(chapters).toHaveCount(10);
      const linked = chapters.filter({ has: page.getByRole('link') });
      for (const item of await linked.all()) await expect(item.locator('.summary')).not.toBeEmpty();
      await page.getByRole('link', { name: t['home.start'] }).click();
      await expect(page).toHaveURL(`${prefix}/steps/01-introduction/`);
    });
  });
}

test.describe('the 404 pages', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  for (const [lang, path] of [
    ['en', '/no-such-page/'],
    ['ko', '/ko/404.html'],
  ] as const) {
    test(`keep their two buttons apart on a phone (${lang})`, async ({ page }) => {
      const t = languages[lang];
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['notFound.title']);
      const home = await page.getByRole('link', { name: t['notFound.home'] }).boundingBox();
      const first = await page.getByRole('link', { name: t['notFound.first'] }).boundingBox();
      if (!home || !first) throw new Error('both buttons must be on the page');
      const apartSideways = first.x - (home.x + home.width);
      const apartDown = first.y - (home.y + home.height);
      expect(Math.max(apartSideways, apartDown)).toBeGreaterThanOrEqual(8);
    });
  }
});
