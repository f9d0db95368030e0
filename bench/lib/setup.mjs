// @ts-check
// Part 1: call setup, chapter 5's quick path against the baseline page, runs interleaved in one browser.
import { call, capturesAudio, hangUp, readDurations, start } from './call-driver.mjs';
import { ratio, summarize } from './stats.mjs';
import { firstLine, row, spread, times } from './format.mjs';
import { chapter5Missing } from './pages.mjs';
import { atMost, targets } from './targets.mjs';
import { newContext } from './browser.mjs';

/** @typedef {{ offerToConnected: number[], callToFrame: number[], missingMarks: string[], failures: string[] }} Samples */

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
        const url = side === 'ours' ? `${oursUrl}` : `${baselineUrl}${audio ? '?audio=1' : ''}`;
        const page = await context.newPage();
        try {
          await page.goto(url);
          await start(page);
          if (side === 'ours' && i === -1) audio = await capturesAudio(page);
          const missing = await call(page);
          const durations = await readDurations(page);
          await hangUp(page);
          if (i < 0) continue;
          for (const name of missing)
            if (!samples[side].missingMarks.includes(name)) samples[side].missingMarks.push(name);
          if (missing.length === 0) {
            samples[side].offerToConnected.push(durations.offerToConnected);
            samples[side].callToFrame.push(durations.callToFrame);
          }
        } catch (error) {
          samples[side].failures.push(firstLine(error));
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await context.close();
  }
  const summary = (/** @type {Samples} */ s) => ({
    offerToConnected: summarize(s.offerToConnected),
    callToFrame: summarize(s.callToFrame),
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

function emptySamples() {
  return /** @type {Samples} */ ({ offerToConnected: [], callToFrame: [], missingMarks: [], failures: [] });
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
