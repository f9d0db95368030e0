// @ts-check
// Part 1: call setup, chapter 5's quick path against the baseline page, runs interleaved in one browser.
import { call, capturesAudio, hangUp, readDurations, start } from './call-driver.mjs';
import { ratio, summarize } from './stats.mjs';
import { firstLine, row, spread, times } from './format.mjs';
import { chapter5Missing } from './pages.mjs';
import { atMost, targets } from './targets.mjs';
import { newContext } from './browser.mjs';
import { mainThreadMeter } from './main-thread.mjs';

/**
 * @typedef {{ offerToConnected: number[], callToFrame: number[], mainThread: import('./main-thread.mjs').MainThread[],
 *   missingMarks: string[], failures: string[] }} Samples
 */

/** A side that fails this many runs in a row, with no success yet, is given up (its page is likely broken). */
const giveUpAfter = 3;

/**
 * Times `runs` calls on each page, alternating ours and the baseline, after one untimed warm-up call each.
 * @param {{ browser: import('@playwright/test').Browser, oursUrl: string | undefined, baselineUrl: string, runs: number }} o
 */
export async function measureSetup({ browser, oursUrl, baselineUrl, runs }) {
  const context = await newContext(browser);
  /** @type {Record<'ours' | 'baseline', Samples>} */
  const samples = { ours: emptySamples(), baseline: emptySamples() };
  let audio = false;
  const sides = oursUrl ? /** @type {const} */ (['ours', 'baseline']) : /** @type {const} */ (['baseline']);
  try {
    for (let i = -1; i < runs; i++) {
      for (const side of sides) {
        const s = samples[side];
        if (s.failures.length >= giveUpAfter && s.callToFrame.length === 0) continue;
        const url = side === 'ours' ? `${oursUrl}` : `${baselineUrl}${audio ? '?audio=1' : ''}`;
        try {
          const run = await timeOneCall(context, url);
          if (side === 'ours' && i === -1) audio = run.audio;
          if (i < 0) continue;
          s.missingMarks = [...new Set([...s.missingMarks, ...run.missing])];
          if (run.missing.length === 0) {
            s.offerToConnected.push(run.offerToConnected);
            s.callToFrame.push(run.callToFrame);
            s.mainThread.push(run.mainThread);
          }
        } catch (error) {
          s.failures.push(firstLine(error));
        }
      }
    }
  } finally {
    await context.close();
  }
  const summary = (/** @type {Samples} */ s) => ({
    offerToConnected: summarize(s.offerToConnected),
    callToFrame: summarize(s.callToFrame),
    mainThread: medians(s.mainThread),
    missingMarks: s.missingMarks,
    failures: s.failures,
  });
  const ours = oursUrl ? summary(samples.ours) : undefined;
  const baseline = summary(samples.baseline);
  return {
    runs,
    media: audio ? 'fake camera + fake microphone' : 'fake camera',
    ours,
    baseline,
    ratio: {
      offerToConnected: ratio(ours?.offerToConnected?.median, baseline.offerToConnected?.median),
      callToFrame: ratio(ours?.callToFrame?.median, baseline.callToFrame?.median),
    },
    samples,
  };
}

/** One call in a fresh page: Start, Call, wait for remote frames and the marks, read them, Hang Up. */
async function timeOneCall(
  /** @type {import('@playwright/test').BrowserContext} */ context,
  /** @type {string} */ url,
) {
  const page = await context.newPage();
  try {
    const meter = await mainThreadMeter(context, page);
    await page.goto(url);
    await start(page);
    const audio = await capturesAudio(page);
    const since = await meter();
    const missing = await call(page);
    const mainThread = await since();
    const durations = await readDurations(page);
    await hangUp(page);
    return { audio, missing, mainThread, ...durations };
  } finally {
    await page.close();
  }
}

function emptySamples() {
  return /** @type {Samples} */ ({
    offerToConnected: [],
    callToFrame: [],
    mainThread: [],
    missingMarks: [],
    failures: [],
  });
}

/** The median of each main-thread counter over the runs. */
function medians(/** @type {import('./main-thread.mjs').MainThread[]} */ runs) {
  const keys = /** @type {(keyof import('./main-thread.mjs').MainThread)[]} */ ([
    'taskMs',
    'scriptMs',
    'layoutMs',
    'styleMs',
    'layouts',
  ]);
  if (runs.length === 0) return undefined;
  return Object.fromEntries(keys.map((key) => [key, summarize(runs.map((r) => r[key]))?.median ?? NaN]));
}

/** "task 250 ms (script 30, layout 70 in 73 layouts, style 12)" */
function busy(/** @type {Record<string, number> | undefined} */ m) {
  if (!m) return '-';
  const n = (/** @type {string} */ key) => (m[key] ?? NaN).toFixed(0);
  return `task ${n('taskMs')} ms (script ${n('scriptMs')}, layout ${n('layoutMs')} in ${n('layouts')} layouts, style ${n('styleMs')})`;
}

/** The table rows of part 1. */
export function setupRows(/** @type {Awaited<ReturnType<typeof measureSetup>>} */ r) {
  const part = 'setup';
  const { max, aim } = targets.setupRatio;
  const target = `<= ${max.toFixed(2)} (aim ${aim.toFixed(2)})`;
  const problems = (/** @type {string} */ who, /** @type {typeof r.baseline | undefined} */ s) => [
    ...(s?.missingMarks.length ? [row(part, `${who}: marks missing`, s.missingMarks.join(', '))] : []),
    ...(s?.failures.length ? [row(part, `${who}: failed runs`, `${s.failures.length}: ${s.failures[0]}`)] : []),
  ];
  const rows = [
    row(part, 'media', r.media),
    row(part, 'baseline createOffer -> connected', spread(r.baseline.offerToConnected)),
    row(part, 'baseline Call -> first frame', spread(r.baseline.callToFrame)),
    row(part, 'baseline main thread, Call -> frames (medians)', busy(r.baseline.mainThread)),
    ...problems('baseline', r.baseline),
  ];
  if (!r.ours) {
    return [
      ...rows,
      row(part, 'ours', chapter5Missing),
      row(part, 'ratio ours/baseline', chapter5Missing, target, '-'),
    ];
  }
  return [
    ...rows,
    row(part, 'ours createOffer -> connected', spread(r.ours.offerToConnected)),
    row(part, 'ours Call -> first frame', spread(r.ours.callToFrame)),
    row(part, 'ours main thread, Call -> frames (medians)', busy(r.ours.mainThread)),
    ...problems('ours', r.ours),
    row(
      part,
      'ratio createOffer -> connected',
      times(r.ratio.offerToConnected),
      target,
      status(r.ratio.offerToConnected),
    ),
    row(part, 'ratio Call -> first frame', times(r.ratio.callToFrame), target, status(r.ratio.callToFrame)),
  ];
  function status(/** @type {number | undefined} */ value) {
    return atMost(value, max, aim, (n) => n.toFixed(2));
  }
}
