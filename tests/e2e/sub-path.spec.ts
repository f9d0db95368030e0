import { builtPages, subOutDir } from './built-pages';
import { expect, test } from './fixtures';

const subPath = '/webrtc-tutorial/';
const pages = builtPages(subOutDir).map((p) => `${subPath}${p.slice(1)}`);

test('a build under a sub-path resolves every link, script, style and image', async ({ page, request }) => {
  const checked = new Set<string>();
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
    const urls = await page.evaluate(() =>
      [
        ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
        ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
        ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
        ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
      ].filter((u) => u.startsWith(location.origin)),
    );
    for (const url of urls) {
      const { pathname } = new URL(url);
      expect(pathname.startsWith(subPath), `${url} on ${path} is outside ${subPath}`).toBe(true);
      if (checked.has(pathname)) continue;
      checked.add(pathname);
      expect((await request.get(pathname)).status(), `${pathname} linked from ${path}`).toBe(200);
    }
  }
  expect(checked.size).toBeGreaterThan(pages.length);
});
