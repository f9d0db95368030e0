import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Chapter 5, which holds `<CallInspectors />`. */
const path = '/steps/05-peer-connection/';
const inspector = (page: Page, kind: 'sdp' | 'candidates' | 'stats' | 'sequence') =>
  page.locator(`[data-inspector="${kind}"]`);
const peers = ['local', 'remote'] as const;
const stateNames = ['signalingState', 'iceGatheringState', 'iceConnectionState', 'connectionState'] as const;

/** What the page shows, read in one go: the state panels and what each inspector shows as text. */
interface Shown {
  states: Record<string, string>;
  sdp: string[];
  diff: string | null;
  candidates: string | null;
  sequence: string[];
}

/** What `window.__inspect()` returns: the browser's side of the call, and what the page showed at each save. */
interface BrowserSide {
  descriptions: { type: string; sdp: string }[];
  gumCalls: number;
  /** What the page showed, and its state trails, in the very task in which the reader clicked Save. */
  shownAtSave: { shown: Shown; trails: string[] }[];
}

/**
 * Keeps every description the page sets, as the browser holds it, counts getUserMedia calls, and reads what the page
 * shows in one synchronous pass (`__shown`), also at the click on Save, before the page's own handler writes the file.
 */
async function watchBrowser(page: Page) {
  await page.addInitScript(
    ({ peers, stateNames }) => {
      const descriptions: { type: string; sdp: string }[] = [];
      const shownAtSave: { shown: unknown; trails: string[] }[] = [];
      let gumCalls = 0;
      // Only the promise form is used; the legacy callback overloads are left out of the wrapper's type.
      const setLocal: (this: RTCPeerConnection, description?: RTCLocalSessionDescriptionInit) => Promise<void> =
        RTCPeerConnection.prototype.setLocalDescription;
      RTCPeerConnection.prototype.setLocalDescription = async function (
        this: RTCPeerConnection,
        description?: RTCLocalSessionDescriptionInit,
      ) {
        await setLocal.call(this, description);
        if (this.localDescription) {
          descriptions.push({ type: this.localDescription.type, sdp: this.localDescription.sdp });
        }
      } as typeof RTCPeerConnection.prototype.setLocalDescription;
      const gum = MediaDevices.prototype.getUserMedia;
      MediaDevices.prototype.getUserMedia = function (this: MediaDevices, constraints?: MediaStreamConstraints) {
        gumCalls++;
        return gum.call(this, constraints);
      };
      const inspector = (kind: string) => document.querySelector(`[data-inspector="${kind}"]`);
      const texts = (nodes: Iterable<Node> | undefined) => [...(nodes ?? [])].map((n) => n.textContent ?? '');
      // Not innerText: it is empty for an inspector that content-visibility skips, so it would depend on the scroll
      // position. Each row reads as its cells' words, the cells apart.
      const words = (el: Node) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        while (walker.nextNode()) found.push((walker.currentNode.textContent ?? '').trim());
        return found.filter(Boolean).join(' ');
      };
      const rows = (root: Element | null | undefined) =>
        root ? [...root.querySelectorAll('tr')].map((tr) => [...tr.cells].map(words).join(' | ')).join('\n') : null;
      const shown = () => {
        const states: Record<string, string> = {};
        for (const peer of peers) {
          for (const name of stateNames) {
            states[`${peer}.${name}`] =
              document.querySelector(`[data-peer="${peer}"] [data-state="${name}"]`)?.textContent ?? '';
          }
        }
        return {
          states,
          sdp: texts(inspector('sdp')?.querySelectorAll('.sdp-line')),
          diff: rows(inspector('sdp')?.querySelector('[data-diff-body]')),
          candidates: rows(inspector('candidates')?.querySelector('tbody')),
          sequence: texts(inspector('sequence')?.querySelectorAll('ol')),
        };
      };
      // Capture on the document runs before the button's own click handler, in the same task.
      document.addEventListener(
        'click',
        (event) => {
          if (!(event.target instanceof Element) || !event.target.closest('[data-save]')) return;
          shownAtSave.push({ shown: shown(), trails: texts(document.querySelectorAll('[data-trail]')) });
        },
        { capture: true },
      );
      Object.assign(window, { __inspect: () => ({ descriptions, gumCalls, shownAtSave }), __shown: shown });
    },
    { peers, stateNames },
  );
}

const browserSide = (page: Page) =>
  page.evaluate(() => (window as unknown as { __inspect: () => BrowserSide }).__inspect());

async function quickCall(page: Page) {
  await page.locator('#startButton').click();
  await expect(page.locator('#callButton')).not.toHaveAttribute('aria-disabled', 'true');
  await page.locator('#callButton').click();
  for (const peer of peers) {
    await expect(page.locator(`[data-peer="${peer}"] [data-state="connectionState"]`)).toHaveText('connected');
  }
}

