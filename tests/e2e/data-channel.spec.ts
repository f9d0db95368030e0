import type { Page } from '@playwright/test';
import { installCallProbe, readProbe } from './call-probe';
import { expect, test } from './fixtures';

const toOpen = [
  'create-peers',
  'create-channel',
  'create-offer',
  'set-local-offer',
  'set-remote-offer',
  'create-answer',
  'set-local-answer',
  'set-remote-answer',
  'exchange-ice',
  'receive-channel',
] as const;

const end = (page: Page, side: 'local' | 'remote', name: string) =>
  page.locator(`[data-channel="${side}"] [data-state="${name}"]`);
const endTrail = (page: Page, side: 'local' | 'remote') =>
  page.locator(`[data-channel="${side}"] [data-channel-trail]`);
const peerState = (page: Page, peer: 'local' | 'remote', name: string) =>
  page.locator(`[data-peer="${peer}"] [data-state="${name}"]`);
const log = (page: Page, side: 'local' | 'remote') => page.locator(`[data-log="${side}"] li`);
const step = (page: Page, id: string) => page.locator(`call-step[data-step="${id}"]`);

async function runPhase(page: Page, id: string) {
  await expect(page.locator(`[data-phase="${id}"]`)).toHaveAttribute('aria-disabled', 'false');
  await page.locator(`[data-phase="${id}"]`).click();
  await expect(step(page, id)).toHaveAttribute('data-ran', 'done');
}

async function openByHand(page: Page) {
  for (const id of toOpen) await runPhase(page, id);
  await expect(end(page, 'local', 'readyState')).toHaveText('open');
  await expect(end(page, 'remote', 'readyState')).toHaveText('open');
}

async function startQuick(page: Page) {
  await page.locator('#startButton').click();
  await expect(page.locator('#sendButton')).toBeEnabled();
}

