import { beforeEach, describe, expect, it } from 'vitest';
import { DataSession } from '../../src/lib/calls/data-loopback/engine';
import { phaseIds } from '../../src/lib/calls/data-loopback/ids';
import type { ChannelEvent } from '../../src/lib/calls/data-loopback/channels';
import { callPhases } from '../../src/lib/calls/catalog';
import { FakeDataChannel, FakePeerConnection, pairPeers, settle } from './fakes/webrtc';

function setup() {
  pairPeers();
  const session = new DataSession({
    RTCPeerConnection: FakePeerConnection as unknown as new (config: RTCConfiguration) => RTCPeerConnection,
    now: () => performance.now(),
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  const events: ChannelEvent[] = [];
  session.channels.subscribe((event) => events.push(event));
  return { session, events };
}

async function runInOrder(session: DataSession, ids: readonly string[]) {
  for (const id of ids) {
    expect(await session.run(id), id).toEqual({ outcome: 'done' });
    await settle();
  }
}

const toOpen = phaseIds.slice(0, phaseIds.indexOf('receive-channel') + 1);

beforeEach(() => {
  FakePeerConnection.hang = null;
  FakePeerConnection.failNext = null;
});

describe("chapter 6's data channel call, by hand", () => {
  it('opens the channel on both ends, with each end’s readyState trail', async () => {
    const { session } = setup();
    await runInOrder(session, toOpen);
    expect(session.channels.trail('local')).toEqual(['connecting', 'open']);
    expect(session.channels.trail('remote')).toContain('open');
    expect(session.snapshot().view.channel).toEqual({ local: 'open', remote: 'open' });
  });

  it('carries text both ways and bytes to Bob, logging each message on both sides without overwriting', async () => {
    const { session } = setup();
    await runInOrder(session, toOpen);
    session.text = 'hello Bob';
    await runInOrder(session, ['send-text', 'send-binary']);
    session.text = 'hello Alice';
    await runInOrder(session, ['reply-text']);
    const local = session.channels.entries('local').entries.map((e) => `${e.direction}:${e.kind}:${e.preview}`);
    const remote = session.channels.entries('remote').entries.map((e) => `${e.direction}:${e.kind}:${e.preview}`);
    expect(local).toEqual(['sent:text:hello Bob', 'sent:binary:00 01 02 7f 80 fe ff', 'received:text:hello Alice']);
    expect(remote).toEqual([
      'received:text:hello Bob',
      'received:binary:00 01 02 7f 80 fe ff',
      'sent:text:hello Alice',
    ]);
  });

  it('closes the channel: Alice’s end goes through closing, both end closed, the connections stay up', async () => {
    const { session } = setup();
    await runInOrder(session, toOpen);
    await runInOrder(session, ['close-channel']);
    expect(session.channels.trail('local')).toEqual(['connecting', 'open', 'closing', 'closed']);
    expect(session.channels.trail('remote').at(-1)).toBe('closed');
    expect(session.connection('local')?.connectionState).toBe('connected');
    expect(session.verdict('send-text')).toMatchObject({ allowed: false, reason: { code: 'channel-closed' } });
  });

  it('opens a negotiated channel that Bob creates himself with the same id, without a datachannel event', async () => {
    const { session } = setup();
    session.options = { ...session.options, negotiated: true, id: 5 };
    await runInOrder(session, toOpen);
    const ends = [
      session.channels.channel('local'),
      session.channels.channel('remote'),
    ] as unknown as FakeDataChannel[];
    expect(ends.map((c) => [c.readyState, c.id, c.negotiated])).toEqual([
      ['open', 5, true],
      ['open', 5, true],
    ]);
  });

  it('refuses to send before the channel is open, and mistake mode shows InvalidStateError with its explanation', async () => {
    const { session } = setup();
    session.text = 'too early';
    await runInOrder(session, ['create-peers', 'create-channel']);
    expect(session.verdict('send-text')).toMatchObject({ allowed: false, reason: { code: 'bob-no-channel' } });
    const negotiated = setup().session;
    negotiated.options = { ...negotiated.options, negotiated: true, id: 1 };
    negotiated.text = 'too early';
    await runInOrder(negotiated, ['create-peers', 'create-channel', 'receive-channel']);
    expect(negotiated.verdict('send-text')).toMatchObject({ allowed: false, reason: { code: 'channel-connecting' } });
    negotiated.mistakeMode = true;
    expect(await negotiated.run('send-text')).toMatchObject({ outcome: 'error', error: { name: 'InvalidStateError' } });
    expect(negotiated.runner.mistake?.phase).toBe('send-text');
    expect(negotiated.runner.phase('send-text').mistake?.({ name: 'InvalidStateError', message: '' })).toBe(
      'send-not-open',
    );
  });

  it('hang-up closes both ends and both connections, and records the final readyStates', async () => {
    const { session } = setup();
    await runInOrder(session, toOpen);
    const pcs = [session.connection('local'), session.connection('remote')];
    session.hangUp();
    await settle();
    expect(pcs.map((pc) => pc?.signalingState)).toEqual(['closed', 'closed']);
    expect(session.channels.trail('local').at(-1)).toBe('closed');
    expect(session.channels.trail('remote').at(-1)).toBe('closed');
    expect(session.snapshot().status).toBe('ended');
  });

  it("takes the codelab's quick path to Bob holding an open end", async () => {
    const { session } = setup();
    expect(await session.start()).toEqual({ outcome: 'done' });
    await settle();
    expect(session.snapshot().view.channel).toEqual({ local: 'open', remote: 'open' });
  });

  it('a hang-up while Start waits for the channel ends Start without an error', async () => {
    const { session } = setup();
    FakePeerConnection.hang = 'setRemoteDescription';
    const started = session.start();
    await settle();
    session.hangUp();
    expect((await started).outcome).toBe('aborted');
  });

  it('is known to the saved-log catalog by its phase ids', () => {
    expect(callPhases['data-loopback']).toEqual(phaseIds);
  });
});
