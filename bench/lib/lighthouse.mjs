// @ts-check
// Part 5: Lighthouse (default mobile settings) on every page, in a Chromium that chrome-launcher starts.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs } from '../../scripts/chromium-path.mjs';
import { chromiumExecutable } from './browser.mjs';
import { message, row } from './format.mjs';
import { atLeast, targets } from './targets.mjs';
import { stopOnExit } from './processes.mjs';

const categories = /** @type {(keyof typeof targets.lighthouse)[]} */ (Object.keys(targets.lighthouse));

/**
 * @typedef {{ path: string, scores: Partial<Record<keyof typeof targets.lighthouse, number>>,
 *   failing: string[], where: Record<string, string[]>, error?: string }} PageScores
 */

/** Scores every page; a page Lighthouse cannot audit carries its error message instead. */
export async function measureLighthouse(/** @type {string} */ siteUrl, /** @type {string[]} */ paths) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  const stop = stopOnExit(() => chrome.kill());
  const audit = (/** @type {string} */ path) =>
    lighthouse(`${siteUrl}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
  /** @type {PageScores[]} */
  const pages = [];
  try {
    // The first audit in a fresh browser pays its start-up (and scores it as blocking time): run one and discard it.
    await audit(paths[0] ?? '/').catch(() => undefined);
    for (const path of paths) {
      try {
        const result = await audit(path);
        const lhr = result?.lhr;
        if (!lhr) throw new Error('Lighthouse returned no result');
        /** @type {PageScores} */
        const page = { path, scores: {}, failing: [], where: {} };
        for (const id of categories) {
          const category = lhr.categories[id];
          if (category?.score != null) page.scores[id] = Math.round(category.score * 100);
          for (const ref of category?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit?.score != null && audit.score < 1) {
              page.failing.push(`${id}: ${ref.id}`);
              page.where[ref.id] = elements(audit.details);
            }
          }
        }
        if (lhr.runtimeError) page.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
        pages.push(page);
      } catch (error) {
        pages.push({ path, scores: {}, failing: [], where: {}, error: message(error) });
      }
    }
  } finally {
    stop();
  }
  return pages;
}

/** The table rows of part 5: one per page, each judged against every category's target. */
export function lighthouseRows(/** @type {PageScores[]} */ pages) {
  const target = categories.map((id) => `${short(id)}>=${targets.lighthouse[id]}`).join(' ');
  return pages.map((p) => {
    if (p.error && Object.keys(p.scores).length === 0)
      return row('lighthouse', p.path, `error: ${p.error}`, target, '-');
    const value = categories.map((id) => `${short(id)} ${p.scores[id] ?? '-'}`).join(', ');
    const missed = categories.filter((id) => atLeast(p.scores[id], targets.lighthouse[id]) !== 'met');
    // Audits that cost points, for the categories under their target only (the JSON lists them all).
    const blamed = p.failing.filter((f) => missed.some((id) => f.startsWith(`${id}:`)));
    const why = blamed.length ? ` [${blamed.join('; ')}]` : '';
    return row('lighthouse', p.path, `${value}${why}`, target, missed.length ? `missed: ${missed.join(', ')}` : 'met');
  });
}

function short(/** @type {string} */ id) {
  return { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' }[id] ?? id;
}

/** The first few elements an audit blames (selector and Lighthouse's explanation), for the JSON figures. */
function elements(/** @type {unknown} */ details) {
  const items = /** @type {{ items?: { node?: { selector?: string, explanation?: string } }[] }} */ (details ?? {})
    .items;
  return (items ?? [])
    .slice(0, 5)
    .flatMap((item) => (item.node?.selector ? [`${item.node.selector}: ${item.node.explanation ?? ''}`.trim()] : []));
}
