import { signalPort } from '../../playwright.config';
import { expect, test } from './fixtures';
import {
  automatic,
  chapters,
  expectPlaying,
  liveTracks,
  peerState,
  roomStatus,
  runPhase,
  start,
  step,
  twoTabs,
} from './tab-call-helpers';

const signalUrl = `ws://127.0.0.1:${signalPort}/signal`;
const transports = [
  { transport: 'BroadcastChannel', query: '' },
  { transport: 'the signaling server', query: `?transport=websocket&signal=${encodeURIComponent(signalUrl)}` },
] as const;

for (const { lang, path, dict } of chapters) {
  test.describe(`chapter 8 (${lang})`, () => {
    for (const { transport, query } of transports) {
      test(`two tabs call each other by hand over ${transport}, each phase in the tab whose turn it is`, async ({
        page,
        context,
      }) => {
        const callee = await twoTabs(context, page, path, dict, query);
        const caller = page;
        await expect(caller.getByText(dict['tab.role.caller'])).toBeVisible();
        await expect(callee.getByText(dict['tab.role.callee'])).toBeVisible();
        await start(caller, dict);
        await start(callee, dict);

        // The callee cannot offer: its tab says the other tab does it.
        const otherSide = dict['tab.reason.other-side'].replace('{role}', dict['tab.side.caller']);
        await expect(step(callee, 'create-offer').locator('[data-reason]')).toHaveText(otherSide);
        await expect(callee.getByRole('button', { name: dict['tab.phase.create-offer'] })).toHaveAttribute(
          'aria-disabled',
          'true',
        );

        for (const phase of ['create-peer', 'add-tracks', 'create-offer', 'set-local-offer'] as const) {
          await runPhase(caller, dict, phase);
        }
        await expect(caller.locator('#signalingLog > li[data-direction="out"][data-type="description"]')).toHaveCount(
          1,
        );
        for (const phase of [
          'create-peer',
          'add-tracks',
          'set-remote-offer',
          'create-answer',
          'set-local-answer',
        ] as const) {
          await runPhase(callee, dict, phase);
        }
        await runPhase(caller, dict, 'set-remote-answer');
        // Candidates wait in each inbox until that tab's reader applies them.
        await expect(callee.locator('[data-inbox]')).not.toContainText(/ 0 candidate|후보 0개/);
        await runPhase(caller, dict, 'add-candidates');
        await runPhase(callee, dict, 'add-candidates');

        for (const tab of [caller, callee]) {
          await expect(peerState(tab, 'connectionState')).toHaveText('connected');
          await expectPlaying(tab, '#remoteVideo');
        }
        await expect(caller.locator('[data-peer="local"] [data-trail="signalingState"]')).toHaveText(
          'stable → have-local-offer → stable',
        );
        await expect(callee.locator('[data-peer="local"] [data-trail="signalingState"]')).toHaveText(
          'stable → have-remote-offer → stable',
        );

        // Hang Up on the callee ends both: bye, both connections closed, both cameras off.
        await callee.getByRole('button', { name: dict['tab.hangup'], exact: true }).click();
        for (const tab of [caller, callee]) {
          await expect(peerState(tab, 'connectionState')).toHaveText('closed');
          await expect.poll(() => liveTracks(tab, '#localVideo')).toBe(0);
          await expect(roomStatus(tab)).toHaveAttribute('data-status', 'ready');
        }
        await expect(caller.getByText(dict['tab.notice.bye'])).toBeVisible();
      });
    }

    test('automatic: Start in both tabs, Call in one, and perfect negotiation connects them', async ({
      page,
      context,
    }) => {
      const second = await twoTabs(context, page, path, dict);
      for (const tab of [page, second]) {
        await automatic(tab, dict);
        await start(tab, dict);
      }
      await second.getByRole('button', { name: dict['tab.call'], exact: true }).click();
      for (const tab of [page, second]) {
        await expect(peerState(tab, 'connectionState')).toHaveText('connected');
        await expectPlaying(tab, '#remoteVideo');
      }
      await expect(second.locator('#negotiationLog > li[data-note="offer-sent"]')).toHaveCount(1);
      await expect(page.locator('#negotiationLog > li[data-note="answer-sent"]')).toHaveCount(1);
      // A connected call is chapter 8's milestone: the sidebar says the chapter is started (its self-check is left).
      await expect(page.locator('nav [data-progress-chapter="08-call"] [data-progress-mark]')).toHaveText(
        dict['progress.status.started'],
      );
      await page.getByRole('button', { name: dict['tab.hangup'], exact: true }).click();
      await expect(peerState(second, 'connectionState')).toHaveText('closed');
    });
  });
}
