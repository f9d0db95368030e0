import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallEvent } from '../../src/lib/call/types';
import { en } from '../../src/i18n/en';
import { annotateLine, annotateSdp, sdpLineKinds, sdpLineNotes, type AnnotatedLine } from '../../src/lib/inspect/sdp';
import { latestDescriptions } from '../../src/lib/inspect/sdp-descriptions';
import { diffOfferAnswer } from '../../src/lib/inspect/sdp-diff';

// Captured from Chromium 156 (fake camera and microphone, two peers in one page): offer and answer after gathering.
const offer = readFileSync(new URL('fixtures/chromium-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('fixtures/chromium-answer.sdp', import.meta.url), 'utf8');
const annotated = annotateSdp(offer);
const allLines = [annotated.session, ...annotated.media].flatMap((block) => block.lines);
const find = (text: string): AnnotatedLine => {
  const found = allLines.find((l) => l.text === text);
  if (!found) throw new Error(`fixture has no line ${text}`);
  return found;
};

describe('annotating the lines of a real Chromium offer', () => {
  it.each<[string, AnnotatedLine['kind'], Record<string, string | number>, string[]]>([
    ['v=0', 'version', { version: '0' }, []],
    [
      'o=- 6674310054128593262 2 IN IP4 127.0.0.1',
      'origin',
      { username: '-', sessionId: '6674310054128593262', sessionVersion: 2, address: '127.0.0.1' },
      [],
    ],
    ['s=-', 'session-name', { name: '-' }, []],
    ['t=0 0', 'timing', { start: '0', stop: '0' }, ['unbounded']],
    ['a=group:BUNDLE 0 1', 'group', { semantics: 'BUNDLE', mids: '0, 1' }, ['bundle']],
    ['a=extmap-allow-mixed', 'extmap-allow-mixed', {}, []],
    [
      'a=msid-semantic: WMS 78d3dd03-bed4-4a9d-a237-e1f12a3cb918',
      'msid-semantic',
      { semantics: 'WMS', streams: '78d3dd03-bed4-4a9d-a237-e1f12a3cb918' },
      [],
    ],
    [
      'm=audio 60594 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126',
      'media',
      { media: 'audio', port: 60594, protocol: 'UDP/TLS/RTP/SAVPF', count: 8 },
      [],
    ],
    ['c=IN IP4 192.0.2.2', 'connection', { address: '192.0.2.2' }, []],
    ['a=rtcp:9 IN IP4 0.0.0.0', 'rtcp', { port: '9', address: '0.0.0.0' }, []],
    [
      'a=candidate:164902521 1 udp 2122194687 192.0.2.2 60594 typ host generation 0 network-id 1',
      'candidate',
      { type: 'host', protocol: 'udp', address: '192.0.2.2', port: 60594 },
      ['host'],
    ],
    ['a=ice-ufrag:a1ct', 'ice-ufrag', { ufrag: 'a1ct' }, []],
    ['a=ice-pwd:TCkth2j/N6XLFBrDgAdzMDji', 'ice-pwd', { length: 24 }, []],
    ['a=ice-options:trickle', 'ice-options', { options: 'trickle' }, ['trickle']],
    [
      'a=fingerprint:sha-256 34:2B:29:1F:34:2A:44:85:1A:19:42:E3:9B:F6:B1:A5:2C:D7:E2:36:44:EA:C7:4D:3A:95:3B:E0:12:A4:62:1D',
      'fingerprint',
      {
        algorithm: 'sha-256',
        value: '34:2B:29:1F:34:2A:44:85:1A:19:42:E3:9B:F6:B1:A5:2C:D7:E2:36:44:EA:C7:4D:3A:95:3B:E0:12:A4:62:1D',
      },
      [],
    ],
    ['a=setup:actpass', 'setup', { role: 'actpass' }, ['actpass']],
    ['a=mid:0', 'mid', { mid: '0' }, []],
    [
      'a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
      'extmap',
      { id: 3, uri: 'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01' },
      ['transport-cc'],
    ],
    ['a=sendrecv', 'direction', { direction: 'sendrecv' }, ['sendrecv']],
    [
      'a=msid:78d3dd03-bed4-4a9d-a237-e1f12a3cb918 922cad11-6bb4-42ea-97be-4956dac47c8a',
      'msid',
      { stream: '78d3dd03-bed4-4a9d-a237-e1f12a3cb918', track: '922cad11-6bb4-42ea-97be-4956dac47c8a' },
      [],
    ],
    ['a=rtcp-mux', 'rtcp-mux', {}, []],
    ['a=rtcp-rsize', 'rtcp-rsize', {}, []],
    ['a=rtcp-xr:rcvr-rtt=all', 'rtcp-xr', { value: 'rcvr-rtt=all' }, []],
    [
      'a=rtpmap:111 opus/48000/2',
      'rtpmap',
      { pt: 111, codec: 'opus', clockRate: 48000, channels: 2 },
      ['opus', 'channels'],
    ],
    ['a=rtpmap:96 VP8/90000', 'rtpmap', { pt: 96, codec: 'VP8', clockRate: 90000, channels: 1 }, ['vp8']],
    ['a=rtpmap:97 rtx/90000', 'rtpmap', { pt: 97, codec: 'rtx', clockRate: 90000, channels: 1 }, ['rtx']],
    [
      'a=fmtp:111 minptime=10;useinbandfec=1',
      'fmtp',
      { pt: '111', codec: 'opus', parameters: 'minptime=10, useinbandfec=1' },
      [],
    ],
    ['a=fmtp:97 apt=96', 'fmtp', { pt: '97', codec: 'rtx', parameters: 'apt=96', apt: '96', aptCodec: 'VP8' }, ['apt']],
    [
      'a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f',
      'fmtp',
      {
        pt: '102',
        codec: 'H264',
        parameters: 'level-asymmetry-allowed=1, packetization-mode=1, profile-level-id=42001f',
      },
      [],
    ],
    ['a=rtcp-fb:96 nack pli', 'rtcp-fb', { pt: '96', codec: 'VP8', feedback: 'nack pli' }, ['pli']],
    ['a=rtcp-fb:96 goog-remb', 'rtcp-fb', { pt: '96', codec: 'VP8', feedback: 'goog-remb' }, ['remb']],
    [
      'a=ssrc:4003153903 cname:SwzbsGmLAYFQlBHu',
      'ssrc',
      { ssrc: 4003153903, attribute: 'cname', value: 'SwzbsGmLAYFQlBHu' },
      ['cname'],
    ],
    [
      'a=ssrc-group:FID 2880665083 2358934619',
      'ssrc-group',
      { semantics: 'FID', ssrcs: '2880665083, 2358934619' },
      ['fid'],
    ],
  ])('%s is %s', (text, kind, params, notes) => {
    expect(find(text)).toEqual({ text, kind, params, notes });
  });

  it('explains every line of the fixture: none is unknown', () => {
    expect(allLines.filter((l) => l.kind === 'unknown').map((l) => l.text)).toEqual([]);
  });

  it('groups the lines into the session part and one block per media section', () => {
    expect(annotated.session.lines[0]?.text).toBe('v=0');
    expect(annotated.session.lines.every((l) => !l.text.startsWith('m='))).toBe(true);
    expect(annotated.media.map((b) => [b.index, b.media, b.mid, b.lines[0]?.kind])).toEqual([
      [0, 'audio', '0', 'media'],
      [1, 'video', '1', 'media'],
    ]);
    const count = offer.trim().split(/\r?\n/).length;
    expect(allLines).toHaveLength(count);
  });
});

describe('annotating lines a Chromium loopback call does not produce', () => {
  it.each<[string, AnnotatedLine['kind'], Record<string, string | number>, string[]]>([
    ['a=end-of-candidates', 'end-of-candidates', {}, []],
    [
      'a=candidate:1 1 udp 2122260223 0f2a4c3e-7d6b-4f21-9e0e-8a2b3c4d5e6f.local 54321 typ host generation 0',
      'candidate',
      { type: 'host', protocol: 'udp', address: '0f2a4c3e-7d6b-4f21-9e0e-8a2b3c4d5e6f.local', port: 54321 },
      ['host', 'mdns'],
    ],
    [
      'a=candidate:842163049 1 udp 1677729535 203.0.113.7 61120 typ srflx raddr 192.168.1.20 rport 61120',
      'candidate',
      { type: 'srflx', protocol: 'udp', address: '203.0.113.7', port: 61120 },
      ['srflx'],
    ],
    [
      'a=candidate:3 1 udp 41885695 198.51.100.4 3478 typ relay raddr 203.0.113.7 rport 61120',
      'candidate',
      { type: 'relay', protocol: 'udp', address: '198.51.100.4', port: 3478 },
      ['relay'],
    ],
    [
      'm=video 0 UDP/TLS/RTP/SAVPF 96',
      'media',
      { media: 'video', port: 0, protocol: 'UDP/TLS/RTP/SAVPF', count: 1 },
      ['rejected'],
    ],
    [
      'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
      'application',
      { media: 'application', port: 9, protocol: 'UDP/DTLS/SCTP', format: 'webrtc-datachannel' },
      ['placeholder'],
    ],
    ['c=IN IP4 0.0.0.0', 'connection', { address: '0.0.0.0' }, ['placeholder']],
    ['b=AS:30', 'bandwidth', { value: 'AS:30' }, []],
    ['a=recvonly', 'direction', { direction: 'recvonly' }, ['recvonly']],
    ['a=sendonly', 'direction', { direction: 'sendonly' }, ['sendonly']],
    ['a=inactive', 'direction', { direction: 'inactive' }, ['inactive']],
    ['a=setup:active', 'setup', { role: 'active' }, ['active']],
    ['a=setup:passive', 'setup', { role: 'passive' }, ['passive']],
    ['a=ice-lite', 'ice-lite', {}, []],
    ['a=sctp-port:5000', 'sctp-port', { port: '5000' }, []],
    ['a=max-message-size:262144', 'max-message-size', { size: '262144' }, []],
    ['a=ssrc-group:SIM 1 2 3', 'ssrc-group', { semantics: 'SIM', ssrcs: '1, 2, 3' }, ['sim']],
    ['a=x-google-flag:conference', 'unknown', {}, []],
    ['a=rtpmap:not-a-number', 'unknown', {}, []],
    ['a=candidate:garbage', 'unknown', {}, []],
    ['z=whatever', 'unknown', {}, []],
    ['not an sdp line', 'unknown', {}, []],
    ['', 'unknown', {}, []],
  ])('%j is %s', (text, kind, params, notes) => {
    expect(annotateLine(text)).toEqual({ text, kind, params, notes });
  });

  it('never throws, whatever it is given', () => {
    for (const text of ['\u0000', 'a=', 'a=:', 'm=', 'o=', 'a=ssrc:', 'a=extmap:', 'a=fmtp:', 'a=fingerprint:']) {
      expect(() => annotateLine(text)).not.toThrow();
    }
    expect(() => annotateSdp('garbage\nm=\n\n')).not.toThrow();
    expect(annotateSdp('').media).toEqual([]);
  });
});

describe('the English explanations', () => {
  const dict: Record<string, string> = en;
  it.each(sdpLineKinds.map((kind) => [kind]))('%s has an explanation', (kind) => {
    expect(dict[`inspect.sdp.${kind}`]).toBeTruthy();
  });
  it.each(Object.entries(sdpLineNotes).flatMap(([kind, notes]) => notes.map((note) => [`${kind}.${note}`])))(
    'note %s has an explanation',
    (key) => {
      expect(dict[`inspect.sdp.${key}`]).toBeTruthy();
    },
  );
  it('uses only placeholders the annotation fills', () => {
    for (const line of allLines) {
      for (const key of [line.kind, ...line.notes.map((n) => `${line.kind}.${n}`)]) {
        const placeholders = [...(dict[`inspect.sdp.${key}`] ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        for (const name of placeholders) expect(line.params, `${key} {${name}} in ${line.text}`).toHaveProperty(name!);
      }
    }
  });
});

describe('what the answer changed', () => {
  it('reads codecs, direction and DTLS role of the real answer', () => {
    expect(diffOfferAnswer(offer, answer)).toEqual([
      {
        index: 0,
        mid: '0',
        media: 'audio',
        offered: ['opus', 'red', 'G722', 'PCMU', 'PCMA', 'CN', 'telephone-event'],
        kept: ['opus', 'red', 'G722', 'PCMU', 'PCMA', 'CN', 'telephone-event'],
        dropped: [],
        primary: 'opus',
        offerDirection: 'sendrecv',
        answerDirection: 'recvonly',
        offerSetup: 'actpass',
        answerSetup: 'active',
        rejected: false,
      },
      expect.objectContaining({ mid: '1', media: 'video', primary: 'VP8', answerDirection: 'recvonly', dropped: [] }),
    ]);
  });

  it('tells dropped codecs and rejected sections', () => {
    const offerText = [
      'v=0',
      'o=- 1 2 IN IP4 127.0.0.1',
      's=-',
      't=0 0',
      'a=setup:actpass',
      'm=video 9 UDP/TLS/RTP/SAVPF 96 97 98',
      'a=mid:v',
      'a=sendrecv',
      'a=rtpmap:96 VP8/90000',
      'a=rtpmap:97 rtx/90000',
      'a=rtpmap:98 VP9/90000',
      'm=audio 9 UDP/TLS/RTP/SAVPF 111',
      'a=mid:a',
      'a=rtpmap:111 opus/48000/2',
      '',
    ].join('\r\n');
    const answerText = [
      'v=0',
      'o=- 3 2 IN IP4 127.0.0.1',
      's=-',
      't=0 0',
      'm=video 9 UDP/TLS/RTP/SAVPF 98',
      'a=mid:v',
      'a=setup:passive',
      'a=sendonly',
      'a=rtpmap:98 VP9/90000',
      'm=audio 0 UDP/TLS/RTP/SAVPF 111',
      'a=mid:a',
      'a=rtpmap:111 opus/48000/2',
      '',
    ].join('\r\n');
    expect(diffOfferAnswer(offerText, answerText)).toEqual([
      {
        index: 0,
        mid: 'v',
        media: 'video',
        offered: ['VP8', 'rtx', 'VP9'],
        kept: ['VP9'],
        dropped: ['VP8', 'rtx'],
        primary: 'VP9',
        offerDirection: 'sendrecv',
        answerDirection: 'sendonly',
        offerSetup: 'actpass',
        answerSetup: 'passive',
        rejected: false,
      },
      expect.objectContaining({ mid: 'a', rejected: true }),
    ]);
  });
});

describe('the latest offer and answer of a call', () => {
  const description = (
    peer: 'local' | 'remote',
    side: 'local' | 'remote',
    sdpType: 'offer' | 'answer',
    sdp: string,
    at: number,
  ): CallEvent => ({ type: 'description', peer, side, sdpType, sdp, at });

  it('follows who set each description', () => {
    const events = [
      description('local', 'local', 'offer', offer, 1),
      description('remote', 'remote', 'offer', offer, 2),
      description('remote', 'local', 'answer', answer, 3),
    ];
    expect(latestDescriptions(events)).toEqual({
      offer: { type: 'offer', sdp: offer, author: 'local', setLocal: true, setRemote: true, remoteDiffers: false },
      answer: { type: 'answer', sdp: answer, author: 'remote', setLocal: true, setRemote: false, remoteDiffers: false },
    });
  });

  it('notices when the remote side got a different text', () => {
    const events = [
      description('local', 'local', 'offer', offer, 1),
      description('remote', 'remote', 'offer', 'v=0', 2),
    ];
    expect(latestDescriptions(events).offer).toMatchObject({ sdp: offer, setRemote: true, remoteDiffers: true });
  });

  it('has nothing before the first description', () => {
    expect(latestDescriptions([])).toEqual({ offer: null, answer: null });
  });
});
