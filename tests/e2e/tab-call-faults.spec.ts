import type { Page } from '@playwright/test';
import type { Dictionary } from '../../src/i18n';
import { signalPort } from '../../playwright.config';
import { expect, test } from './fixtures';
import {
  automatic,
  chapters,
  expectPlaying,
  liveTracks,
  openSecondTab,
  peerState,
  roomStatus,
  start,
  twoTabs,
} from './tab-call-helpers';

const signalUrl = `ws://127.0.0.1:${signalPort}/signal`;
const serverQuery = `?transport=websocket&signal=${encodeURIComponent(signalUrl)}`;

/** Both tabs automatic with their pictures on, then Call in `caller`; waits until both play each other's video. */
async function automaticCall(tabs: readonly Page[], caller: Page, dict: Dictionary): Promise<void> {
  for (const tab of tabs) {
    await automatic(tab, dict);
    await start(tab, dict);
  }
  await caller.getByRole('button', { name: dict['tab.call'], exact: true }).click();
  for (const tab of tabs) {
    await expect(peerState(tab, 'connectionState')).toHaveText('connected');
    await expectPlaying(tab, '#remoteVideo');
  }
}

const notes = (page: Page, note: string, outcome?: string) =>
  page.locator(`#negotiationLog > li[data-note="${note}"]${outcome ? `[data-outcome="${outcome}"]` : ''}`);

