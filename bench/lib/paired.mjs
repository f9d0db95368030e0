// @ts-check
// What the parts that race a chapter against its bare-API baseline in one browser context share: the two pages and
// their errors, the alternating runs after a warm-up, the marks both pages record, and the closing rows.
import { newContext } from './browser.mjs';
import { row } from './format.mjs';
import { measureWeight } from './weight.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {'ours' | 'baseline'} Side */

/** The two sides, in the order every run measures them. */
export const sides = /** @type {const} */ (['ours', 'baseline']);

/**
 * Opens our chapter and the baseline page in one new context, collecting both pages' console errors and uncaught
 * exceptions, and runs `body` with them; the context closes afterwards, whatever happens.
 * @template T
 * @param {import('@playwright/test').Browser} browser
 * @param {Record<Side, string>} urls
 * @param {(o: { context: import('@playwright/test').BrowserContext, pages: Record<Side, Page>, errors: string[] }) => Promise<T>} body
 * @returns {Promise<T>}
 */
export async function withPair(browser, urls, body) {
  const context = await newContext(browser);
  /** @type {string[]} */
  const errors = [];
  try {
    const pages = { ours: await context.newPage(), baseline: await context.newPage() };
    for (const page of Object.values(pages)) {
      page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    }
    await pages.ours.goto(urls.ours);
    await pages.baseline.goto(urls.baseline);
    return await body({ context, pages, errors });
  } finally {
    await context.close();
  }
}

/**
 * Alternates ours and the baseline `runs` times after one untimed warm-up each; `measure(side)` takes one run's
 * figures of one side. Returns every figure's samples per side.
 * @template {string} K
 * @param {number} runs
 * @param {(side: Side) => Promise<Record<K, number>>} measure
 * @returns {Promise<Record<Side, Record<K, number[]>>>}
 */
export async function alternate(runs, measure) {
  const samples = /** @type {Record<Side, Record<K, number[]>>} */ ({ ours: {}, baseline: {} });
  for (let i = 0; i <= runs; i++) {
    for (const side of sides) {
      const figures = await measure(side);
      if (i === 0) continue; // warm-up
      for (const name of /** @type {K[]} */ (Object.keys(figures))) (samples[side][name] ??= []).push(figures[name]);
    }
  }
  return samples;
}

/** Milliseconds between the last two marks of these names, or NaN when one is missing or they are out of order. */
export function between(/** @type {Page} */ page, /** @type {string} */ start, /** @type {string} */ end) {
  return page.evaluate(
    ([a = '', b = '']) => {
      const from = performance.getEntriesByName(a).at(-1);
      const to = performance.getEntriesByName(b).at(-1);
      return from && to && to.startTime >= from.startTime ? to.startTime - from.startTime : NaN;
    },
    [start, end],
  );
}

/**
 * Calls, inside the page, a function the baseline page exposes as `window[api][name]` and returns what it resolves to.
 * @param {Page} page
 * @param {string} api
 * @param {string} name
 * @param {unknown[]} args
 */
export function callBaseline(page, api, name, ...args) {
  return page.evaluate(([a, n, rest]) => {
    const exposed = /** @type {Record<string, Record<string, (...x: unknown[]) => unknown>>} */ (
      /** @type {unknown} */ (window)
    );
    return exposed[a]?.[n]?.(...rest);
  }, /** @type {const} */ ([api, name, args]));
}

/** A page's JavaScript at startup, gzip bytes (external and inline), or undefined when it could not be weighed. */
export async function pageJsGzip(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {string} */ siteUrl,
  /** @type {string} */ path,
) {
  const weight = (await measureWeight(browser, siteUrl, [path]))[0];
  return weight && !weight.error ? weight.js.gzip + weight.jsInline.gzip : undefined;
}

/** The last rows of a paired part: the pages' errors and how many runs were counted. */
export function closingRows(/** @type {string} */ part, /** @type {{ errors: string[], runs: number }} */ r) {
  return [
    row(part, 'console errors and uncaught exceptions', r.errors.length ? `${r.errors.length}: ${r.errors[0]}` : '0'),
    row(part, 'runs (after one warm-up each)', String(r.runs)),
  ];
}