/** The frames per second the stats inspector shows arriving at Bob. */
const videoFps = (page: Page) =>
  inspector(page, 'stats')
    .locator('[data-from="local"] [data-metric="fps"] [data-kind="video"]')
    .textContent()
    .then((text) => Number.parseFloat(text ?? '') || 0);

/** The first video codec of a description: the one its writer will send with. */
function firstVideoCodec(sdp: string): string {
  const lines = sdp.split(/\r?\n/);
  const mline = lines.find((l) => l.startsWith('m=video'));
  const pt = mline?.split(' ')[3];
  return (
    lines
      .find((l) => l.startsWith(`a=rtpmap:${pt} `))
      ?.split(' ')[1]
      ?.split('/')[0] ?? 'none'
  );
}

/** What each inspector and each state readout shows, as text; not the live numbers, which move every second. */
const everythingShown = (page: Page) => page.evaluate(() => (window as unknown as { __shown: () => Shown }).__shown());

/** The four states of both peers as the page's state panels show them. */
const statesShown = (page: Page) => everythingShown(page).then((shown) => shown.states);

test.beforeEach(async ({ page }) => {
  await watchBrowser(page);
  await page.goto(path);
  await expect(page.locator('[data-inspector]')).toHaveCount(4);
});

test('after a quick call, every inspector shows what really happened', async ({ page }) => {
  await quickCall(page);
  const { descriptions } = await browserSide(page);
  const offer = descriptions.find((d) => d.type === 'offer')!.sdp;
  const answer = descriptions.find((d) => d.type === 'answer')!.sdp;

  // SDP: the real offer's codec lines, line by line, and the codec the answer picked.
  const offerLines = inspector(page, 'sdp').locator('[data-doc="offer"] .sdp-line');
  await expect(offerLines.first()).toHaveText('v=0');
  const shown = await offerLines.allTextContents();
  const rtpmaps = offer.split(/\r?\n/).filter((l) => l.startsWith('a=rtpmap:'));
  expect(rtpmaps.length).toBeGreaterThan(0);
  expect(shown).toEqual(expect.arrayContaining(rtpmaps));
  await expect(inspector(page, 'sdp').locator('[data-diff-body]')).toContainText(
    `used for sending: ${firstVideoCodec(answer)}`,
  );

  // Candidates: at least one host candidate, and the pair ICE selected.
  await expect(inspector(page, 'candidates').locator('tbody tr[data-type="host"]').first()).toBeVisible();
  await expect(inspector(page, 'candidates').locator('[data-selected] li').first()).toContainText('⇄', {
    timeout: 15_000,
  });
  await expect(inspector(page, 'candidates').locator('tr.is-selected').first()).toBeVisible();

  // Stats: frames arrive, in the codec the SDP named.
  await expect.poll(() => videoFps(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(
    inspector(page, 'stats').locator('[data-from="local"] [data-metric="codec"] [data-kind="video"]'),
  ).toHaveText(firstVideoCodec(answer));
  await expect(inspector(page, 'stats').locator('[data-chart="fps"] svg polyline')).toHaveCount(1);

  // Sequence: the offer travels first, the answer comes back, candidates go both ways.
  const messages = inspector(page, 'sequence').locator('ol li');
  await expect(messages.first()).toContainText('Alice hands the offer to the page');
  await expect(messages.filter({ hasText: 'Bob hands the answer to the page' })).toHaveCount(1);
  await expect(messages.filter({ hasText: 'Alice hands the candidate' }).first()).toBeAttached();
  await expect(messages.filter({ hasText: 'Bob hands the candidate' }).first()).toBeAttached();
  // The diagram draws when it is on screen (the page skips rendering the inspectors until then).
  await inspector(page, 'sequence').scrollIntoViewIfNeeded();
  await expect(inspector(page, 'sequence').locator('svg')).toBeVisible();
});

test('each SDP line explains itself on hover, focus and tap, and arrow keys move between lines', async ({ page }) => {
  await quickCall(page);
  const sdp = inspector(page, 'sdp');
  const explanation = sdp.locator('[data-explain]');
  await sdp
    .locator('.sdp-line', { hasText: /^a=group:BUNDLE/ })
    .first()
    .hover();
  await expect(explanation).toContainText('share one connection');
  await sdp
    .locator('[data-doc="answer"] .sdp-line', { hasText: /^a=setup:active/ })
    .first()
    .click();
  await expect(explanation).toContainText('DTLS client');
  // The keyboard part starts with the pointer off the listings: a pointer left over a line would explain whatever
  // line the focus scrolls under it, whenever the browser gets round to it on a busy machine.
  await page.mouse.move(0, 0);
  const first = sdp.locator('[data-doc="offer"] .sdp-line').first();
  await first.focus();
  await expect(explanation).toContainText('Protocol version');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveText(/^o=/);
  await expect(explanation).toContainText('Origin');
  await expect(page.locator(':focus')).toHaveAttribute('aria-describedby', 'sdp-explain');
  // One Tab stop per listing, on the line last visited: Tab leaves the offer for the answer's a=setup line.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('a=setup:active');
  await expect(sdp.locator('.sdp-line[data-kind="unknown"]')).toHaveCount(0);
});

/** What the page shows once two readings in a row agree: the call has settled and nothing is still being drawn. */
async function settledShown(page: Page): Promise<Shown> {
  let last: Shown | undefined;
  await expect
    .poll(
      async () => {
        const previous = last;
        last = await everythingShown(page);
        return isDeepStrictEqual(previous, last);
      },
      { message: 'the page stops changing after the call connected', timeout: 15_000 },
    )
    .toBe(true);
  return last!;
}

/** The message a failing replay comparison prints above its diff. */
const sameAsSaved = 'the replay shows what the live page showed when the call was saved';

/**
 * Saves the call as a reader does, and returns the file and what the page showed in the task of the click. The page
 * keeps drawing while a call runs (a stats sample can move the selected pair, a late event can still be on its way to
 * the inspectors), so the save counts only when the page shows the same right after it; otherwise it saves again.
 */
async function saveCall(page: Page) {
  let saved: { download: Download; atSave: BrowserSide['shownAtSave'][number] } | undefined;
  await expect(async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save this call' }).click(),
    ]);
    const atSave = (await browserSide(page)).shownAtSave.at(-1);
    expect(atSave, 'what the page showed at the click on Save').toBeDefined();
    expect(await everythingShown(page), 'the page changed while the call was being saved').toEqual(atSave?.shown);
    saved = atSave && { download, atSave };
  }).toPass({ timeout: 30_000 });
  return saved!;
}

