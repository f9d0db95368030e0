import { describe, expect, it } from 'vitest';
import { decodeDescription, encodeDescription, manualPrefix } from '../../../src/lib/signaling/manual.ts';
import { toBase64Url } from '../../../src/lib/signaling/room-id.ts';

const streams = { CompressionStream, DecompressionStream };

/** An offer shaped like Chromium's after gathering: repetitive, so it compresses well. */
const offer = {
  type: 'offer' as const,
  sdp: [
    'v=0',
    'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    'c=IN IP4 0.0.0.0',
    ...Array.from(
      { length: 6 },
      (_, i) => `a=candidate:${i} 1 udp 2122260223 192.0.2.${i} 5432${i} typ host generation 0`,
    ),
    'a=ice-ufrag:abcd',
    'a=ice-pwd:aaaaaaaaaaaaaaaaaaaaaaaa',
    'a=fingerprint:sha-256 00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF',
    'a=setup:actpass',
    'a=mid:0',
    'a=sctp-port:5000',
    'a=max-message-size:262144',
    '',
  ].join('\r\n'),
};

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('copy/paste codec', () => {
  it('round-trips a description and reports its sizes before and after', async () => {
    const encoded = await encodeDescription(offer, streams);
    expect(encoded.text.startsWith(manualPrefix)).toBe(true);
    expect(encoded.text).toMatch(/^WRTC1\.[A-Za-z0-9_-]+$/);
    expect(encoded.sizes.text).toBe(encoded.text.length);
    expect(encoded.sizes.compressed).toBeLessThan(encoded.sizes.json);
    const decoded = await decodeDescription(encoded.text, streams);
    expect(decoded).toEqual({ ok: true, description: offer, sizes: encoded.sizes });
  });

  it('ignores line breaks and spaces added while copying', async () => {
    const { text } = await encodeDescription(offer, streams);
    const wrapped = `  ${text.match(/.{1,40}/g)!.join('\n')}\n`;
    expect(await decodeDescription(wrapped, streams)).toMatchObject({ ok: true, description: offer });
  });

  const packed = async (value: unknown): Promise<string> =>
    `${manualPrefix}${toBase64Url(await deflate(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value))))}`;

  it.each([
    ['text without the prefix', async () => 'hello', 'bad-prefix'],
    ['another version', async () => (await packed({ type: 'bye' })).replace('WRTC1.', 'WRTC2.'), 'bad-prefix'],
    ['characters outside base64url', async () => `${manualPrefix}abc+def/`, 'bad-encoding'],
    ['nothing after the prefix', async () => manualPrefix, 'bad-encoding'],
    [
      'bytes that are not deflate data',
      async () => `${manualPrefix}${toBase64Url(new Uint8Array([255, 255, 255, 255]))}`,
      'bad-compression',
    ],
    ['compressed text that is not JSON', async () => packed('not json'), 'not-json'],
    ['a message that is not a description', async () => packed({ type: 'bye' }), 'unknown-type'],
    [
      'a description with a bad SDP',
      async () => packed({ type: 'description', description: { type: 'offer', sdp: 'x' } }),
      'bad-field',
    ],
    ['a bomb that inflates past 64 KiB', async () => packed(' '.repeat(1_000_000)), 'too-large'],
    ['a text too long to be a frame', async () => `${manualPrefix}${'A'.repeat(100_000)}`, 'too-large'],
  ])('refuses %s', async (_name, make, code) => {
    expect(await decodeDescription(await make(), streams)).toEqual({ ok: false, code });
  });
});
