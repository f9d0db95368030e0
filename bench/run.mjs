// @ts-check
// `npm run bench`: measures the built site in headless Chromium, prints a table, writes bench/results/latest.json.
// Never fails on a missed target; see bench/README.md for what each figure means.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseOptions, partNames } from './lib/options.mjs';
import { stopAll } from './lib/processes.mjs';
import { startPreview, startStatic } from './lib/servers.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { builtPages, chapter5, hasChapter5, hasPages } from './lib/pages.mjs';
import { firstLine, formatTable, message, row } from './lib/format.mjs';
import { buildRows, buildSite, timeTests } from './lib/build.mjs';
import { measureSetup, setupRows } from './lib/setup.mjs';
import { measureWeight, weightRows } from './lib/weight.mjs';
import { leakRows, measureLeak } from './lib/leak.mjs';
import { dataRows, measureData } from './lib/data-channel.mjs';
import { measurePhoto, photoRows } from './lib/photo.mjs';
import { lighthouseRows, measureLighthouse } from './lib/lighthouse.mjs';
import { measureSignal, signalRows } from './lib/signal.mjs';
import { measureSearch, searchRows } from './lib/search.mjs';
import { measureTabCall, tabCallRows } from './lib/tab-call.mjs';

const outDir = 'dist-bench';
const baselineDir = fileURLToPath(new URL('./baseline/', import.meta.url));
const resultFile = fileURLToPath(new URL('./results/latest.json', import.meta.url));

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(message(error));
  process.exit(2);
}
const { only } = options;

/** @typedef {import('./lib/format.mjs').Row} Row */
/** @type {Record<string, unknown>} */
const results = {};
/** Each part's rows, printed in the order of `partNames` whatever order the parts ran in. */
/** @type {Map<string, Row[]>} */
const sections = new Map();

/**
 * Runs one part and keeps its figures and rows; an error becomes the part's only row instead of stopping the bench.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} measure
 * @param {(result: T) => Row[]} toRows
 */
async function part(name, measure, toRows) {
  const began = performance.now();
  console.log(`[bench] ${name}...`);
  try {
    const result = await measure();
    results[name] = result;
    sections.set(name, toRows(result));
  } catch (error) {
    results[name] = { error: message(error) };
    sections.set(name, [row(name, 'could not run', firstLine(error))]);
    console.error(`[bench] ${name} failed: ${message(error)}`);
  }
  console.log(`[bench] ${name} done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

try {
  const siteParts = partNames.filter((p) => p !== 'build' && p !== 'signal' && only.has(p));
  if (only.has('build')) {
    await part(
      'build',
      async () => {
        const build = await buildSite(outDir, true);
        return { ...build, tests: options.withTests ? await timeTests() : undefined };
      },
      (r) => buildRows(r, r.tests),
    );
  } else if (siteParts.length > 0) {
    await buildSite(outDir, false);
  }

  if (siteParts.length > 0) {
    if (!hasPages(outDir)) throw new Error('the site build failed (see the build row)');
    const site = await startPreview(outDir, options.port);
    const baseline = await startStatic(baselineDir, options.port + 1);
    const paths = builtPages(outDir);
    const oursUrl = hasChapter5(outDir) ? `${site.url}${chapter5.path}` : undefined;
    const browser = siteParts.some((p) => p !== 'lighthouse') ? await launchBrowser() : undefined;
    try {
      if (browser && only.has('setup')) {
        const { runs } = options;
        await part('setup', () => measureSetup({ browser, oursUrl, baselineUrl: `${baseline.url}/`, runs }), setupRows);
      }
      if (browser && only.has('weight')) {
        await part('weight', () => measureWeight(browser, site.url, paths), weightRows);
      }
      if (browser && only.has('search')) {
        await part('search', () => measureSearch(browser, site.url, outDir), searchRows);
      }
      if (browser && only.has('leak')) {
        const url = oursUrl ?? `${baseline.url}/`;
        const subject = oursUrl ? 'ours' : 'baseline';
        await part('leak', () => measureLeak({ browser, url, cycles: options.cycles, subject }), leakRows);
      }
      if (browser && only.has('data')) {
        const runs = Math.min(options.runs, 7);
        const cycles = Math.min(options.cycles, 100);
        await part(
          'data',
          () => measureData({ browser, siteUrl: site.url, baselineUrl: baseline.url, runs, cycles }),
          dataRows,
        );
      }
      if (browser && only.has('photo')) {
        const runs = Math.min(options.runs, 7);
        await part(
          'photo',
          () => measurePhoto({ browser, siteUrl: site.url, baselineUrl: baseline.url, runs }),
          photoRows,
        );
      }
      if (browser && only.has('tab-call')) {
        const runs = Math.min(options.runs, 10);
        await part(
          'tab-call',
          () => measureTabCall({ browser, siteUrl: site.url, baselineUrl: baseline.url, runs }),
          tabCallRows,
        );
      }
    } finally {
      await browser?.close();
    }
    if (only.has('lighthouse')) {
      await part('lighthouse', () => measureLighthouse(site.url, paths), lighthouseRows);
    }
  }
  // The signaling server needs no site build and no browser: its own processes on ephemeral loopback ports.
  if (only.has('signal')) await part('signal', () => measureSignal(), signalRows);
} catch (error) {
  results['error'] = message(error);
  sections.set('bench', [row('bench', 'stopped', firstLine(error))]);
  console.error(`[bench] stopped: ${message(error)}`);
} finally {
  stopAll();
}

const rows = [...partNames, 'bench'].flatMap((name) => sections.get(name) ?? []);
const report = {
  date: new Date().toISOString(),
  machine: {
    cores: availableParallelism(),
    load: loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
    node: process.version,
  },
  options: { ...options, only: [...only] },
  rows,
  results,
};
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\n${formatTable(rows)}\n\nNode ${process.version}, ${report.machine.cores} cores, load ${report.machine.load}`,
);
console.log(`Figures written to ${resultFile}`);
