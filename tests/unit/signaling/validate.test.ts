import { describe, expect, it } from 'vitest';
import {
  byteLength,
  maxFrameBytes,
  previewOf,
  validateClientFrame,
  validateEnvelopeFrame,
  validateServerFrame,
  validateSignalFrame,
} from '../../../src/lib/signaling/validate.ts';

const room = 'AbCdEfGhIjKlMnOpQrStUv';
const sdp = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
const candidate = {
  candidate: 'candidate:1 1 udp 2122260223 192.0.2.1 54321 typ host',
  sdpMid: '0',
  sdpMLineIndex: 0,
  usernameFragment: 'abcd',
};
const json = (value: unknown): string => JSON.stringify(value);

describe('signals: every well-formed kind passes, rebuilt from known fields', () => {
  it.each([
    ['an offer', { type: 'description', description: { type: 'offer', sdp } }],
    ['an answer', { type: 'description', description: { type: 'answer', sdp } }],
    ['a rollback with no SDP', { type: 'description', description: { type: 'rollback', sdp: '' } }],
    ['a candidate', { type: 'candidate', candidate }],
    ['end of candidates (null)', { type: 'candidate', candidate: null }],
    ['an end-of-generation candidate', { type: 'candidate', candidate: { ...candidate, candidate: '' } }],
    [
      'a candidate without ufrag',
      { type: 'candidate', candidate: { candidate: candidate.candidate, sdpMid: '0', sdpMLineIndex: null } },
    ],
    ['bye', { type: 'bye' }],
  ])('%s', (_name, message) => {
    const result = validateSignalFrame(json(message));
    expect(result).toEqual({ ok: true, message, size: json(message).length });
  });

  it('drops unknown fields instead of passing them on', () => {
    const result = validateSignalFrame(json({ type: 'bye', extra: '<script>' }));
    expect(result).toMatchObject({ ok: true, message: { type: 'bye' } });
    expect(result.ok && 'extra' in result.message).toBe(false);
  });

  it('fills a missing sdpMid with null when sdpMLineIndex is there', () => {
    const result = validateSignalFrame(json({ type: 'candidate', candidate: { candidate: '', sdpMLineIndex: 1 } }));
    expect(result).toMatchObject({
      ok: true,
      message: { candidate: { candidate: '', sdpMid: null, sdpMLineIndex: 1 } },
    });
  });
});

const badSignals: [string, unknown, string][] = [
  ['a number', 42, 'bad-field'],
  ['an array', [1, 2], 'bad-field'],
  ['null', null, 'bad-field'],
  ['no type', { description: { type: 'offer', sdp } }, 'unknown-type'],
  ['an unknown type', { type: 'hello' }, 'unknown-type'],
  ['a type that is not a string', { type: 7 }, 'unknown-type'],
  ['a description that is a string', { type: 'description', description: sdp }, 'bad-field'],
  ['an unknown description type', { type: 'description', description: { type: 'provisional', sdp } }, 'bad-field'],
  ['an SDP that is not a string', { type: 'description', description: { type: 'offer', sdp: 5 } }, 'bad-field'],
  ['an SDP without v= first', { type: 'description', description: { type: 'offer', sdp: 'o=- 1 2' } }, 'bad-field'],
  ['an empty offer SDP', { type: 'description', description: { type: 'offer', sdp: '' } }, 'bad-field'],
  [
    'an SDP over 60,000 characters',
    { type: 'description', description: { type: 'offer', sdp: `v=0${'a'.repeat(60_000)}` } },
    'bad-field',
  ],
  ['a candidate that is a string', { type: 'candidate', candidate: candidate.candidate }, 'bad-field'],
  ['a missing candidate field', { type: 'candidate' }, 'bad-field'],
  [
    'a candidate line without its prefix',
    { type: 'candidate', candidate: { ...candidate, candidate: '1 1 udp' } },
    'bad-field',
  ],
  [
    'a candidate line over 1024 characters',
    { type: 'candidate', candidate: { ...candidate, candidate: `candidate:${'1'.repeat(1024)}` } },
    'bad-field',
  ],
  ['a numeric sdpMid', { type: 'candidate', candidate: { ...candidate, sdpMid: 0 } }, 'bad-field'],
  ['a long sdpMid', { type: 'candidate', candidate: { ...candidate, sdpMid: 'm'.repeat(65) } }, 'bad-field'],
  ['a negative sdpMLineIndex', { type: 'candidate', candidate: { ...candidate, sdpMLineIndex: -1 } }, 'bad-field'],
  ['a fractional sdpMLineIndex', { type: 'candidate', candidate: { ...candidate, sdpMLineIndex: 0.5 } }, 'bad-field'],
  ['a huge sdpMLineIndex', { type: 'candidate', candidate: { ...candidate, sdpMLineIndex: 70_000 } }, 'bad-field'],
  [
    'neither sdpMid nor sdpMLineIndex',
    { type: 'candidate', candidate: { ...candidate, sdpMid: null, sdpMLineIndex: null } },
    'bad-field',
  ],
  ['a numeric usernameFragment', { type: 'candidate', candidate: { ...candidate, usernameFragment: 1 } }, 'bad-field'],
  [
    'a long usernameFragment',
    { type: 'candidate', candidate: { ...candidate, usernameFragment: 'u'.repeat(257) } },
    'bad-field',
  ],
];