/** Runs a call, saves it, and opens the file in a fresh page; returns what the live page showed and the replay. */
async function saveAndReplay(page: Page, context: BrowserContext) {
  await quickCall(page);
  await expect.poll(() => videoFps(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(inspector(page, 'candidates').locator('tr.is-selected').first()).toBeVisible();
  const { download, atSave } = await saveCall(page);
  expect(download.suggestedFilename()).toMatch(/^webrtc-call-[\d-]+\.json$/);
  const file = await download.path();
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; stats: unknown[] };
  expect(saved).toMatchObject({ format: 'webrtc-step-by-step/call-log', version: 2, call: 'video-loopback' });
  expect(saved.stats.length).toBeGreaterThan(0);

  const replay = await context.newPage();
  await watchBrowser(replay);
  await replay.goto(path);
  await replay.locator('[data-file]').setInputFiles(file);
  await expect(replay.getByRole('status').filter({ hasText: 'Showing a call saved on' })).toBeVisible();
  return { live: atSave.shown, liveTrails: atSave.trails, replay };
}

test('a saved call replays into every inspector, without camera or connection', async ({ page, context }) => {
  const { live, replay } = await saveAndReplay(page, context);
  await expect(inspector(replay, 'stats').locator('[data-status]')).toHaveText('From the saved call.');
  await expect.poll(() => videoFps(replay)).toBeGreaterThan(0);
  const { states, ...inspectors } = live;
  await expect
    .poll(async () => ({ ...(await everythingShown(replay)), states }), { message: sameAsSaved })
    .toEqual({ ...inspectors, states });
  await expect(inspector(replay, 'candidates').locator('[data-selected] li').first()).toContainText('⇄');
  expect((await browserSide(replay)).gumCalls).toBe(0);
  expect((await browserSide(replay)).descriptions).toEqual([]);
});

test('a saved call replays to the same states in the state panels', async ({ page, context }) => {
  const { live, liveTrails, replay } = await saveAndReplay(page, context);
  await expect.poll(() => statesShown(replay), { message: sameAsSaved }).toEqual(live.states);
  const trails = (p: Page) => p.locator('[data-trail]').allTextContents();
  await expect.poll(() => trails(replay), { message: sameAsSaved }).toEqual(liveTrails);
  await expect(replay.locator('[data-call-status]')).toContainText('Showing a saved call');
  // The videos are empty and say why; the camera choice belongs to the live call, which is not shown.
  await expect(replay.locator('[data-replay-note]')).toHaveText(/A saved call keeps no video/);
  for (const source of await replay.locator('input[name="call-source"]').all()) await expect(source).toBeDisabled();

  // Acting on the live call brings it back: the saved call's states give way to the new call's.
  await replay.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(replay.locator('[data-call-status]')).not.toContainText('Showing a saved call');
  await expect(replay.locator('[data-replay-note]')).toBeHidden();
  await expect(replay.locator('#localVideo')).toHaveJSProperty('readyState', 4);
  await expect(replay.locator('[data-peer="local"] [data-state="signalingState"]')).toHaveText('—');
});

test('a foreign or damaged file gets a clear message and changes nothing', async ({ page }) => {
  await quickCall(page);
  await expect(inspector(page, 'candidates').locator('tr.is-selected').first()).toBeVisible({ timeout: 15_000 });
  const before = await settledShown(page);
  const files: [string, string, RegExp][] = [
    ['notes.json', 'not json at all', /it is not JSON/],
    ['package.json', JSON.stringify({ name: 'other', version: '1.0.0' }), /not a call saved by this tutorial/],
    [
      'future.json',
      JSON.stringify({
        format: 'webrtc-step-by-step/call-log',
        version: 9,
        savedAt: '',
        userAgent: '',
        events: [],
        stats: [],
      }),
      /newer version of this tutorial \(log version 9\)/,
    ],
    [
      'damaged.json',
      JSON.stringify({
        format: 'webrtc-step-by-step/call-log',
        version: 1,
        savedAt: '2026-11-24T09:00:00Z',
        userAgent: 'x',
        events: [{ type: 'state', peer: 'carol', name: 'signalingState', value: 'stable', at: 1 }],
        stats: [],
      }),
      /event number 1 is damaged \(field "peer"\)/,
    ],
  ];
  for (const [name, content, message] of files) {
    await page
      .locator('[data-file]')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByRole('alert')).toContainText('Nothing on the page has changed.');
  }
  expect(await everythingShown(page), 'what the page shows after the four files').toEqual(before);
});

