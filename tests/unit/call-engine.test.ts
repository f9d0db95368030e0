import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallEngine, type EngineDeps } from '../../src/lib/calls/video-loopback/engine';
import { explainMistake } from '../../src/lib/calls/video-loopback/mistakes';
import type { CallEvent } from '../../src/lib/call/types';
import type { PhaseId } from '../../src/lib/calls/video-loopback/ids';
import { createdPeers, FakePeerConnection, FakeStream, pairPeers, settle } from './fakes/webrtc';

const manualOrder: PhaseId[] = [
  'get-user-media',
  'create-peers',
  'add-tracks',
  'create-offer',
  'set-local-offer',
  'set-remote-offer',
  'create-answer',
  'set-local-answer',
  'set-remote-answer',
];

function setup(overrides: Partial<EngineDeps> = {}) {
  pairPeers();
  const streams: FakeStream[] = [];
  const released: FakeStream[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  let openSource: EngineDeps['openSource'] = async () => {
    const stream = new FakeStream();
    streams.push(stream);
    return { stream: stream as unknown as MediaStream, stop: () => released.push(stream) };
  };
  const deps: EngineDeps = {
    RTCPeerConnection: FakePeerConnection as unknown as EngineDeps['RTCPeerConnection'],
    openSource: (c) => openSource(c),
    now: () => performance.now(),
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    clearTimer: () => undefined,
    ...overrides,
  };
  const engine = new CallEngine(deps);
  const events: CallEvent[] = [];
  engine.subscribe((e) => events.push(e));
  return {
    engine,
    events,
    streams,
    released,
    timers,
    setSource: (fn: EngineDeps['openSource']) => (openSource = fn),
  };
}

async function runAll(engine: CallEngine, phases: PhaseId[]) {
  for (const phase of phases) {
    const result = await engine.run(phase);
    expect(result, phase).toEqual({ outcome: 'done' });
    await settle();
  }
}

beforeEach(() => {
  FakePeerConnection.hang = null;
  FakePeerConnection.failNext = null;
  FakePeerConnection.ignoreStateChanges = false;
});
afterEach(() => vi.useRealTimers());

describe('CallEngine, the manual order', () => {
  it('reaches connected on both sides with the exact state trails', async () => {
    const { engine, events } = setup();
    await runAll(engine, manualOrder);
    expect(await engine.run('exchange-ice')).toEqual({ outcome: 'done' });
    await settle();
    const { trails, status } = engine.snapshot();
    expect(status).toBe('active');
    expect(trails.local.signalingState).toEqual(['stable', 'have-local-offer', 'stable']);
    expect(trails.remote.signalingState).toEqual(['stable', 'have-remote-offer', 'stable']);
    expect(trails.local.iceGatheringState).toEqual(['new', 'gathering', 'complete']);
    expect(trails.local.connectionState).toEqual(['new', 'connecting', 'connected']);
    expect(trails.remote.connectionState).toEqual(['new', 'connecting', 'connected']);
    const descriptions = events.filter((e) => e.type === 'description').map((e) => `${e.peer}:${e.side}:${e.sdpType}`);
    expect(descriptions).toEqual([
      'local:local:offer',
      'remote:remote:offer',
      'remote:local:answer',
      'local:remote:answer',
    ]);
    expect(events.some((e) => e.type === 'track' && e.peer === 'remote')).toBe(true);
    expect(engine.snapshot().remoteStream).not.toBeNull();
  });

  it('reports every API call with start and success, in order', async () => {
    const { engine, events } = setup();
    await runAll(engine, manualOrder.slice(0, 4));
    const calls = events.filter((e) => e.type === 'api-call').map((e) => `${e.phase}:${e.status}`);
    expect(calls).toEqual([
      'get-user-media:start',
      'get-user-media:success',
      'create-peers:start',
      'create-peers:success',
      'add-tracks:start',
      'add-tracks:success',
      'create-offer:start',
      'create-offer:success',
    ]);
  });

  it('holds gathered candidates in the outbox until the reader delivers them', async () => {
    const { engine, events } = setup();
    await runAll(engine, manualOrder.slice(0, 5));
    expect(engine.snapshot().outbox.local).toHaveLength(1);
    expect(events.filter((e) => e.type === 'candidate-gathered').map((e) => e.candidate === null)).toEqual([
      false,
      true,
    ]);
    await runAll(engine, ['set-remote-offer']);
    expect(await engine.deliverOne('local')).toEqual({ outcome: 'done' });
    expect(engine.snapshot().outbox.local).toHaveLength(0);
    expect(events.filter((e) => e.type === 'candidate-delivered')).toHaveLength(1);
  });

  it('never runs a phase twice on a double click', async () => {
    const { engine, events } = setup();
    await runAll(engine, manualOrder.slice(0, 3));
    const [first, second] = await Promise.all([engine.run('create-offer'), engine.run('create-offer')]);
    expect(first).toEqual({ outcome: 'done' });
    expect(second).toMatchObject({ outcome: 'refused', reason: { code: 'busy' } });
    const third = await engine.run('create-offer');
    expect(third).toMatchObject({ outcome: 'refused', reason: { code: 'offer-exists' } });
    expect(
      events.filter((e) => e.type === 'api-call' && e.phase === 'create-offer' && e.status === 'start'),
    ).toHaveLength(1);
  });
});

describe('CallEngine, hang-up', () => {
  it('closes both peers, stops the tracks, releases the source and allows the next call', async () => {
    const { engine, streams, released } = setup();
    await runAll(engine, manualOrder);
    const pcs = createdPeers.slice(-2);
    engine.hangUp();
    expect(pcs.map((pc) => pc.signalingState)).toEqual(['closed', 'closed']);
    expect(streams[0]!.getTracks().map((t) => t.readyState)).toEqual(['ended']);
    expect(released).toEqual([streams[0]]);
    const snap = engine.snapshot();
    expect(snap.status).toBe('ended');
    expect(snap.localStream).toBeNull();
    expect(snap.remoteStream).toBeNull();
    expect(snap.trails.local.signalingState.at(-1)).toBe('closed');
    expect(engine.connection('local')).toBeNull();
    await runAll(engine, manualOrder);
    expect(engine.snapshot().trails.local.signalingState).toEqual(['stable', 'have-local-offer', 'stable']);
  });

  it('is harmless twice or with no call', () => {
    const { engine, events } = setup();
    engine.hangUp();
    engine.hangUp();
    expect(engine.snapshot().status).toBe('idle');
    expect(events.filter((e) => e.type === 'api-call')).toEqual([]);
  });

  it('aborts a permission prompt nobody answers, and drops the stream if it comes late', async () => {
    const { engine, setSource, released } = setup();
    let grant: (() => void) | undefined;
    const late = new FakeStream();
    setSource(
      () =>
        new Promise((resolve) => {
          grant = () => resolve({ stream: late as unknown as MediaStream, stop: () => released.push(late) });
        }),
    );
    const pending = engine.run('get-user-media');
    await settle();
    expect(engine.snapshot().view.busy).toBe('get-user-media');
    engine.hangUp();
    expect(await pending).toEqual({ outcome: 'aborted' });
    expect(engine.snapshot().view.busy).toBeNull();
    grant?.();
    await settle();
    expect(released).toEqual([late]);
    expect(engine.snapshot().localStream).toBeNull();
  });

  it('aborts a createOffer that never settles, and the next call works', async () => {
    const { engine } = setup();
    await runAll(engine, manualOrder.slice(0, 3));
    FakePeerConnection.hang = 'createOffer';
    const pending = engine.run('create-offer');
    await settle();
    engine.hangUp();
    expect(await pending).toEqual({ outcome: 'aborted' });
    await runAll(engine, manualOrder);
    expect(engine.snapshot().status).toBe('active');
  });
});

describe('CallEngine, failures', () => {
  it('moves to failed with the browser error when a promise rejects outside mistake mode', async () => {
    const { engine, events } = setup();
    await runAll(engine, manualOrder.slice(0, 3));
    FakePeerConnection.failNext = { method: 'createOffer', name: 'OperationError' };
    const result = await engine.run('create-offer');
    expect(result).toMatchObject({ outcome: 'error', error: { name: 'OperationError' } });
    expect(engine.snapshot()).toMatchObject({ status: 'failed', failure: { name: 'OperationError' } });
    expect(events.at(-1)).toMatchObject({ type: 'call-status', status: 'failed' });
    expect(engine.verdict('set-local-offer')).toMatchObject({ allowed: false, reason: { code: 'failed' } });
    engine.reset();
    expect(engine.snapshot().status).toBe('idle');
    await runAll(engine, manualOrder);
  });

  it('moves to failed when the browser state differs from what the phase should produce', async () => {
    const { engine } = setup();
    await runAll(engine, manualOrder.slice(0, 4));
    FakePeerConnection.ignoreStateChanges = true;
    await engine.run('set-local-offer');
    expect(engine.snapshot()).toMatchObject({
      status: 'failed',
      failure: {
        name: 'StateMismatch',
        message: expect.stringContaining("Alice's signalingState should be have-local-offer"),
      },
    });
  });

  it('reports a source that cannot start (camera refused) as a failed call', async () => {
    const { engine, setSource } = setup();
    setSource(() => Promise.reject(Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' })));
    const result = await engine.run('get-user-media');
    expect(result).toMatchObject({
      outcome: 'error',
      error: { name: 'NotAllowedError', message: 'Permission denied' },
    });
  });
});

describe('CallEngine, mistake mode', () => {
  it.each<[string, PhaseId[], PhaseId, string, string]>([
    [
      'an answer before the offer arrived',
      manualOrder.slice(0, 5),
      'create-answer',
      'InvalidStateError',
      'answer-without-offer',
    ],
    [
      'a candidate before the remote description',
      manualOrder.slice(0, 5),
      'exchange-ice',
      'InvalidStateError',
      'candidate-before-description',
    ],
    ['the same track added twice', manualOrder.slice(0, 3), 'add-tracks', 'InvalidAccessError', 'track-added-twice'],
    ['an answer to an Alice who is not waiting', [...manualOrder.slice(0, 4)], 'set-remote-answer', '', ''],
  ])('shows the browser error for %s and keeps the call going', async (_story, before, wrong, name, code) => {
    const { engine } = setup();
    await runAll(engine, before);
    if (!name) {
      // set-remote-answer needs an answer object, which does not exist yet: impossible, so refused even in mistake mode.
      engine.mistakeMode = true;
      expect(await engine.run(wrong)).toMatchObject({ outcome: 'refused', reason: { code: 'no-answer' } });
      return;
    }
    expect(engine.canRun(wrong)).toBe(false);
    engine.mistakeMode = true;
    expect(engine.canRun(wrong)).toBe(true);
    const result = await engine.run(wrong);
    expect(result).toMatchObject({ outcome: 'error', error: { name } });
    const snap = engine.snapshot();
    expect(snap.status).toBe('active');
    expect(snap.mistake).toMatchObject({ phase: wrong, error: { name } });
    expect(explainMistake(wrong, snap.mistake!.error)).toBe(code);
  });
});

describe('CallEngine, quick path', () => {
  it('runs every phase with candidates trickled and connects', async () => {
    const { engine, events } = setup();
    await engine.run('get-user-media');
    expect(await engine.quickCall()).toEqual({ outcome: 'done' });
    await settle();
    const snap = engine.snapshot();
    expect(snap.states.local.connectionState).toBe('connected');
    expect(snap.states.remote.connectionState).toBe('connected');
    expect(snap.outbox).toEqual({ local: [], remote: [] });
    expect(
      events
        .filter((e) => e.type === 'candidate-delivered')
        .map((e) => e.peer)
        .sort(),
    ).toEqual(['local', 'remote']);
    expect(await engine.quickCall()).toMatchObject({ outcome: 'refused', reason: { code: 'peers-exist' } });
  });

  it('survives 200 start, call, hang-up cycles with no peer connection or track left open', async () => {
    const { engine, streams } = setup();
    const before = createdPeers.length;
    for (let i = 0; i < 200; i++) {
      await engine.run('get-user-media');
      await engine.quickCall();
      engine.hangUp();
    }
    const made = createdPeers.slice(before);
    expect(made).toHaveLength(400);
    expect(made.filter((pc) => pc.signalingState !== 'closed')).toEqual([]);
    expect(streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live')).toEqual([]);
  });
});

describe('CallEngine, hints and a peer leaving', () => {
  it('hints after the timeout when candidates were never delivered', async () => {
    const { engine, timers, events } = setup({ hintAfterMs: 10_000 });
    await runAll(engine, manualOrder);
    expect(timers.at(-1)?.ms).toBe(10_000);
    timers.at(-1)!.callback();
    expect(engine.snapshot().hint).toBe('candidates-waiting');
    expect(events.at(-1)).toMatchObject({ type: 'hint', code: 'candidates-waiting' });
  });

  it('does not hint when the call connected in time', async () => {
    const { engine, timers } = setup();
    await runAll(engine, manualOrder);
    await engine.run('exchange-ice');
    await settle();
    timers.at(-1)!.callback();
    expect(engine.snapshot().hint).toBeNull();
  });

  it('closes one side when it leaves, and hang-up still cleans up', async () => {
    const { engine } = setup();
    await runAll(engine, manualOrder);
    await engine.run('exchange-ice');
    engine.leave('remote');
    expect(engine.snapshot().states.remote.signalingState).toBe('closed');
    expect(engine.snapshot().states.local.connectionState).toBe('connected');
    engine.hangUp();
    expect(createdPeers.slice(-2).every((pc) => pc.signalingState === 'closed')).toBe(true);
  });
});
