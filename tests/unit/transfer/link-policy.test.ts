import { describe, expect, it } from 'vitest';
import {
  linkAction,
  maxConnectingMs,
  maxTries,
  offerWaitMs,
  type LinkAction,
  type LinkView,
} from '../../../src/lib/transfer/link-policy';

const alone: LinkView = {
  roomReady: false,
  newcomer: true,
  readyMs: 0,
  connection: null,
  channel: null,
  connectingMs: 0,
  tries: 0,
};
const open: LinkView = { ...alone, roomReady: true, connection: 'connected', channel: 'open' };
const connecting: LinkView = { ...open, connection: 'connecting', channel: 'connecting', connectingMs: 500 };

describe('when a tab of a two-tab transfer calls, and when it ends its call', () => {
  describe.each<[string, Partial<LinkView>, LinkAction]>([
    ['alone in the room, it waits', {}, 'wait'],
    ['the tab that joined second calls: the other one already listens', { roomReady: true }, 'call'],
    ['the tab that was there first waits for the offer', { roomReady: true, newcomer: false }, 'wait'],
    [
      'no offer came: the tab that was there first calls too',
      { roomReady: true, newcomer: false, readyMs: offerWaitMs + 1 },
      'call',
    ],
    ['after failed calls it tries again, up to the limit', { roomReady: true, tries: maxTries - 1 }, 'call'],
    ['at the limit it stops calling', { roomReady: true, tries: maxTries }, 'give-up'],
    ['before the wait, the first tab only answers', { roomReady: true, newcomer: false, tries: maxTries }, 'wait'],
  ])('without a connection: %s', (_name, change, action) => {
    it(`→ ${action}`, () => expect(linkAction({ ...alone, ...change })).toBe(action));
  });

  describe.each<[string, LinkView, LinkAction]>([
    ['an open channel carries on', open, 'wait'],
    ['an open channel needs no room: a dropped signaling link changes nothing', { ...open, roomReady: false }, 'wait'],
    ['an open channel is never timed out', { ...open, connectingMs: maxConnectingMs + 1 }, 'wait'],
    ['a call still negotiating waits', connecting, 'wait'],
    [
      'a call that went quiet ends, so the next one starts',
      { ...connecting, connectingMs: maxConnectingMs + 1 },
      'end',
    ],
    ['the other tab left before the channel opened', { ...connecting, roomReady: false }, 'end'],
    ['the channel closed under the connection', { ...open, channel: 'closed' }, 'end'],
    ['the channel is closing', { ...open, channel: 'closing' }, 'end'],
    ['the connection failed', { ...open, connection: 'failed' }, 'end'],
    ['the connection closed', { ...open, connection: 'closed' }, 'end'],
    ['the first tab ends a dead call too', { ...open, newcomer: false, channel: 'closed' }, 'end'],
  ])('with a connection: %s', (_name, view, action) => {
    it(`→ ${action}`, () => expect(linkAction(view)).toBe(action));
  });
});
