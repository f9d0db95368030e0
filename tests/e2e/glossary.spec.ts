import { languages } from '../../src/i18n';
import { glossary } from '../../src/site/glossary';
import { glossaryAnchor } from '../../src/site/glossary-routes';
import { builtPages, rootOutDir } from './built-pages';
import { expect, test } from './fixtures';

for (const [lang, other, path] of [
  ['en', 'ko', '/glossary/'],
  ['ko', 'en', '/ko/glossary/'],
] as const) {
  test(`the ${lang} glossary lists every term with both names, its meaning and its chapter`, async ({
    page,
    request,
  }) => {
    const t = languages[lang];
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['glossary.title']);
    for (const term of glossary) {
      const row = page.locator(`#${glossaryAnchor(term.id)}`);
      await expect(row.locator('dt')).toHaveText(term[lang].name);
      await expect(row.locator(`[lang="${other}"]`)).toHaveText(term[other].name);
      await expect(row).toContainText(term[lang].meaning);
    }
    const chapterLinks = await page
      .locator('.where a')
      .evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
    expect(chapterLinks.length).toBeGreaterThan(0);
    for (const href of chapterLinks) {
      expect(href.startsWith(lang === 'ko' ? '/ko/steps/' : '/steps/'), href).toBe(true);
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });
}

test('a term in a chapter leads to its entry in the glossary of the same language', async ({ page }) => {
  await page.goto('/ko/steps/02-overview/');
  await page.locator('main a.term[href$="#term-sdp"]').first().click();
  await expect(page).toHaveURL('/ko/glossary/#term-sdp');
  await expect(page.locator('#term-sdp dt')).toHaveText(glossary.find((term) => term.id === 'sdp')!.ko.name);
});

test('every in-page link of every chapter, in both languages, leads to an element on that page', async ({ page }) => {
  const chapters = builtPages(rootOutDir).filter((p) => p.includes('/steps/'));
  for (const path of chapters) {
    await page.goto(path);
    const missing = await page
      .locator('main a[href^="#"]')
      .evaluateAll((links) =>
        links
          .map((a) => decodeURIComponent(a.getAttribute('href')?.slice(1) ?? ''))
          .filter((id) => id === '' || document.getElementById(id) === null),
      );
    expect(missing, path).toEqual([]);
  }
});