test('a saved call from another machine explains its mDNS and server-reflexive candidates', async ({ page }) => {
  const candidate = (text: string) => ({ candidate: text, sdpMid: '0', sdpMLineIndex: 0 });
  const mdns = candidate('candidate:1 1 udp 2122260223 0f2a4c3e-7d6b-4f21-9e0e-8a2b3c4d5e6f.local 54321 typ host');
  const srflx = candidate('candidate:2 1 udp 1686052607 203.0.113.7 61120 typ srflx raddr 0.0.0.0 rport 0');
  const log = {
    format: 'webrtc-step-by-step/call-log',
    version: 1,
    savedAt: '2026-11-24T09:00:00.000Z',
    userAgent: 'another browser',
    events: [
      { type: 'state', peer: 'local', name: 'iceGatheringState', value: 'gathering', at: 100 },
      { type: 'candidate-gathered', peer: 'local', candidate: mdns, at: 103 },
      { type: 'candidate-gathered', peer: 'local', candidate: srflx, at: 140 },
      { type: 'candidate-delivered', peer: 'local', candidate: mdns, at: 150 },
      { type: 'candidate-gathered', peer: 'local', candidate: null, at: 160 },
    ],
    stats: [],
  };
  await page
    .locator('[data-file]')
    .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(log)) });
  const rows = inspector(page, 'candidates').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('+3 ms');
  await expect(rows.nth(0)).toContainText('delivered to Bob at +50 ms');
  await expect(rows.nth(1)).toHaveAttribute('data-type', 'srflx');
  await expect(rows.nth(1)).toContainText('type 100 · local 32542 · component 1');
  await expect(rows.nth(1)).toContainText('waiting in Alice’s outbox');
  await expect(rows.nth(2)).toContainText('Alice finished gathering');
  await rows.nth(0).getByText('mDNS name').click();
  await expect(rows.nth(0)).toContainText('hides the device’s real IP address');
  await expect(inspector(page, 'sequence').locator('ol li').nth(1)).toContainText(
    'it is waiting for the page to give it to Bob',
  );
});

test('no inspector code loads or draws between Call and the first remote frame', async ({ page }) => {
  await quickCall(page);
  await expect(inspector(page, 'sdp').locator('.sdp-line').first()).toBeVisible();
  const timing = await page.evaluate(() => ({
    call: performance.getEntriesByName('webrtc:call').at(-1)?.startTime ?? NaN,
    firstFrame: performance.getEntriesByName('webrtc:first-frame').at(-1)?.startTime ?? NaN,
    views: performance
      .getEntriesByType('resource')
      .filter((e) => /\/(sdp|candidates|stats|sequence)-view\.[\w-]+\.js$/.test(e.name))
      .map((e) => e.startTime),
  }));
  expect(timing.firstFrame).toBeGreaterThan(timing.call);
  expect(timing.views.length).toBeGreaterThan(0);
  for (const start of timing.views) expect(start).toBeGreaterThan(timing.firstFrame);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the filled inspectors have no serious accessibility problem and fit 360 px (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 740 });
    await quickCall(page);
    await expect.poll(() => videoFps(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await inspector(page, 'sdp').locator('.sdp-line').nth(2).hover();
    const results = await new AxeBuilder({ page }).include('[data-inspector]').include('call-log-tools').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
}
