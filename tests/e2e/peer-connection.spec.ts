import type { Page } from '@playwright/test';
import { framesDecoded, installCallProbe, readProbe } from './call-probe';
import { expect, test } from './fixtures';

const path = '/steps/05-peer-connection/';
const manualOrder = [
  'get-user-media',
  'create-peers',
  'add-tracks',
  'create-offer',
  'set-local-offer',
  'set-remote-offer',
  'create-answer',
  'set-local-answer',
  'set-remote-answer',
] as const;

const state = (page: Page, peer: 'local' | 'remote', name: string) =>
  page.locator(`[data-peer="${peer}"] [data-state="${name}"]`);
const trail = (page: Page, peer: 'local' | 'remote', name: string) =>
  page.locator(`[data-peer="${peer}"] [data-trail="${name}"]`);
const phase = (page: Page, id: string) => page.locator(`[data-phase="${id}"]`);

async function runPhase(page: Page, id: string) {
  await expect(phase(page, id)).toHaveAttribute('aria-disabled', 'false');
  await phase(page, id).click();
  await expect(page.locator(`[data-step="${id}"] [data-result]`)).toContainText('finished');
}

async function expectConnected(page: Page) {
  for (const peer of ['local', 'remote'] as const) {
    await expect(state(page, peer, 'connectionState')).toHaveText('connected');
  }
}

test.beforeEach(async ({ page }) => {
  await installCallProbe(page);
  await page.goto(path);
});

test('the reader runs the whole call by hand and sees the exact state trails', async ({ page }) => {
  for (const id of manualOrder) await runPhase(page, id);
  // Before delivery the candidates wait in the outboxes and nothing connects.
  await expect(state(page, 'local', 'connectionState')).toHaveText('new');
  await expect(page.locator('[data-peer="local"] [data-outbox-count]')).not.toHaveText('No candidate waiting');
  await runPhase(page, 'exchange-ice');
  await expectConnected(page);
  await expect(trail(page, 'local', 'signalingState')).toHaveText('stable → have-local-offer → stable');
  await expect(trail(page, 'remote', 'signalingState')).toHaveText('stable → have-remote-offer → stable');
  await expect(trail(page, 'local', 'iceGatheringState')).toHaveText('new → gathering → complete');
  await expect(trail(page, 'remote', 'iceGatheringState')).toHaveText('new → gathering → complete');
  for (const peer of ['local', 'remote'] as const) {
    await expect(trail(page, peer, 'iceConnectionState')).toHaveText('new → checking → connected');
    await expect(trail(page, peer, 'connectionState')).toHaveText('new → connecting → connected');
  }
  await expect.poll(() => framesDecoded(page), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.locator('[data-step="exchange-ice"] [data-just-ran]')).toBeVisible();
});

test('each step says why it cannot run yet, naming the state in the way', async ({ page }) => {
  await expect(page.locator('[data-step="create-answer"] [data-reason]')).toHaveText(
    'There are no peer connections yet: create them first.',
  );
  for (const id of manualOrder.slice(0, 5)) await runPhase(page, id);
  await expect(page.locator('[data-step="create-answer"] [data-reason]')).toHaveText(
    'Bob can’t answer yet: he has no remote offer (signalingState is stable).',
  );
  await expect(phase(page, 'create-answer')).toHaveAttribute('aria-disabled', 'true');
});

test('the quick path connects, shows the trace and measures the setup time', async ({ page }) => {
  await expect(page.locator('#callButton')).toHaveAttribute('aria-disabled', 'true');
  await page.locator('#startButton').click();
  await expect(page.locator('#callButton')).toHaveAttribute('aria-disabled', 'false');
  await expect(page.locator('#startButton')).toHaveAttribute('aria-disabled', 'true');
  await page.locator('#callButton').click();
  await expectConnected(page);
  await expect.poll(() => framesDecoded(page), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.locator('[data-setup]')).toHaveText(/^\d+ ms$/);
  // Trickle ICE left nothing behind in either outbox.
  for (const peer of ['local', 'remote'] as const) {
    await expect(page.locator(`[data-peer="${peer}"] [data-outbox-count]`)).toHaveText('No candidate waiting');
  }
  const trace = page.locator('[data-trace]');
  await expect(trace).toContainText('[alice] alice.createOffer() start');
  await expect(trace).toContainText('[bob] first remote frame');
  await expect(trail(page, 'local', 'signalingState')).toHaveText('stable → have-local-offer → stable');
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  expect(marks).toEqual(
    expect.arrayContaining(['webrtc:call', 'webrtc:create-offer', 'webrtc:connected', 'webrtc:first-frame']),
  );
});