describe('signals: each malformed kind is rejected with its code', () => {
  it.each(badSignals)('%s', (_name, value, code) => {
    expect(validateSignalFrame(json(value))).toMatchObject({ ok: false, code });
  });

  it.each([
    ['not JSON', '{"type":', 'not-json'],
    ['an empty frame', '', 'not-json'],
    ['binary data', new Uint8Array([123, 125]), 'not-json'],
    ['undefined', undefined, 'not-json'],
  ])('%s', (_name, data, code) => {
    expect(validateSignalFrame(data)).toMatchObject({ ok: false, code });
  });

  it('measures frames in UTF-8 bytes and refuses one byte over 64 KiB without parsing it', () => {
    const padding = (n: number): string => json({ type: 'bye', pad: 'x'.repeat(n) });
    const overhead = padding(0).length;
    expect(validateSignalFrame(padding(maxFrameBytes - overhead))).toMatchObject({ ok: true, size: maxFrameBytes });
    expect(validateSignalFrame(padding(maxFrameBytes - overhead + 1))).toEqual({
      ok: false,
      code: 'too-large',
      size: maxFrameBytes + 1,
    });
    // 30,000 three-byte characters: short in UTF-16, 90,000 bytes in UTF-8.
    expect(validateSignalFrame(json({ type: 'bye', pad: '한'.repeat(30_000) }))).toMatchObject({ code: 'too-large' });
  });
});

describe('client frames (what the server accepts)', () => {
  it.each([
    ['join', { type: 'join', room }],
    ['join with a rejoin key', { type: 'join', room, rejoin: 'Vd0lK3_qf8mZ1tYc2hEw9A' }],
    ['leave', { type: 'leave' }],
    ['a signal', { type: 'bye' }],
  ])('accepts %s', (_name, message) => {
    expect(validateClientFrame(json(message))).toMatchObject({ ok: true, message });
  });

  it.each([
    ['join without a room', { type: 'join' }],
    ['a room of 21 characters', { type: 'join', room: room.slice(1) }],
    ['a room with a slash', { type: 'join', room: `${room.slice(1)}/` }],
    ['a room of 65 characters', { type: 'join', room: 'a'.repeat(65) }],
    ['a numeric room', { type: 'join', room: 12345 }],
    ['a rejoin key of 21 characters', { type: 'join', room, rejoin: 'Vd0lK3_qf8mZ1tYc2hEw9' }],
    ['a rejoin key with a space', { type: 'join', room, rejoin: 'Vd0lK3_qf8mZ1tYc2hEw 9A' }],
    ['a null rejoin key', { type: 'join', room, rejoin: null }],
  ])('refuses %s', (_name, message) => {
    expect(validateClientFrame(json(message))).toMatchObject({ ok: false, code: 'bad-field' });
  });

  it('refuses server-only types from a client', () => {
    expect(validateClientFrame(json({ type: 'joined', room, polite: true, peers: 1 }))).toMatchObject({
      ok: false,
      code: 'unknown-type',
    });
  });
});

