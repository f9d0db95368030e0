import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallEvent, CandidateInfo, PeerId } from '../../src/lib/call/types';
import { breakDownCandidate, candidateRows, splitPriority } from '../../src/lib/inspect/candidates';

// Captured from Chromium 156: every icecandidate event of a loopback call, with its time since the call started.
const captured = JSON.parse(readFileSync(new URL('fixtures/chromium-candidates.json', import.meta.url), 'utf8')) as {
  peer: PeerId;
  at: number;
  candidate: CandidateInfo | null;
}[];
const info = (candidate: string, sdpMid: string | null = '0', sdpMLineIndex: number | null = 0): CandidateInfo => ({
  candidate,
  sdpMid,
  sdpMLineIndex,
});

describe('taking a candidate apart', () => {
  it.each<[string, CandidateInfo, Record<string, unknown>]>([
    [
      'a real host candidate (IPv4)',
      captured[0]!.candidate!,
      {
        type: 'host',
        protocol: 'udp',
        address: '192.0.2.2',
        mdns: false,
        port: 60594,
        priority: 2122194687,
        typePreference: 126,
        localPreference: 32286,
        component: 1,
        foundation: '164902521',
        relatedAddress: null,
        relatedPort: null,
        tcpType: null,
        sdpMid: '0',
        sdpMLineIndex: 0,
      },
    ],
    [
      'a real host candidate (IPv6)',
      captured[1]!.candidate!,
      { type: 'host', address: 'fd00::2', port: 35822, typePreference: 126, localPreference: 32562, component: 1 },
    ],
    [
      'an mDNS host candidate',
      info('candidate:1 1 udp 2122260223 0f2a4c3e-7d6b-4f21-9e0e-8a2b3c4d5e6f.local 54321 typ host generation 0'),
      { type: 'host', mdns: true, address: '0f2a4c3e-7d6b-4f21-9e0e-8a2b3c4d5e6f.local' },
    ],
    [
      'a server-reflexive candidate',
      info('candidate:842163049 1 udp 1677729535 203.0.113.7 61120 typ srflx raddr 192.168.1.20 rport 61120'),
      { type: 'srflx', typePreference: 100, relatedAddress: '192.168.1.20', relatedPort: 61120 },
    ],
    [
      'a peer-reflexive candidate',
      info('candidate:9 1 udp 1845501695 198.51.100.9 50000 typ prflx raddr 0.0.0.0 rport 0'),
      { type: 'prflx', typePreference: 110 },
    ],
    [
      'a relay candidate',
      info('candidate:3 1 udp 41885695 198.51.100.4 3478 typ relay raddr 203.0.113.7 rport 61120'),
      { type: 'relay', typePreference: 2, localPreference: 32543, component: 1 },
    ],
    [
      'a TCP candidate for RTCP',
      info('candidate:4 2 tcp 1518280446 192.0.2.2 9 typ host tcptype active generation 0', '1', 1),
      { protocol: 'tcp', tcpType: 'active', component: 2, sdpMid: '1', sdpMLineIndex: 1 },
    ],
  ])('%s', (_name, candidate, expected) => {
    expect(breakDownCandidate(candidate)).toMatchObject(expected);
  });

  it.each([
    ['empty text', ''],
    ['not a candidate', 'hello world'],
    ['no type', 'candidate:1 1 udp 2122260223 192.0.2.2 5000'],
    ['an unknown type', 'candidate:1 1 udp 2122260223 192.0.2.2 5000 typ magic'],
    ['a priority that is no number', 'candidate:1 1 udp high 192.0.2.2 5000 typ host'],
  ])('gives null for %s', (_name, text) => {
    expect(breakDownCandidate(info(text))).toBeNull();
  });

  it.each([
    [2122194687, { typePreference: 126, localPreference: 32286, component: 1 }],
    [2122194686, { typePreference: 126, localPreference: 32286, component: 2 }],
    [1677729535, { typePreference: 100, localPreference: 30, component: 1 }],
    [41885695, { typePreference: 2, localPreference: 32543, component: 1 }],
    [2 ** 32 - 1 - 255, { typePreference: 255, localPreference: 65535, component: 256 }],
  ])('priority %i = 2^24 × type + 2^8 × local + (256 − component)', (priority, parts) => {
    expect(splitPriority(priority)).toEqual(parts);
    expect(2 ** 24 * parts.typePreference + 2 ** 8 * parts.localPreference + 256 - parts.component).toBe(priority);
  });
});

describe('the candidates table of a call', () => {
  const gathered: CallEvent[] = captured.map(({ peer, at, candidate }) => ({
    type: 'candidate-gathered',
    peer,
    candidate,
    at,
  }));

  it('lists every candidate in gathering order, with the end of gathering as its own row', () => {
    const rows = candidateRows([
      { type: 'state', peer: 'local', name: 'iceGatheringState', value: 'gathering', at: 150 },
      ...gathered,
    ]);
    expect(rows).toHaveLength(captured.length);
    expect(rows.map((r) => [r.peer, r.breakdown?.type ?? (r.info ? 'unreadable' : 'end')])).toEqual([
      ['local', 'host'],
      ['local', 'host'],
      ['local', 'host'],
      ['local', 'host'],
      ['remote', 'host'],
      ['remote', 'host'],
      ['local', 'end'],
      ['remote', 'end'],
    ]);
    // Alice's times count from her gathering state; Bob's from his first candidate (no state event for him here).
    expect(rows[0]!.sinceStart).toBeCloseTo(4.2, 5);
    expect(rows[4]!.sinceStart).toBe(0);
    expect(rows[5]!.sinceStart).toBeCloseTo(6.1, 5);
    expect(rows.every((r) => r.deliveredAt === null)).toBe(true);
  });

  it('marks a candidate delivered when the other peer received it, and only that one', () => {
    const first = captured[0]!.candidate!;
    const rows = candidateRows([
      ...gathered,
      { type: 'candidate-delivered', peer: 'local', candidate: first, at: 300 },
    ]);
    expect(rows.filter((r) => r.deliveredAt !== null).map((r) => [r.peer, r.info?.candidate, r.deliveredAt])).toEqual([
      ['local', first.candidate, 300],
    ]);
  });

  it('does not take a candidate from one peer as delivered from the other', () => {
    const first = captured[0]!.candidate!;
    const rows = candidateRows([
      ...gathered,
      { type: 'candidate-delivered', peer: 'remote', candidate: first, at: 300 },
    ]);
    expect(rows.every((r) => r.deliveredAt === null)).toBe(true);
  });
});
