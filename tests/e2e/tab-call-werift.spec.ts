import { signalPort } from '../../playwright.config';
import { expect, test } from './fixtures';
import { automatic, chapters, expectPlaying, peerState, roomStatus, runPhase, start } from './tab-call-helpers';
import { joinAsNodePeer } from './werift-peer';

const signalUrl = `ws://127.0.0.1:${signalPort}/signal`;
const query = `?transport=websocket&signal=${encodeURIComponent(signalUrl)}`;
const modes = ['by hand', 'automatically'] as const;

for (const { lang, path, dict } of chapters) {
  for (const mode of modes) {
    test(`(${lang}) a peer running in Node joins through the server and completes a call with the page, ${mode}`, async ({
      page,
    }) => {
      await page.goto(`${path}${query}`);
      await expect(roomStatus(page)).toHaveAttribute('data-status', 'waiting');
      // The room the page joined, as its share link names it.
      const link = await page.getByRole('link', { name: dict['tab.secondTab'] }).getAttribute('href');
      const room = new URL(link ?? '', page.url()).searchParams.get('room') ?? '';
      expect(room).toMatch(/^[A-Za-z0-9_-]{22}$/);
      const peer = joinAsNodePeer(signalUrl, room);
      try {
        // The page was first, so the server made it impolite; the Node peer joins second, polite.
        expect(await peer.joined).toEqual({ polite: true, peers: 2 });
        await expect(roomStatus(page)).toHaveAttribute('data-status', 'ready');
        if (mode === 'automatically') await automatic(page, dict);
        await start(page, dict);
        if (mode === 'automatically') {
          await page.getByRole('button', { name: dict['tab.call'], exact: true }).click();
        } else {
          for (const phase of ['create-peer', 'add-tracks', 'create-offer', 'set-local-offer'] as const) {
            await runPhase(page, dict, phase);
          }
          await runPhase(page, dict, 'set-remote-answer');
          await runPhase(page, dict, 'add-candidates');
        }
        await expect(peerState(page, 'connectionState')).toHaveText('connected');
        await peer.connected;
        await peer.receivedVideo;
        // The Node peer sends the page's own video back: the page plays what came through it.
        await expectPlaying(page, '#remoteVideo');
        await page.getByRole('button', { name: dict['tab.hangup'], exact: true }).click();
        await peer.byeReceived;
        await expect(peerState(page, 'connectionState')).toHaveText('closed');
      } finally {
        await peer.close();
      }
    });
  }
}
