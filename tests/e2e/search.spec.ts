import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { expect as baseExpect, test } from './fixtures';

// The first search loads Pagefind and its index: allow for a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const subUrl = `http://127.0.0.1:${Number(process.env['E2E_PORT'] ?? 4330) + 1}/webrtc-tutorial/`;

/** Requests for Pagefind's files or the search dialog's code, to prove nothing loads before search is opened. */
function watchSearchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/|SearchModule|search-dialog/.test(request.url())) seen.push(request.url());
  });
  return seen;
}

const results = (page: Page) => page.getByRole('dialog').getByRole('listitem');

test('a reader finds an API name with the mouse and lands on the section that explains it', async ({ page }) => {
  const searchRequests = watchSearchRequests(page);
  await page.goto('/steps/04-webcam/');
  await page.waitForLoadState('networkidle');
  expect(searchRequests, 'nothing of search loads before it is opened').toEqual([]);

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the chapters' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Search for a word or an API name' }).fill('createOffer');
  await expect(results(page).first()).toBeVisible();
  expect(searchRequests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
  expect(searchRequests.some((url) => url.includes('SearchModule'))).toBe(true);

  const first = results(page).first().getByRole('link');
  await expect(first.locator('.chapter')).toHaveText(en['chapter.05-peer-connection']);
  await expect(first.locator('mark').first()).toHaveText(/createOffer/i);
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/steps\/05-peer-connection\/#[\w-]+$/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href?.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') ?? ''}$`));
  const anchor = href?.split('#')[1] ?? '';
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('a reader searches by keyboard alone: / opens, arrows move, Enter follows, Escape returns focus', async ({
  page,
}) => {
  await page.goto('/steps/02-overview/');
  const next = page.getByRole('link', { name: /Next/ }).last();
  await next.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  const box = dialog.getByRole('searchbox');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(next).toBeFocused();

  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('getUserMedia');
  await expect(results(page).nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first().getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = results(page).nth(1).getByRole('link');
  await expect(second).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const target = await second.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === target);
});

test('Korean pages search the Korean index: 후보 and 시그널링 find Korean prose', async ({ page }) => {
  await page.goto('/ko/steps/05-peer-connection/');
  await page.getByRole('button', { name: '검색' }).click();
  const box = page.getByRole('dialog').getByRole('searchbox', { name: '찾을 낱말이나 API 이름' });
  for (const word of ['후보', '시그널링']) {
    await box.fill(word);
    await expect(page.getByRole('dialog').getByRole('status')).toContainText(`“${word}”`);
    await expect(results(page).first()).toBeVisible();
    const links = await results(page)
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href, word).toMatch(/^\/ko\/steps\//);
    await expect(results(page).first().locator('mark').first()).toContainText(word);
  }
});

test('an English API name finds pages in both languages, each in its own index', async ({ page }) => {
  for (const [path, prefix, button] of [
    ['/steps/05-peer-connection/', /^\/steps\/05-peer-connection\//, 'Search'],
    ['/ko/steps/05-peer-connection/', /^\/ko\/steps\/05-peer-connection\//, '검색'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('setRemoteDescription');
    await expect(results(page).first()).toBeVisible();
    const links = await results(page)
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((href) => prefix.test(href ?? ''))).toBe(true);
  }
});

for (const [home, button, word] of [
  ['/', 'Search', 'ICE'],
  ['/ko/', '검색', '후보'],
] as const) {
  test(`search fits a 360 px screen (${home})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(home);
    // On a chapter the phone header is at its most crowded (menu, title, search, language, theme): the search icon
    // must still show, not be squeezed to nothing.
    await page.goto(`${home}steps/08-call/`);
    const icon = await page.getByRole('button', { name: button }).locator('svg').boundingBox();
    expect(icon?.width, 'the search icon keeps its size on a crowded header').toBeGreaterThanOrEqual(16);
    await page.goto(home);
    const open = page.getByRole('button', { name: button });
    await expect(open).toBeInViewport();
    await open.click();
    await page.getByRole('dialog').getByRole('searchbox').fill(word);
    await expect(results(page).first()).toBeVisible();
    const box = await page.getByRole('dialog').boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(360);
    const scrollWidth = await page.getByRole('dialog').evaluate((d) => d.scrollWidth - d.clientWidth);
    expect(scrollWidth, 'no sideways scrolling inside the dialog').toBeLessThanOrEqual(0);
    // Opened from the keyboard with nothing focused, Escape brings focus to the search button. (The first Escape in a
    // filled search field only clears it, as in any search field; the second closes.)
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(open).toBeFocused();
  });
}

test('under a sub-path build, search loads its index and links inside the sub-path', async ({ page }) => {
  await page.goto(`${subUrl}steps/03-get-the-code/`);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('RTCPeerConnection');
  await expect(results(page).first()).toBeVisible();
  const href = await results(page).first().getByRole('link').getAttribute('href');
  expect(href).toMatch(/^\/webrtc-tutorial\/steps\//);
  await results(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith('/webrtc-tutorial/steps/')).toBe(true);
});
