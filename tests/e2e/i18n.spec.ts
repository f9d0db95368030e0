import type { Page } from '@playwright/test';
import { languages } from '../../src/i18n';
import { builtPages, rootOutDir } from './built-pages';
import { expect, test } from './fixtures';

const pages = builtPages(rootOutDir);
const koPages = pages.filter((p) => p.startsWith('/ko/'));
const enPages = pages.filter((p) => !p.startsWith('/ko/'));
const ko = languages.ko;

test('every English page has a Korean twin, and every Korean page an English one', () => {
  expect(koPages.length).toBeGreaterThan(0);
  expect(koPages.map((p) => p.slice('/ko'.length)).sort()).toEqual(enPages);
});

test('every Korean page says it is Korean and links its twins with hreflang links that resolve', async ({
  page,
  request,
}) => {
  for (const path of koPages) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'ko');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL((l as HTMLLinkElement).href).pathname]),
      );
    const twin = path.slice('/ko'.length);
    expect(alternates, path).toEqual([
      ['en', twin],
      ['ko', path],
      ['x-default', twin],
    ]);
    for (const [, pathname] of alternates)
      expect((await request.get(String(pathname))).status(), String(pathname)).toBe(200);
  }
});

test('the language switch leads to the same page in the other language and back', async ({ page }) => {
  for (const path of enPages) {
    await page.goto(path);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: ko['lang.name'] }).click();
    await expect(page).toHaveURL(`/ko${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.getByRole('navigation', { name: ko['lang.label'] }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(path);
  }
});

test.describe('a reader whose browser prefers Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('is offered the Korean page, stays on the English one, and is not asked again once they dismiss it', async ({
    page,
  }) => {
    await page.goto('/steps/02-overview/');
    const offer = page.getByRole('complementary', { name: ko['lang.label'] });
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('link', { name: ko['lang.offer.accept'] })).toHaveAttribute(
      'href',
      '/ko/steps/02-overview/',
    );
    await page.waitForLoadState('networkidle');
    await expect(page).toHaveURL('/steps/02-overview/');
    await offer.getByRole('button', { name: ko['lang.offer.dismiss'] }).click();
    await expect(offer).toBeHidden();
    await page.goto('/steps/03-get-the-code/');
    await expect(page.locator('[data-lang-offer]')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(languages.en['chapter.03-get-the-code']);
  });

  test('can take the offer to the same page in Korean', async ({ page }) => {
    await page.goto('/steps/04-webcam/');
    await page.getByRole('link', { name: ko['lang.offer.accept'] }).click();
    await expect(page).toHaveURL('/ko/steps/04-webcam/');
    await expect(page.locator('[data-lang-offer]')).toHaveCount(0);
  });

  test('still gets a working offer when the browser refuses storage', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Storage is blocked', 'SecurityError');
        },
      });
    });
    await page.goto('/');
    const offer = page.getByRole('complementary', { name: ko['lang.label'] });
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: ko['lang.offer.dismiss'] }).click();
    await expect(offer).toBeHidden();
  });
});

test.describe('a reader whose browser prefers English', () => {
  test.use({ locale: 'en-US' });
  test('sees no offer', async ({ page }) => {
    await page.goto('/steps/02-overview/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-lang-offer]')).toBeHidden();
  });
});

/** English sentences of the dictionaries (three words or more, split at placeholders) that Korean does not share. */
const englishSentences = [
  ...new Set(
    Object.entries(languages.en).flatMap(([key, value]) =>
      ko[key as keyof typeof ko] === value
        ? []
        : value
            .split(/\{\w+\}/)
            .map((part) => part.trim().replace(/\s+/g, ' '))
            .filter((part) => (part.match(/[A-Za-z]+/g) ?? []).length >= 3),
    ),
  ),
];

/** The text a reader sees on the page, without code, and without what is marked as English (the language switch). */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('code, pre, script, style, [lang="en"]')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

async function expectNoEnglish(page: Page, where: string) {
  const text = await visibleText(page);
  expect(
    englishSentences.filter((sentence) => text.includes(sentence)),
    `English on ${where}`,
  ).toEqual([]);
}

test('no Korean page shows an English sentence of the dictionaries', async ({ page }) => {
  expect(englishSentences.length).toBeGreaterThan(100);
  for (const path of koPages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expectNoEnglish(page, path);
  }
});

test('the Korean chapter 5 stays Korean after a call through the quick path', async ({ page }) => {
  await page.goto('/ko/steps/05-peer-connection/');
  await page.getByRole('radio', { name: ko['call.source.pattern'] }).check();
  await page.locator('#startButton').click();
  await page.locator('#callButton').click();
  await expect(page.locator('[data-peer="remote"] [data-state="connectionState"]')).toHaveText('connected');
  await expectNoEnglish(page, 'chapter 5 after a call');
});

test('the Korean chapter 4 stays Korean with the test pattern running', async ({ page }) => {
  await page.goto('/ko/steps/04-webcam/');
  await page.getByRole('button', { name: ko['media.action.testPattern'] }).click();
  await expect(page.getByRole('button', { name: ko['media.action.stop'] })).toBeEnabled();
  await expectNoEnglish(page, 'chapter 4 with the test pattern');
});