test('a double click never runs a step twice', async ({ page }) => {
  await page.locator('#startButton').dblclick();
  await expect(page.locator('#callButton')).toHaveAttribute('aria-disabled', 'false');
  await page.locator('#callButton').dblclick();
  await expectConnected(page);
  await page.locator('#hangupButton').click();
  for (const id of manualOrder.slice(0, 3)) await runPhase(page, id);
  await phase(page, 'create-offer').dblclick();
  await expect(page.locator('[data-step="create-offer"] [data-result]')).toContainText('finished');
  // Two calls, each double-clicked: every API call ran exactly once per call.
  await expect(page.locator('[data-trace] li', { hasText: 'alice.createOffer() start' })).toHaveCount(2);
  const { gumCalls, created } = await readProbe(page);
  expect(gumCalls).toBe(2);
  expect(created).toBe(4);
});

test('hang-up mid-negotiation leaves nothing running, and the next call works', async ({ page }) => {
  for (const id of manualOrder.slice(0, 6)) await runPhase(page, id);
  await runPhase(page, 'hang-up');
  await expect(page.locator('[data-call-status]')).toContainText('Call ended');
  expect(await readProbe(page)).toMatchObject({ alivePeers: 0, liveTracks: 0 });
  expect(
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#remoteVideo')?.srcObject ?? null),
  ).toBeNull();
  expect(
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#localVideo')?.srcObject ?? null),
  ).toBeNull();
  await expect(state(page, 'local', 'signalingState')).toHaveText('closed');
  await page.locator('#startButton').click();
  await expect(page.locator('#callButton')).toHaveAttribute('aria-disabled', 'false');
  await page.locator('#callButton').click();
  await expectConnected(page);
});

test('hang-up while the camera prompt is still open cancels it and stops the late stream', async ({ page }) => {
  await page.evaluate(() => {
    const original = MediaDevices.prototype.getUserMedia;
    MediaDevices.prototype.getUserMedia = function (this: MediaDevices, c?: MediaStreamConstraints) {
      // A prompt the reader answers two seconds late; the page learns of the stream when the call has ended.
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          original.call(this, c).then((stream) => {
            Object.assign(window, { __lateStream: stream });
            resolve(stream);
          }, reject);
        }, 2000),
      );
    };
  });
  await page.locator('#startButton').click();
  await expect(page.locator('[data-call-status]')).toContainText('Running');
  await page.locator('#hangupButton').click();
  await expect(page.locator('#startButton')).toHaveAttribute('aria-disabled', 'false');
  await expect
    .poll(() => page.evaluate(() => '__lateStream' in window), { message: 'the late stream arrives', timeout: 15_000 })
    .toBe(true);
  await expect.poll(() => readProbe(page), { message: 'the late stream is stopped' }).toMatchObject({ liveTracks: 0 });
  expect(
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#localVideo')?.srcObject ?? null),
  ).toBeNull();
});

test('hang-up twice, or with no call at all, is harmless', async ({ page }) => {
  await page.locator('#hangupButton').click();
  await page.locator('#hangupButton').click();
  await expect(page.locator('[data-call-status]')).toHaveText('No call yet. Start with the first step.');
  await page.locator('#startButton').click();
  await page.locator('#callButton').click();
  await expectConnected(page);
  await page.locator('#hangupButton').click();
  await page.locator('#hangupButton').click();
  expect(await readProbe(page)).toMatchObject({ alivePeers: 0, liveTracks: 0 });
});

test.describe('mistake mode', () => {
  test.beforeEach(async ({ page }) => {
    await page.getByLabel(/Mistake mode/).check();
  });

  test('a candidate delivered before the remote description shows InvalidStateError and why', async ({ page }) => {
    for (const id of manualOrder.slice(0, 5)) await runPhase(page, id);
    await expect(page.locator('[data-peer="local"] [data-outbox-count]')).not.toHaveText('No candidate waiting');
    await phase(page, 'exchange-ice').click();
    await expect(page.locator('[data-mistake-error]')).toContainText('InvalidStateError');
    await expect(page.locator('[data-mistake-text]')).toContainText('setRemoteDescription()');
    await expect(page.locator('[data-step="exchange-ice"] [data-result]')).toContainText('rejected');
  });

  test('an answer without an offer shows InvalidStateError, and the call can go on', async ({ page }) => {
    for (const id of manualOrder.slice(0, 5)) await runPhase(page, id);
    await phase(page, 'create-answer').click();
    await expect(page.locator('[data-mistake-error]')).toContainText('InvalidStateError');
    await expect(page.locator('[data-mistake-text]')).toContainText('have-remote-offer');
    for (const id of manualOrder.slice(5)) await runPhase(page, id);
    await runPhase(page, 'exchange-ice');
    await expectConnected(page);
  });

  test('the same track added twice shows InvalidAccessError, and reset brings the call back to the start', async ({
    page,
  }) => {
    for (const id of manualOrder.slice(0, 3)) await runPhase(page, id);
    await phase(page, 'add-tracks').click();
    await expect(page.locator('[data-mistake-error]')).toContainText('InvalidAccessError');
    await expect(page.locator('[data-mistake-text]')).toContainText('replaceTrack');
    await page.getByRole('button', { name: 'Reset the call' }).click();
    await expect(page.locator('[data-mistake]')).toBeHidden();
    await expect(state(page, 'local', 'signalingState')).toHaveText('—');
    await expect(page.locator('[data-step="get-user-media"] [data-result]')).toHaveText('');
    expect(await readProbe(page)).toMatchObject({ alivePeers: 0, liveTracks: 0 });
    await runPhase(page, 'get-user-media');
  });
});

