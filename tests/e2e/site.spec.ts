import AxeBuilder from '@axe-core/playwright';
import { languages } from '../../src/i18n';
import { builtPages, rootOutDir } from './built-pages';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const pages = builtPages(rootOutDir);

test('the build has the home page and chapters 1 to 3', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/', '/steps/01-introduction/', '/steps/02-overview/', '/steps/03-get-the-code/']),
  );
});

/** The axe rules that read colours: all that differs between the light and the dark theme. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Axe's serious and critical violations on the page as it is now (every rule, or only `rules`), one line each. */
async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// One test per page, one load for the checks that read the same page: each load and each fresh browser context
// costs seconds on a busy two-core machine, and these run for every page of the build.
for (const path of pages) {
  test(`page ${path}: renders with a title and one main heading, no serious accessibility violation in light or dark, no horizontal scroll at 360 px`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(new RegExp(languages[path.startsWith('/ko/') ? 'ko' : 'en']['site.title']));
    await page.waitForLoadState('networkidle');
    expect.soft(await seriousViolations(page), 'light theme').toEqual([]);
    // The theme follows prefers-color-scheme in CSS alone (light-dark() colours), so switching it needs no reload,
    // and only the rules that read colours can find something the light run did not.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect.soft(await seriousViolations(page, colourRules), 'dark theme').toEqual([]);

    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 360 px').toBeLessThanOrEqual(0);
  });
}

test('the sidebar reaches every page of the build', async ({ page }) => {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    await page.goto(path);
    const hrefs = await page
      .locator('nav a[href^="/"]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const href of hrefs) {
      if (!seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  expect([...seen].sort()).toEqual(pages);
});

test('a reader can walk every chapter with Next and come back with Previous', async ({ page }) => {
  const chapters = pages.filter((p) => p.startsWith('/steps/'));
  await page.goto(chapters[0] as string);
  const forward = [new URL(page.url()).pathname];
  while ((await page.getByRole('link', { name: /^Next/ }).count()) > 0) {
    await page.getByRole('link', { name: /^Next/ }).click();
    forward.push(new URL(page.url()).pathname);
  }
  expect(forward).toEqual(chapters);
  const backward = [new URL(page.url()).pathname];
  while ((await page.getByRole('link', { name: /^Previous/ }).count()) > 0) {
    await page.getByRole('link', { name: /^Previous/ }).click();
    backward.push(new URL(page.url()).pathname);
  }
  expect(backward).toEqual([...chapters].reverse());
});

test('unwritten chapters are listed but not linked', async ({ page }) => {
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Chapters' });
  await expect(sidebar.getByRole('listitem')).toHaveCount(10);
  const linked = await sidebar.getByRole('link').count();
  expect(linked).toBe(pages.filter((p) => p.startsWith('/steps/')).length);
});

test.describe('the 404 page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('answers an unknown address with a way back', async ({ page }) => {
    const response = await page.goto('/steps/99-no-such-chapter/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('WebRTC, step by step');
  });
});

test('the theme picker switches to dark, survives a reload and goes back to the system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/steps/01-introduction/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByLabel('Colour theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.reload();
  // The attribute is set by a blocking script in <head>, so it is there before the body is painted.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe(dark);
  await expect(page.getByLabel('Colour theme')).toHaveValue('dark');
  await page.getByLabel('Colour theme').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await background()).toBe(light);
});

test('on a phone the chapter menu opens, closes with Escape and gives focus back', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/steps/02-overview/');
  const sidebar = page.getByRole('navigation', { name: 'Chapters' });
  const toggle = page.getByRole('button', { name: 'Chapters' });
  await expect(sidebar).toBeHidden();
  await toggle.click();
  await expect(sidebar).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // The open menu covers the page from the header to the bottom of the screen.
  const box = await sidebar.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThanOrEqual(739);
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await sidebar.getByRole('link', { name: /Get the code/ }).click();
  await expect(page).toHaveURL(/03-get-the-code\/$/);
});

test('the skip link is the first stop of the keyboard and jumps to the content', async ({ page }) => {
  await page.goto('/steps/01-introduction/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the capability check reports what this browser offers', async ({ page }) => {
  await page.goto('/steps/01-introduction/');
  const check = page.locator('capability-check');
  for (const id of ['secureContext', 'mediaDevices', 'peerConnection', 'dataChannel', 'broadcastChannel']) {
    await expect(check.locator(`[data-feature="${id}"]`)).toHaveAttribute('data-value', 'yes');
  }
  // The test browser grants both permissions up front.
  await expect(check.locator('[data-permission="camera"]')).toHaveAttribute('data-value', 'granted');
  await expect(check.getByRole('status')).toHaveText('Everything the tutorial needs is here.', { useInnerText: true });
});