describe('server frames (what a client accepts)', () => {
  it.each([
    ['joined', { type: 'joined', room, polite: false, peers: 1 }],
    ['peer-joined', { type: 'peer-joined' }],
    ['peer-left', { type: 'peer-left' }],
    ['full', { type: 'full' }],
    ['error', { type: 'error', code: 'not-joined', message: 'Join a room first.' }],
    ['a relayed bye', { type: 'bye', from: 'abc123' }],
    ['a relayed offer', { type: 'description', description: { type: 'offer', sdp }, from: 'abc123' }],
  ])('accepts %s', (_name, message) => {
    expect(validateServerFrame(json(message))).toMatchObject({ ok: true, message });
  });

  it.each([
    ['joined with 3 peers', { type: 'joined', room, polite: false, peers: 3 }, 'bad-field'],
    ['joined with a string polite', { type: 'joined', room, polite: 'yes', peers: 1 }, 'bad-field'],
    ['joined with a bad room', { type: 'joined', room: 'short', polite: true, peers: 2 }, 'bad-field'],
    ['error with an upper-case code', { type: 'error', code: 'NOPE', message: '' }, 'bad-field'],
    ['error without a message', { type: 'error', code: 'nope' }, 'bad-field'],
    ['error with a long message', { type: 'error', code: 'nope', message: 'm'.repeat(1001) }, 'bad-field'],
    ['a relayed signal without from', { type: 'bye' }, 'bad-field'],
    ['a relayed signal with a bad from', { type: 'bye', from: 'a b' }, 'bad-field'],
    ['a relayed signal with a bad body', { type: 'candidate', candidate: 5, from: 'abc' }, 'bad-field'],
    ['a client-only type', { type: 'join', room }, 'unknown-type'],
  ])('rejects %s', (_name, message, code) => {
    expect(validateServerFrame(json(message))).toMatchObject({ ok: false, code });
  });
});

describe('BroadcastChannel envelopes', () => {
  const base = { room, from: 'tabA' };
  it.each([
    ['hello', { ...base, type: 'hello', since: 1 }],
    ['here', { ...base, type: 'here', to: 'tabB', since: 1, polite: null }],
    ['full', { ...base, type: 'full', to: 'tabB' }],
    ['leave', { ...base, type: 'leave' }],
    ['signal', { ...base, type: 'signal', to: 'tabB', message: { type: 'bye' } }],
  ])('accepts %s', (_name, envelope) => {
    expect(validateEnvelopeFrame(json(envelope))).toMatchObject({ ok: true, message: envelope });
  });

  it.each([
    ['an unknown type', { ...base, type: 'shout' }, 'unknown-type'],
    ['a bad room', { ...base, room: 'x', type: 'leave' }, 'bad-field'],
    ['no sender', { room, type: 'leave' }, 'bad-field'],
    ['hello without since', { ...base, type: 'hello' }, 'bad-field'],
    ['hello with a negative since', { ...base, type: 'hello', since: -1 }, 'bad-field'],
    ['here without to', { ...base, type: 'here', since: 1, polite: null }, 'bad-field'],
    ['here with a string role', { ...base, type: 'here', to: 'tabB', since: 1, polite: 'no' }, 'bad-field'],
    ['signal without a message', { ...base, type: 'signal', to: 'tabB' }, 'bad-field'],
    ['signal of an unknown type', { ...base, type: 'signal', to: 'tabB', message: { type: 'ping' } }, 'unknown-type'],
    [
      'signal with a bad candidate',
      { ...base, type: 'signal', to: 'tabB', message: { type: 'candidate', candidate: {} } },
      'bad-field',
    ],
  ])('rejects %s', (_name, envelope, code) => {
    expect(validateEnvelopeFrame(json(envelope))).toMatchObject({ ok: false, code });
  });
});

describe('previews for the log', () => {
  it('cuts long text and describes non-text data', () => {
    expect(previewOf('x'.repeat(500))).toHaveLength(121);
    expect(previewOf(new ArrayBuffer(4))).toBe('[object]');
    expect(previewOf('{"type":"bye"}')).toBe('{"type":"bye"}');
  });
});

describe('byte length', () => {
  it.each([
    ['ASCII', 'hello'],
    ['two-byte characters', 'été'],
    ['three-byte characters', '한국어'],
    ['a surrogate pair', '😀 ok'],
    ['a lone high surrogate', '\ud800x'],
    ['a lone low surrogate', 'x\udc00'],
    ['a high surrogate at the end', 'x\ud800'],
  ])('matches TextEncoder for %s', (_name, text) => {
    expect(byteLength(text)).toBe(new TextEncoder().encode(text).length);
  });
});