test('undelivered candidates bring a hint after about ten seconds of waiting', async ({ page }) => {
  for (const id of manualOrder) await runPhase(page, id);
  const hint = page.locator('[data-hint]');
  await expect(hint).toBeHidden();
  // The engine's timer waits ten seconds; the ceiling leaves room for a busy machine.
  await expect(hint).toContainText('deliver the candidates', { timeout: 30_000 });
  await runPhase(page, 'exchange-ice');
  await expectConnected(page);
  await expect(hint).toBeHidden();
});

test('when Bob leaves, Alice goes disconnected then failed, with an explanation', async ({ page }) => {
  await page.locator('#startButton').click();
  await page.locator('#callButton').click();
  await expectConnected(page);
  await page.getByRole('button', { name: /Make Bob leave/ }).click();
  await expect(state(page, 'remote', 'connectionState')).toHaveText('closed');
  await expect(state(page, 'local', 'connectionState')).toHaveText('disconnected', { timeout: 15_000 });
  await expect(page.locator('[data-peer="local"] [data-explain]')).toContainText('lost contact');
  await expect(state(page, 'local', 'connectionState')).toHaveText('failed', { timeout: 30_000 });
  await expect(page.locator('[data-peer="local"] [data-explain]')).toContainText('gave up');
});

test('every step works from the keyboard', async ({ page }) => {
  await phase(page, 'get-user-media').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-step="get-user-media"] [data-result]')).toContainText('finished');
  await phase(page, 'create-peers').focus();
  await page.keyboard.press('Space');
  await expect(state(page, 'local', 'signalingState')).toHaveText('stable');
});

// The long story (200 cycles, a few minutes) is the bench's: `npm run bench` (bench/lib/leak.mjs).
test('20 Start, Call, Hang Up cycles leave no open connection and no live track', async ({ page }) => {
  const cycles = 20;
  test.setTimeout(180_000);
  await page.getByLabel(/Test pattern/).check();
  const { done, stuck } = await page.evaluate(async (cycles) => {
    const click = (id: string) => document.querySelector<HTMLButtonElement>(id)!.click();
    // Waits for what the page shows, checking every 10 ms; the ceiling (about 30 s) is only there for a page that hangs.
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 3000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
      return check();
    };
    const connected = () =>
      [...document.querySelectorAll('[data-state="connectionState"]')].every((el) => el.textContent === 'connected');
    const status = () => document.querySelector('[data-call-status]')?.textContent ?? '';
    for (let done = 0; done < cycles; done++) {
      // Like a reader, act on what the page shows once it has caught up with the last click.
      click('#startButton');
      const ready = () =>
        status() === 'Call in progress.' &&
        document.querySelector('#callButton')?.getAttribute('aria-disabled') === 'false';
      if (!(await until(ready))) return { done, stuck: `Call to be ready (status: ${status()})` };
      click('#callButton');
      if (!(await until(connected))) return { done, stuck: `both peers connected (status: ${status()})` };
      click('#hangupButton');
      if (!(await until(() => status().startsWith('Call ended'))))
        return { done, stuck: `the call to end (${status()})` };
    }
    return { done: cycles, stuck: null };
  }, cycles);
  expect(done, `cycle ${done + 1} waited in vain for ${stuck}`).toBe(cycles);
  const probe = await readProbe(page);
  expect(probe.created).toBe(2 * cycles);
  expect(probe.alivePeers).toBeLessThanOrEqual(2);
  expect(probe.alivePeers).toBe(0);
  expect(probe.liveTracks).toBe(0);
  await page.locator('#startButton').click();
  await page.locator('#callButton').click();
  await expectConnected(page);
});