for (const path of ['/steps/06-data-channel/', '/ko/steps/06-data-channel/']) {
  test.describe(`chapter 6 at ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      await installCallProbe(page);
      await page.goto(path);
    });

    test('the reader opens the channel by hand and sees both ends reach open, with exact trails', async ({ page }) => {
      await expect(end(page, 'local', 'readyState')).toHaveText('—');
      await openByHand(page);
      await expect(endTrail(page, 'local')).toHaveText('connecting → open');
      await expect(endTrail(page, 'remote')).toHaveText('open');
      for (const peer of ['local', 'remote'] as const) {
        await expect(peerState(page, peer, 'connectionState')).toHaveText('connected');
      }
      await expect(page.locator('[data-peer="local"] [data-trail="signalingState"]')).toHaveText(
        'stable → have-local-offer → stable',
      );
      await expect(end(page, 'remote', 'label')).toHaveText('sendDataChannel');
      await expect(end(page, 'local', 'binaryType')).toHaveText('arraybuffer');
      await expect(end(page, 'local', 'bufferedAmount')).toHaveText('0');
      await expect(page.locator('[data-peer="local"] [data-sctp]')).toHaveText('262144');
      // The SDP inspector explains the data section of the offer.
      await expect(page.locator('[data-inspector="sdp"]')).toContainText('m=application');
    });

    test('text travels both ways and bytes arrive identical, each message logged below the previous one', async ({
      page,
    }) => {
      await openByHand(page);
      await page.locator('[data-draft]').fill('ping from Alice');
      await runPhase(page, 'send-text');
      await runPhase(page, 'send-binary');
      await page.locator('[data-draft]').fill('pong from Bob');
      await runPhase(page, 'reply-text');
      await expect(log(page, 'remote')).toHaveCount(3);
      await expect(log(page, 'local')).toHaveCount(3);
      await expect(log(page, 'remote').nth(0)).toContainText('ping from Alice');
      await expect(log(page, 'local').nth(2)).toContainText('pong from Bob');
      const sentBytes = await log(page, 'local').nth(1).textContent();
      const gotBytes = await log(page, 'remote').nth(1).textContent();
      const hex = (line: string | null) => line?.match(/(?:[0-9a-f]{2} ){6}[0-9a-f]{2}/)?.[0];
      expect(hex(sentBytes)).toBe('00 01 02 7f 80 fe ff');
      expect(hex(gotBytes)).toBe(hex(sentBytes));
    });

    test('closing the channel takes both ends to closed while the connections stay up', async ({ page }) => {
      await openByHand(page);
      await runPhase(page, 'close-channel');
      await expect(endTrail(page, 'local')).toHaveText('connecting → open → closing → closed');
      await expect(end(page, 'remote', 'readyState')).toHaveText('closed');
      await expect(peerState(page, 'local', 'connectionState')).toHaveText('connected');
      // Sending after close: the step refuses and says why.
      await expect(page.locator('[data-phase="send-text"]')).toHaveAttribute('aria-disabled', 'true');
      await expect(step(page, 'send-text').locator('[data-reason]')).toContainText('closed');
    });

    test('the quick path sends only once open, lists every message, and Stop closes everything', async ({ page }) => {
      await expect(page.locator('#sendButton')).toBeDisabled();
      await expect(page.locator('#dataChannelSend')).toBeDisabled();
      await startQuick(page);
      for (const text of ['first', 'second']) {
        await page.locator('#dataChannelSend').fill(text);
        await page.locator('#sendButton').click();
      }
      await expect(page.locator('#dataChannelReceive li')).toHaveText(['first', 'second']);
      await expect(page.locator('channel-quick-path [data-trace]')).toContainText('readyState → open');
      await page.locator('#closeButton').click();
      await expect(end(page, 'local', 'readyState')).toHaveText('closed');
      await expect(end(page, 'remote', 'readyState')).toHaveText('closed');
      await expect(page.locator('#sendButton')).toBeDisabled();
      expect((await readProbe(page)).alivePeers).toBe(0);
    });

    test('16 MiB sent with backpressure arrive complete and in order', async ({ page }) => {
      await startQuick(page);
      await page.locator('channel-experiments [data-experiment="backpressure"]').click();
      await expect(page.locator('[data-results]')).toHaveAttribute('data-complete', 'true', { timeout: 45_000 });
      await expect(page.locator('[data-graph-path]')).not.toHaveAttribute('d', '');
    });

    test('a blind 32 MiB transfer meets OperationError and the channel stays open', async ({ page }) => {
      await startQuick(page);
      await page.locator('[name="mib"]').fill('32');
      await page.locator('channel-experiments [data-experiment="blind"]').click();
      await expect(page.locator('[data-results]')).toContainText('OperationError', { timeout: 45_000 });
      await expect(end(page, 'local', 'readyState')).toHaveText('open');
    });

    test('a 300 KiB message is refused with the browser’s TypeError, and the split version arrives whole', async ({
      page,
    }) => {
      await startQuick(page);
      await page.locator('[data-experiment="too-large"]').click();
      await expect(page.locator('[data-size-result]')).toContainText('TypeError');
      await page.locator('[data-experiment="split"]').click();
      await expect(page.locator('[data-size-result]')).toContainText('307200');
      await page.locator('[data-experiment="order"]').click();
      await expect(page.locator('[data-order-rows] tr')).toHaveCount(12);
    });

    test('bad input gets a sentence: send before open, an empty message, a 300 KiB text', async ({ page }) => {
      await runPhase(page, 'create-peers');
      await runPhase(page, 'create-channel');
      await expect(page.locator('[data-phase="send-text"]')).toHaveAttribute('aria-disabled', 'true');
      await expect(step(page, 'send-text').locator('[data-reason]')).not.toBeEmpty();
      await page.locator('[data-phase="hang-up"]').click();
      await startQuick(page);
      await page.locator('#dataChannelSend').fill('');
      await page.locator('#sendButton').click();
      await expect(page.locator('channel-quick-path [data-note]')).not.toBeEmpty();
      await page.locator('#dataChannelSend').fill('x'.repeat(300 * 1024));
      await page.locator('#sendButton').click();
      await expect(page.locator('channel-quick-path [data-note]')).toContainText('307200');
      await expect(page.locator('#dataChannelReceive li')).toHaveCount(0);
    });

    test('mistake mode sends before open and shows InvalidStateError explained', async ({ page }) => {
      await page.locator('[data-mistake-mode]').check();
      await page.locator('[name="negotiated"]').check();
      for (const id of ['create-peers', 'create-channel', 'receive-channel']) await runPhase(page, id);
      await page.locator('[data-phase="send-text"]').click();
      await expect(page.locator('channel-stage [data-mistake-error]')).toContainText('InvalidStateError');
      await expect(page.locator('channel-stage [data-mistake-text]')).toContainText('open');
    });

    test('Stop twice, Stop mid-transfer, double clicks and hang-up mid-negotiation leave nothing open', async ({
      page,
    }) => {
      await page.locator('#startButton').dblclick();
      await expect(page.locator('#sendButton')).toBeEnabled();
      expect((await readProbe(page)).created).toBe(2);
      await page.locator('[name="mib"]').fill('64');
      await page.locator('[data-experiment="backpressure"]').click();
      await expect(page.locator('[data-experiment="stop"]')).toBeEnabled();
      await page.locator('#closeButton').click();
      await page.locator('[data-phase="hang-up"]').click();
      await expect(page.locator('[data-results]')).toContainText(/\S/);
      expect((await readProbe(page)).alivePeers).toBe(0);
      for (const id of ['create-peers', 'create-channel', 'create-offer', 'set-local-offer']) await runPhase(page, id);
      await page.locator('[data-phase="hang-up"]').click();
      await expect(peerState(page, 'local', 'signalingState')).toHaveText('closed');
      expect((await readProbe(page)).alivePeers).toBe(0);
    });

    test('twenty Start/Stop cycles keep at most two connections alive', async ({ page }) => {
      // Twenty real connections take a few seconds alone and far longer on a loaded two-core machine.
      test.setTimeout(180_000);
      for (let i = 0; i < 20; i++) {
        await startQuick(page);
        expect((await readProbe(page)).alivePeers).toBeLessThanOrEqual(2);
        await page.locator('#closeButton').click();
        await expect(page.locator('#startButton')).toBeEnabled();
      }
      expect((await readProbe(page)).alivePeers).toBe(0);
    });
  });
}
