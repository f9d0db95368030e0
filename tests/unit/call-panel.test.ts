import { describe, expect, it } from 'vitest';
import { panelOf } from '../../src/lib/call/panel';
import type { CallEvent } from '../../src/lib/call/types';

const state = (
  peer: 'local' | 'remote',
  name: 'signalingState' | 'connectionState',
  value: string,
  at = 0,
): CallEvent => ({
  type: 'state',
  peer,
  name,
  value,
  at,
});
const candidate = { candidate: 'candidate:1 1 udp 1 192.0.2.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 };
const createPeers: CallEvent = {
  type: 'api-call',
  status: 'start',
  id: 1,
  phase: 'create-peers',
  peer: null,
  call: 'new RTCPeerConnection()',
  at: 0,
};

describe('panelOf', () => {
  it('shows the latest state and the trail without repeats', () => {
    const panel = panelOf([
      createPeers,
      state('local', 'signalingState', 'stable'),
      state('local', 'signalingState', 'have-local-offer'),
      state('local', 'signalingState', 'have-local-offer'),
      state('local', 'signalingState', 'stable'),
    ]);
    expect(panel.states.local.signalingState).toBe('stable');
    expect(panel.trails.local.signalingState).toEqual(['stable', 'have-local-offer', 'stable']);
    expect(panel.states.remote.signalingState).toBeNull();
  });

  it('starts new trails when a later call creates new peers', () => {
    const panel = panelOf([
      createPeers,
      state('remote', 'connectionState', 'connected'),
      state('remote', 'connectionState', 'closed'),
      createPeers,
      state('remote', 'connectionState', 'new'),
    ]);
    expect(panel.trails.remote.connectionState).toEqual(['new']);
  });

  it('counts candidates waiting until they are delivered; the end of gathering is not one', () => {
    const panel = panelOf([
      createPeers,
      { type: 'candidate-gathered', peer: 'local', candidate, at: 1 },
      { type: 'candidate-gathered', peer: 'local', candidate, at: 2 },
      { type: 'candidate-gathered', peer: 'local', candidate: null, at: 3 },
      { type: 'candidate-delivered', peer: 'local', candidate, at: 4 },
    ]);
    expect(panel.waiting).toEqual({ local: 1, remote: 0 });
  });

  it('empties the outboxes at hang-up and starts empty when the call is back at idle (a reset)', () => {
    const gathered: CallEvent = { type: 'candidate-gathered', peer: 'remote', candidate, at: 1 };
    const hangUp: CallEvent = { ...createPeers, status: 'success', phase: 'hang-up', call: 'close()', durationMs: 1 };
    const ended = panelOf([createPeers, state('local', 'signalingState', 'stable'), gathered, hangUp]);
    expect(ended.waiting).toEqual({ local: 0, remote: 0 });
    expect(ended.trails.local.signalingState).toEqual(['stable']);
    const idle = panelOf([
      createPeers,
      state('local', 'signalingState', 'stable'),
      { type: 'call-status', status: 'idle', reason: null, at: 2 },
    ]);
    expect(idle.trails.local.signalingState).toEqual([]);
    expect(idle.states.local.signalingState).toBeNull();
  });
});
