import { describe, expect, it } from 'vitest';
import { phaseIds, type PhaseId } from '../../src/lib/calls/data-loopback/ids';
import { explainMistake } from '../../src/lib/calls/data-loopback/mistakes';
import { optionProblem, toInit, defaultOptions } from '../../src/lib/calls/data-loopback/options';
import { verdict, type DataView, type PeerView } from '../../src/lib/calls/data-loopback/rules';
import { en } from '../../src/i18n/en';

const peer = (signalingState: RTCSignalingState, more: Partial<PeerView> = {}): PeerView => ({
  signalingState,
  iceGatheringState: 'new',
  connectionState: 'new',
  hasRemoteDescription: false,
  ...more,
});

const base: DataView = {
  status: 'active',
  busy: null,
  peers: { local: peer('stable'), remote: peer('stable') },
  hasOffer: false,
  hasAnswer: false,
  outbox: { local: 0, remote: 0 },
  channel: { local: null, remote: null },
  incoming: false,
  negotiated: false,
  optionProblem: null,
  draftBytes: 5,
  maxMessageSize: 262144,
};

const view = (more: Partial<DataView>): DataView => ({ ...base, ...more });
const open = { channel: { local: 'open', remote: 'open' } } as const;

/** Each row: a phase, the call as the rules see it, the reason code expected (null: allowed), and mistake mode's say. */
const table: [PhaseId, DataView, string | null, boolean][] = [
  ['create-peers', view({ peers: { local: null, remote: null } }), null, false],
  ['create-peers', base, 'peers-exist', false],
  ['create-channel', view({ peers: { local: null, remote: null } }), 'no-peers', false],
  ['create-channel', base, null, false],
  ['create-channel', view({ optionProblem: 'bad-id' }), 'bad-id', true],
  ['create-channel', view({ channel: { local: 'connecting', remote: null } }), 'channel-exists', false],
  ['create-channel', view({ hasOffer: true }), 'channel-after-offer', false],
  ['create-offer', base, 'no-channel', false],
  ['create-offer', view({ channel: { local: 'connecting', remote: null } }), null, false],
  ['set-remote-offer', view({ hasOffer: true }), 'offer-not-set-locally', true],
  ['create-answer', base, 'bob-no-offer', true],
  ['exchange-ice', base, 'no-candidates', false],
  ['exchange-ice', view({ outbox: { local: 1, remote: 0 } }), 'candidates-early', true],
  [
    'receive-channel',
    view({ peers: { local: peer('stable'), remote: peer('stable', { connectionState: 'connecting' }) } }),
    'no-datachannel-yet',
    false,
  ],
  ['receive-channel', view({ incoming: true }), null, false],
  ['receive-channel', view({ negotiated: true }), null, false],
  ['receive-channel', view(open), 'channel-taken', false],
  ['send-text', view({ channel: { local: 'open', remote: null } }), 'bob-no-channel', false],
  ['send-text', view({ channel: { local: 'connecting', remote: 'connecting' } }), 'channel-connecting', true],
  ['send-text', view({ channel: { local: 'closed', remote: 'closed' } }), 'channel-closed', true],
  ['send-text', view({ ...open, draftBytes: 0 }), 'empty-message', false],
  ['send-text', view({ ...open, draftBytes: 300 * 1024 }), 'too-large', true],
  ['send-text', view(open), null, false],
  ['send-binary', view({ ...open, draftBytes: 0 }), null, false],
  ['reply-text', view({ channel: { local: 'open', remote: 'closing' } }), 'channel-closed', true],
  ['close-channel', view({ channel: { local: 'closing', remote: 'open' } }), 'channel-closed', false],
  ['close-channel', view(open), null, false],
  ['hang-up', view({ status: 'failed', busy: 'create-offer' }), null, false],
  ['send-text', view({ ...open, busy: 'send-binary' }), 'busy', false],
];

describe('the rules of the data channel call', () => {
  it.each(table)('%s in this view: %s', (phase, v, code, mistake) => {
    const result = verdict(v, phase);
    if (code === null) expect(result).toEqual({ allowed: true });
    else expect(result).toMatchObject({ allowed: false, reason: { code }, mistake });
  });

  it('has a sentence for every reason code the table reaches, and a name for every phase', () => {
    const dict: Readonly<Record<string, string>> = en;
    for (const [, , code] of table) if (code) expect(dict[`call.reason.${code}`], code).toBeTruthy();
    for (const id of phaseIds) expect(dict[`call.phase.${id}`], id).toBeTruthy();
  });
});

describe('mistakes and options', () => {
  it.each([
    ['send-text', 'InvalidStateError', 'send-not-open'],
    ['send-text', 'TypeError', 'message-too-large'],
    ['send-binary', 'OperationError', 'send-queue-full'],
    ['create-channel', 'TypeError', 'bad-channel-options'],
    ['exchange-ice', 'InvalidStateError', 'candidate-before-description'],
    ['set-remote-offer', 'MissingStepError', 'nothing-received'],
  ] as const)('%s throwing %s is explained as %s', (phase, name, code) => {
    expect(explainMistake(phase, { name, message: '' })).toBe(code);
    expect((en as Readonly<Record<string, string>>)[`call.mistake.${code}`]).toBeTruthy();
  });

  it('turns the page options into RTCDataChannelInit, one reliability option at most', () => {
    expect(toInit(defaultOptions)).toEqual({ ordered: true, protocol: '' });
    const partial = {
      ...defaultOptions,
      ordered: false,
      reliability: { kind: 'retransmits', maxRetransmits: 0 },
    } as const;
    expect(toInit(partial)).toEqual({ ordered: false, protocol: '', maxRetransmits: 0 });
    expect(toInit({ ...defaultOptions, negotiated: true, id: 7 })).toMatchObject({ negotiated: true, id: 7 });
    expect(optionProblem({ ...defaultOptions, negotiated: true, id: 65535 })).toBe('bad-id');
    expect(optionProblem({ ...defaultOptions, reliability: { kind: 'lifetime', maxPacketLifeTime: -1 } })).toBe(
      'bad-lifetime',
    );
    expect(optionProblem(defaultOptions)).toBeNull();
  });
});
