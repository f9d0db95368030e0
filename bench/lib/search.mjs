// @ts-check
// Part: search. The Pagefind index each language downloads, and the time from opening search to the first results.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kb, row, spread } from './format.mjs';
import { summarize } from './stats.mjs';
import { newContext } from './browser.mjs';

/** Bytes of Pagefind's files a reader of one language can download: its meta, index chunks, fragments and wasm. */
export function indexSizes(/** @type {string} */ outDir) {
  const dir = join(outDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  /** @type {Record<string, { total: number, files: number }>} */
  const sizes = {};
  const files = ['', 'index', 'fragment'].flatMap((sub) =>
    readdirSync(join(dir, sub))
      .map((name) => join(dir, sub, name))
      .filter((path) => statSync(path).isFile()),
  );
  for (const [lang, info] of Object.entries(entry.languages)) {
    const own = files.filter((path) => {
      const name = path.slice(dir.length + 1);
      return (
        name.startsWith(`index/${lang}_`) ||
        name.startsWith(`fragment/${lang}_`) ||
        name === `pagefind.${info.hash}.pf_meta` ||
        name === `wasm.${info.wasm ?? 'unknown'}.pagefind` ||
        name === 'pagefind.js' ||
        name === 'pagefind-entry.json'
      );
    });
    sizes[lang] = { total: own.reduce((sum, path) => sum + statSync(path).size, 0), files: own.length };
  }
  return sizes;
}

/** Opens search on a fresh page (empty cache) and times `search:open` to `search:results`, `runs` times per page. */
export async function measureSearch(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {string} */ siteUrl,
  /** @type {string} */ outDir,
  runs = 5,
) {
  const queries = [
    { path: '/steps/05-peer-connection/', query: 'createOffer' },
    { path: '/ko/steps/05-peer-connection/', query: '후보' },
  ];
  /** @type {Record<string, number[]>} */
  const timings = {};
  for (const { path, query } of queries) {
    timings[path] = [];
    for (let i = 0; i < runs; i++) {
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
        await page.keyboard.press('Control+k');
        await page.locator('[data-search-input]').fill(query);
        await page.locator('[data-search-results] li').first().waitFor();
        const ms = await page.evaluate(() => performance.measure('search', 'search:open', 'search:results').duration);
        timings[path].push(ms);
      } finally {
        await context.close();
      }
    }
  }
  return { sizes: indexSizes(outDir), timings };
}

/** The table rows of the search part. */
export function searchRows(/** @type {Awaited<ReturnType<typeof measureSearch>>} */ r) {
  const part = 'search';
  return [
    ...Object.entries(r.sizes).map(([lang, s]) =>
      row(part, `index size, ${lang} (all files a reader may fetch)`, `${kb(s.total)} in ${s.files} files`),
    ),
    ...Object.entries(r.timings).map(([path, values]) =>
      row(part, `open to first results, ${path} (cold cache)`, spread(summarize(values))),
    ),
  ];
}
