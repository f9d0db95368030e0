// @ts-check
// `npm run bench`: measures the built site in headless Chromium, prints a table, writes bench/results/latest.json.
// Never fails on a missed target; see bench/README.md for what each figure means.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './lib/options.mjs';
import { stopAll } from './lib/processes.mjs';
import { startPreview, startStatic } from './lib/servers.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { builtPages, chapter5, hasChapter5 } from './lib/pages.mjs';
import { firstLine, formatTable, message, row } from './lib/format.mjs';
import { buildRows, buildSite, timeTests } from './lib/build.mjs';
import { measureSetup, setupRows } from './lib/setup.mjs';
import { measureWeight, weightRows } from './lib/weight.mjs';
import { leakRows, measureLeak } from './lib/leak.mjs';
import { lighthouseRows, measureLighthouse } from './lib/lighthouse.mjs';

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

/** @type {Record<string, unknown>} */
const results = {};
/** @type {import('./lib/format.mjs').Row[]} */
const rows = [];

/** Runs one part; its error becomes a row (and a result) instead of stopping the bench. */
async function part(
  /** @type {string} */ name,
  /** @type {() => Promise<import('./lib/format.mjs').Row[]>} */ measure,
) {
  const began = performance.now();
  console.log(`[bench] ${name}...`);
  try {
    rows.push(...(await measure()));
  } catch (error) {
    results[name] = { error: message(error) };
    rows.push(row(name, 'could not run', firstLine(error)));
    console.error(`[bench] ${name} failed: ${message(error)}`);
  }
  console.log(`[bench] ${name} done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

try {
  const needsSite = ['setup', 'weight', 'leak', 'lighthouse'].some((p) => only.has(/** @type {never} */ (p)));
  /** @type {Awaited<ReturnType<typeof buildSite>> | undefined} */
  let build;
  /** @type {import('./lib/format.mjs').Row[]} */
  let buildTable = [];
  if (only.has('build')) {
    await part('build', async () => {
      build = await buildSite(outDir, true);
      const tests = options.withTests ? await timeTests() : undefined;
      results['build'] = { ...build, tests };
      buildTable = buildRows(build, tests);
      return [];
    });
  } else if (needsSite) {
    await part('site build', async () => (await buildSite(outDir, false), []));
  }

  if (needsSite && existsSync(outDir)) {
    const site = await startPreview(outDir, options.port);
    const baseline = await startStatic(baselineDir, options.port + 1);
    const paths = builtPages(outDir);
    const ours = hasChapter5(outDir);
    const browser = only.has('setup') || only.has('weight') || only.has('leak') ? await launchBrowser() : undefined;
    try {
      if (browser && only.has('setup')) {
        await part('setup', async () => {
          const oursUrl = ours ? `${site.url}${chapter5.path}` : undefined;
          const r = await measureSetup({ browser, oursUrl, baselineUrl: `${baseline.url}/`, runs: options.runs });
          results['setup'] = r;
          return setupRows(r);
        });
      }
      if (browser && only.has('weight')) {
        await part('weight', async () => {
          const r = await measureWeight(browser, site.url, paths);
          results['weight'] = r;
          return weightRows(r);
        });
      }
      rows.push(...buildTable);
      if (browser && only.has('leak')) {
        await part('leak', async () => {
          const url = ours ? `${site.url}${chapter5.path}` : `${baseline.url}/`;
          const r = await measureLeak({ browser, url, cycles: options.cycles, subject: ours ? 'ours' : 'baseline' });
          results['leak'] = r;
          return leakRows(r);
        });
      }
    } finally {
      await browser?.close();
    }
    if (only.has('lighthouse')) {
      await part('lighthouse', async () => {
        const r = await measureLighthouse(site.url, paths);
        results['lighthouse'] = r;
        return lighthouseRows(r);
      });
    }
  } else {
    rows.push(...buildTable);
  }
} catch (error) {
  results['error'] = message(error);
  rows.push(row('bench', 'stopped', firstLine(error)));
  console.error(`[bench] stopped: ${message(error)}`);
} finally {
  stopAll();
}

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