for (const { lang, path, dict } of chapters) {
  test.describe(`chapter 8 faults (${lang})`, () => {
    // Only the dropped-link story connects to this path, on purpose: the browser reports each refused attempt.
    test.use({ allowedConsoleErrors: [/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/closed-for-test' failed/] });
    test('both sides offer at once: the impolite tab ignores, the polite tab rolls back, and the call goes on', async ({
      page,
      context,
    }) => {
      const second = await twoTabs(context, page, path, dict);
      await automaticCall([page, second], page, dict);
      // The second tab joined later, so it is the polite one.
      await second.getByRole('button', { name: dict['tab.glare'], exact: true }).click();
      await expect(notes(page, 'collision', 'ignored')).toHaveCount(1);
      await expect(notes(second, 'collision', 'rolled-back')).toHaveCount(1);
      for (const tab of [page, second]) {
        await expect(peerState(tab, 'signalingState')).toHaveText('stable');
        await expect(peerState(tab, 'connectionState')).toHaveText('connected');
        await expectPlaying(tab, '#remoteVideo');
        await expect(tab.locator('[data-notice]')).toBeEmpty();
      }
    });

    test('a malformed or oversized message from another page is rejected in the log and changes nothing', async ({
      page,
    }) => {
      await page.goto(path);
      await expect(roomStatus(page)).toHaveAttribute('data-status', 'waiting');
      await page.evaluate(() => {
        const channel = new BroadcastChannel('webrtc-tutorial-signaling');
        channel.postMessage('{"type":"signal", not json');
        channel.postMessage(JSON.stringify({ type: 'hello', pad: 'x'.repeat(70_000) }));
        channel.close();
      });
      await expect(page.locator('#signalingLog > li[data-type="rejected"][data-code="not-json"]')).toHaveCount(1);
      await expect(page.locator('#signalingLog > li[data-type="rejected"][data-code="too-large"]')).toHaveCount(1);
      await expect(roomStatus(page)).toHaveAttribute('data-status', 'waiting');
      await expect(page.locator('[data-notice]')).toBeEmpty();
    });

    test('a tab that reloads ends the call on both sides, rejoins the same room and calls again; a third tab finds it full', async ({
      page,
      context,
    }) => {
      const second = await twoTabs(context, page, path, dict);
      await automaticCall([page, second], page, dict);
      const roomUrl = page.url();

      await second.reload();
      await expect(page.getByText(dict['tab.notice.bye'])).toBeVisible();
      await expect(peerState(page, 'connectionState')).toHaveText('closed');
      await expect.poll(() => liveTracks(page, '#localVideo')).toBe(0);
      await expect(roomStatus(second)).toHaveAttribute('data-status', 'ready');
      await expect(roomStatus(page)).toHaveAttribute('data-status', 'ready');
      expect(second.url()).toBe(roomUrl);

      const third = await openSecondTab(context, page, dict);
      await expect(roomStatus(third)).toHaveAttribute('data-status', 'full');
      await third.close();

      await automaticCall([page, second], second, dict);
      // Hang Up from the other side this time.
      await page.getByRole('button', { name: dict['tab.hangup'], exact: true }).click();
      await expect(peerState(second, 'connectionState')).toHaveText('closed');
      await expect.poll(() => liveTracks(second, '#localVideo')).toBe(0);
      await expect.poll(() => liveTracks(page, '#localVideo')).toBe(0);

      await second.close();
      await expect(roomStatus(page)).toHaveAttribute('data-status', 'waiting');
      await expect(page.getByText(dict['tab.notice.peer-left'])).toBeVisible();
    });

    test('over the signaling server: the call connects, survives a dropped WebSocket, and the page says it is back', async ({
      page,
      context,
    }) => {
      // The page's sockets, so the test can cut the link the way a network drop does: the socket closes under the
      // transport, which did not ask for it.
      // While the network is "down", every new attempt goes to a path the server refuses, and fails as an unreachable
      // server's would (the same origin, so the page's policy allows it), so the page shows that it is reconnecting for
      // as long as the test keeps the link down.
      await page.addInitScript(() => {
        const Native = window.WebSocket;
        const sockets: WebSocket[] = [];
        let down = false;
        class Watched extends Native {
          constructor(url: string | URL, protocols?: string | string[]) {
            super(down ? String(url).replace(/\/signal$/, '/closed-for-test') : url, protocols);
            sockets.push(this);
          }
        }
        Object.assign(window, {
          WebSocket: Watched,
          dropSignaling: () => {
            down = true;
            for (const socket of sockets.splice(0)) socket.close(4000, 'test drops the link');
          },
          restoreSignaling: () => {
            down = false;
          },
        });
      });
      const second = await twoTabs(context, page, path, dict, serverQuery);
      await expect(page.getByRole('radio', { name: dict['tab.transport.websocket'] })).toBeChecked();
      await expect(second.getByRole('radio', { name: dict['tab.transport.websocket'] })).toBeChecked();
      await automaticCall([page, second], page, dict);

      await page.evaluate(() => (window as unknown as { dropSignaling(): void }).dropSignaling());
      await expect(page.getByText(dict['tab.notice.reconnecting'])).toBeVisible();
      await page.evaluate(() => (window as unknown as { restoreSignaling(): void }).restoreSignaling());
      // The transport retries with backoff: the next attempt may be several seconds away.
      await expect(page.getByText(dict['tab.notice.reconnected'])).toBeVisible({ timeout: 40_000 });
      // The other tab heard the server say the dropped side left, then came back.
      await expect(second.locator('#signalingLog > li[data-type="peer-left"]')).toHaveCount(1);
      await expect(second.locator('#signalingLog > li[data-type="peer-joined"]')).toHaveCount(1);
      await expect(roomStatus(page)).toHaveAttribute('data-status', 'ready');
      await expect(roomStatus(second)).toHaveAttribute('data-status', 'ready');
      // The media never went through the server: both calls stayed up.
      for (const tab of [page, second]) {
        await expect(peerState(tab, 'connectionState')).toHaveText('connected');
        await expect(tab.locator('[data-peer="local"] [data-trail="connectionState"]')).toHaveText(
          'new → connecting → connected',
        );
        await expectPlaying(tab, '#remoteVideo');
      }
      // Signaling works again: a renegotiation crosses the new link.
      await page.getByRole('button', { name: dict['tab.glare'], exact: true }).click();
      await expect(notes(second, 'collision')).toHaveCount(1);
      await second.getByRole('button', { name: dict['tab.hangup'], exact: true }).click();
      await expect(peerState(page, 'connectionState')).toHaveText('closed');
    });
  });
}
