import { describe, expect, it } from 'vitest';
import type { CallEvent, CandidateInfo } from '../../src/lib/call/types';
import { sequenceMessages } from '../../src/lib/inspect/sequence';

const cand = (n: number, sdpMid = '0'): CandidateInfo => ({
  candidate: `candidate:${n} 1 udp 2122194687 192.0.2.2 ${5000 + n} typ host`,
  sdpMid,
  sdpMLineIndex: 0,
});

describe('the sequence of signaling messages', () => {
  it('follows offer, answer and candidates from sender to page to receiver, in order', () => {
    const events: CallEvent[] = [
      {
        type: 'api-call',
        status: 'start',
        id: 1,
        phase: 'create-offer',
        peer: 'local',
        call: 'alice.createOffer()',
        at: 5,
      },
      { type: 'description', peer: 'local', side: 'local', sdpType: 'offer', sdp: 'OFFER', at: 10 },
      { type: 'candidate-gathered', peer: 'local', candidate: cand(1), at: 12 },
      { type: 'description', peer: 'remote', side: 'remote', sdpType: 'offer', sdp: 'OFFER', at: 14 },
      { type: 'description', peer: 'remote', side: 'local', sdpType: 'answer', sdp: 'ANSWER', at: 20 },
      { type: 'candidate-gathered', peer: 'remote', candidate: cand(2), at: 22 },
      { type: 'candidate-gathered', peer: 'local', candidate: null, at: 23 },
      { type: 'description', peer: 'local', side: 'remote', sdpType: 'answer', sdp: 'ANSWER', at: 25 },
      { type: 'candidate-delivered', peer: 'local', candidate: cand(1), at: 30 },
    ];
    expect(sequenceMessages(events)).toEqual([
      { kind: 'offer', from: 'local', to: 'remote', sentAt: 10, deliveredAt: 14, detail: '' },
      { kind: 'candidate', from: 'local', to: 'remote', sentAt: 12, deliveredAt: 30, detail: cand(1).candidate },
      { kind: 'answer', from: 'remote', to: 'local', sentAt: 20, deliveredAt: 25, detail: '' },
      { kind: 'candidate', from: 'remote', to: 'local', sentAt: 22, deliveredAt: null, detail: cand(2).candidate },
      { kind: 'end-of-candidates', from: 'local', to: 'remote', sentAt: 23, deliveredAt: null, detail: '' },
    ]);
  });

  it('matches a delivered candidate by its text and section, not by its place', () => {
    const events: CallEvent[] = [
      { type: 'candidate-gathered', peer: 'local', candidate: cand(1), at: 1 },
      { type: 'candidate-gathered', peer: 'local', candidate: cand(1, '1'), at: 2 },
      { type: 'candidate-delivered', peer: 'local', candidate: cand(1, '1'), at: 3 },
    ];
    expect(sequenceMessages(events).map((m) => m.deliveredAt)).toEqual([null, 3]);
  });

  it('shows a description that reached a peer without being set by the other (mistake mode)', () => {
    const events: CallEvent[] = [
      { type: 'description', peer: 'remote', side: 'remote', sdpType: 'offer', sdp: 'X', at: 7 },
    ];
    expect(sequenceMessages(events)).toEqual([
      { kind: 'offer', from: 'local', to: 'remote', sentAt: null, deliveredAt: 7, detail: '' },
    ]);
  });

  it('ignores rollbacks and events that are not signaling', () => {
    const events: CallEvent[] = [
      { type: 'description', peer: 'local', side: 'local', sdpType: 'rollback', sdp: '', at: 1 },
      { type: 'state', peer: 'local', name: 'signalingState', value: 'stable', at: 2 },
      { type: 'first-frame', width: 640, height: 480, at: 3 },
    ];
    expect(sequenceMessages(events)).toEqual([]);
  });
});
