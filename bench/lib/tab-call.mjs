// @ts-check
// Part "tab-call": chapter 8's automatic call between two tabs against bench/baseline/tab-call.html, the bare-API
// two-tab call over BroadcastChannel. Call clicked in one tab -> both tabs' connections `connected`, measured in the
// pages on the shared wall clock (performance.timeOrigin + now). Also chapter 8's JavaScript.
import { newContext } from './browser.mjs';
import { firstLine, kb, row, spread, times } from './format.mjs';
import { ratio, summarize } from './stats.mjs';
import { atMost } from './targets.mjs';
import { measureWeight } from './weight.mjs';

/** The chapter the part measures. */
export const chapter8 = { path: '/steps/08-call/' };

const KB = 1024;
/** Issue 14's targets: the setup ratio of medians, and the chapter's JavaScript in gzip bytes. */
export const tabCallTargets = { ratio: { max: 1.1 }, jsGzip: { max: 30 * KB } };

/**
 * The same probe in every page: the time of the click on #callButton, and the first moment this tab's connection
 * reports `connected`. Neither page knows it is measured.
 */
function probe() {
  const marks = { call: NaN, connected: NaN };
  const now = () => performance.timeOrigin + performance.now();
  Object.assign(window, { tabCallMarks: marks });
  document.addEventListener(
    'click',
    (event) => {
      const target = /** @type {Element | null} */ (event.target);
      if (target?.closest?.('#callButton')) marks.call = now();
    },
    true,
  );
  const Native = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Native {
    constructor(/** @type {RTCConfiguration | undefined} */ config) {
      super(config);
      this.addEventListener('connectionstatechange', () => {
        if (this.connectionState === 'connected' && Number.isNaN(marks.connected)) marks.connected = now();
      });
    }
  };
}

/** @typedef {import('@playwright/test').Page} Page */

const marksOf = (/** @type {Page} */ page) =>
  page.evaluate(
    () =>
      /** @type {{ tabCallMarks: { call: number, connected: number } }} */ (/** @type {unknown} */ (window))
        .tabCallMarks,
  );

/** A fresh room id of the format both pages accept. */
const freshRoom = () =>
  Array.from({ length: 22 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');

/** Opens two tabs of one context on `url` with the same room and gets both ready to call. */
async function openPair(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {'ours' | 'baseline'} */ side,
  /** @type {string} */ url,
) {
  const context = await newContext(browser);
  await context.addInitScript(probe);
  const target = `${url}?room=${freshRoom()}`;
  const tabs = [await context.newPage(), await context.newPage()];
  for (const tab of tabs) {
    await tab.goto(target);
    if (side === 'ours') {
      await tab.waitForSelector('#roomStatus[data-status="waiting"], #roomStatus[data-status="ready"]');
      await tab.check('input[name="mode"][value="automatic"]');
      await tab.check('input[name="source"][value="camera"]');
    }
  }
  if (side === 'ours') for (const tab of tabs) await tab.waitForSelector('#roomStatus[data-status="ready"]');
  for (const tab of tabs) {
    await tab.click('#startButton');
    await tab.waitForFunction(() => {
      const video = /** @type {HTMLVideoElement | null} */ (document.querySelector('#localVideo'));
      return video !== null && video.readyState >= 2;
    });
  }
  return { context, tabs };
}

/** One timed call: Call in the first tab, until both tabs are connected. */
async function timedCall(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {'ours' | 'baseline'} */ side,
  /** @type {string} */ url,
) {
  const { context, tabs } = await openPair(browser, side, url);
  try {
    const [first, second] = /** @type {[Page, Page]} */ (tabs);
    await first.click('#callButton');
    const connected = () =>
      Promise.all(
        tabs.map((tab) =>
          tab.waitForFunction(
            () => {
              const marks = /** @type {{ tabCallMarks: { connected: number } }} */ (/** @type {unknown} */ (window))
                .tabCallMarks;
              return !Number.isNaN(marks.connected);
            },
            undefined,
            { timeout: 20_000 },
          ),
        ),
      );
    await connected();
    const a = await marksOf(first);
    const b = await marksOf(second);
    return Math.max(a.connected, b.connected) - a.call;
  } finally {
    await context.close();
  }
}

/**
 * Alternates ours and the baseline `runs` times after one untimed warm-up each, every run in fresh tabs; then weighs
 * chapter 8's JavaScript.
 * @param {{ browser: import('@playwright/test').Browser, siteUrl: string, baselineUrl: string, runs: number }} o
 */
export async function measureTabCall({ browser, siteUrl, baselineUrl, runs }) {
  const urls = { ours: `${siteUrl}${chapter8.path}`, baseline: `${baselineUrl}/tab-call.html` };
  /** @type {Record<'ours' | 'baseline', number[]>} */
  const samples = { ours: [], baseline: [] };
  /** @type {string[]} */
  const failures = [];
  for (let i = 0; i <= runs; i++) {
    for (const side of /** @type {const} */ (['ours', 'baseline'])) {
      try {
        const value = await timedCall(browser, side, urls[side]);
        if (i > 0) samples[side].push(value);
      } catch (error) {
        failures.push(`${side} run ${i}: ${firstLine(error)}`);
      }
    }
  }
  const weight = (await measureWeight(browser, siteUrl, [chapter8.path]))[0];
  const jsGzip = weight && !weight.error ? weight.js.gzip + weight.jsInline.gzip : undefined;
  return {
    runs,
    setup: { ours: summarize(samples.ours), baseline: summarize(samples.baseline) },
    raw: samples,
    jsGzip,
    requests: weight?.requests,
    failures,
  };
}

/** The table rows of part "tab-call". */
export function tabCallRows(/** @type {Awaited<ReturnType<typeof measureTabCall>>} */ r) {
  const part = 'tab-call';
  const setupRatio = ratio(r.setup.ours?.median, r.setup.baseline?.median);
  const rows = [
    row(part, 'two tabs, Call -> both connected: ours', spread(r.setup.ours)),
    row(part, 'two tabs, Call -> both connected: bare BroadcastChannel page', spread(r.setup.baseline)),
    row(
      part,
      'two-tab setup ratio (median ours / baseline)',
      times(setupRatio),
      `<= ${tabCallTargets.ratio.max}`,
      atMost(setupRatio, tabCallTargets.ratio.max),
    ),
    row(
      part,
      'chapter 8 JS gzip',
      r.jsGzip === undefined ? 'not measured' : `${kb(r.jsGzip)} (${r.requests ?? '?'} requests)`,
      `<= ${kb(tabCallTargets.jsGzip.max)}`,
      atMost(r.jsGzip, tabCallTargets.jsGzip.max),
    ),
  ];
  for (const failure of r.failures) rows.push(row(part, 'failed run', failure));
  return rows;
}
