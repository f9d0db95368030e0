import { describe, expect, it } from 'vitest';
import { verdict, type TabView } from '../../../src/lib/calls/tab-call/rules';
import type { PhaseId } from '../../../src/lib/calls/tab-call/ids';

const base: TabView = {
  mode: 'by-hand',
  status: 'active',
  busy: null,
  room: 'ready',
  role: 'caller',
  hasStream: true,
  peer: { signalingState: 'stable', hasRemoteDescription: false },
  tracksAdded: true,
  hasOffer: false,
  hasAnswer: false,
  waitingDescription: null,
  waitingCandidates: 0,
};

const callee: Partial<TabView> = { role: 'callee', tracksAdded: false };

describe.each<[string, PhaseId, Partial<TabView>, string]>([
  ['automatic mode leaves the phases to perfect negotiation', 'create-offer', { mode: 'automatic' }, 'automatic'],
  ['another phase is running', 'create-offer', { busy: 'add-tracks' }, 'busy'],
  ['a failed call', 'create-offer', { status: 'failed' }, 'failed'],
  ['no room yet', 'create-peer', { role: null, peer: null }, 'no-room'],
  ['the callee cannot offer', 'create-offer', callee, 'other-side'],
  ['the caller cannot answer', 'create-answer', {}, 'other-side'],
  ['one connection per tab', 'create-peer', {}, 'peer-exists'],
  ['tracks need a connection', 'add-tracks', { peer: null, tracksAdded: false }, 'no-peer'],
  ['tracks need the camera', 'add-tracks', { hasStream: false, tracksAdded: false }, 'no-stream'],
  ['tracks go in once', 'add-tracks', {}, 'tracks-added'],
  ['an offer without tracks would carry no video', 'create-offer', { tracksAdded: false }, 'no-tracks'],
  ['one offer at a time', 'create-offer', { hasOffer: true }, 'offer-exists'],
  ['an offer sent to nobody', 'set-local-offer', { hasOffer: true, room: 'waiting' }, 'alone'],
  ['the callee waits for the offer', 'set-remote-offer', callee, 'no-offer-received'],
  ['an answer needs an applied offer', 'create-answer', callee, 'no-remote-offer'],
  ['the caller waits for the answer', 'set-remote-answer', { hasOffer: true }, 'no-answer-received'],
  ['an answer to an offer never set', 'set-remote-answer', { waitingDescription: 'answer' }, 'not-waiting'],
  ['nothing to add', 'add-candidates', {}, 'no-candidates'],
  ['candidates wait for the remote description', 'add-candidates', { waitingCandidates: 2 }, 'candidates-early'],
])('%s', (_, phase, change, code) => {
  it(`refuses ${phase} with ${code}`, () => {
    const result = verdict({ ...base, ...change }, phase);
    expect(result.allowed ? 'allowed' : result.reason.code).toBe(code);
  });
});

describe.each<[string, PhaseId, Partial<TabView>]>([
  ['the caller offers', 'create-offer', {}],
  ['the caller sets its offer with the other tab there', 'set-local-offer', { hasOffer: true }],
  ['the callee applies a waiting offer', 'set-remote-offer', { ...callee, waitingDescription: 'offer' }],
  [
    'the callee adds its tracks after the offer and before answering',
    'add-tracks',
    { ...callee, peer: { signalingState: 'have-remote-offer', hasRemoteDescription: true } },
  ],
  [
    'the caller applies the answer',
    'set-remote-answer',
    {
      hasOffer: true,
      waitingDescription: 'answer',
      peer: { signalingState: 'have-local-offer', hasRemoteDescription: false },
    },
  ],
  [
    'candidates once the remote description is known',
    'add-candidates',
    { waitingCandidates: 1, peer: { signalingState: 'stable', hasRemoteDescription: true } },
  ],
  ['hang-up, always', 'hang-up', { mode: 'automatic', status: 'failed', role: null }],
])('%s', (_, phase, change) => {
  it(`allows ${phase}`, () => {
    expect(verdict({ ...base, ...change }, phase)).toEqual({ allowed: true });
  });
});
