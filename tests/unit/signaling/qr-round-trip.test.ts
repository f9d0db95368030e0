import encodeQR from 'qr';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { encodeDescription } from '../../../src/lib/signaling/manual.ts';

/** Renders QR modules as an RGBA image, `scale` pixels per module, as the lab's canvas does. */
function toImage(modules: boolean[][], scale: number) {
  const size = modules.length * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = ((y * scale + dy) * size + x * scale + dx) * 4;
          data[at] = data[at + 1] = data[at + 2] = 0;
        }
      }
    }),
  );
  return { width: size, height: size, data };
}

describe('the QR code of a copy/paste description', () => {
  it('reads back as the very text it was drawn from, at the error correction the lab uses', async () => {
    // A data-channel offer after gathering, about the size Chromium produces (ENVIRONMENT.md: ~716 characters).
    const candidates = Array.from(
      { length: 4 },
      (_, i) => `a=candidate:${1000 + i} 1 udp 2122260223 192.0.2.${10 + i} ${50000 + i} typ host generation 0\r\n`,
    ).join('');
    const sdp =
      'v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n' +
      'm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\n' +
      candidates +
      'a=ice-ufrag:EsAw\r\na=ice-pwd:P2uYro0UCOQ4zxjKXaWCBui1\r\na=fingerprint:sha-256 ' +
      Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').toUpperCase()).join(':') +
      '\r\na=setup:actpass\r\na=mid:0\r\na=sctp-port:5000\r\na=max-message-size:262144\r\n';
    const { text } = await encodeDescription({ type: 'offer', sdp }, { CompressionStream });
    const modules = encodeQR(text, 'raw', { ecc: 'low', border: 4 });
    expect(decodeQR(toImage(modules, 4))).toBe(text);
  });
});
