import { describe, expect, it } from 'vitest';
import { chunkLimit, decode, encodeChunk, encodeControl, safeName } from '../../../src/lib/transfer/protocol';

const sha = 'a'.repeat(64);
const header = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    v: 1,
    type: 'header',
    id: 3,
    kind: 'file',
    name: 'a.bin',
    mime: 'application/pdf',
    size: 10,
    sha256: sha,
    ...fields,
  });

describe('chunk size', () => {
  it.each([
    [262144, 65536],
    [null, 65536],
    [16384, 16384],
    [4, 65536],
  ])('a channel accepting %s bytes gets chunks of at most %i', (max, limit) => {
    expect(chunkLimit(max)).toBe(limit);
  });
});

describe('decode trusts nothing', () => {
  it('reads a valid file header, a photo header and a chunk', () => {
    expect(decode(header())).toMatchObject({ ok: true, message: { type: 'header', id: 3, size: 10 } });
    const photo = decode(header({ kind: 'photo', mime: 'image/jpeg', width: 640, height: 480 }));
    expect(photo).toMatchObject({ ok: true, message: { kind: 'photo', width: 640, height: 480 } });
    const chunk = decode(encodeChunk(9, new Uint8Array([1, 2, 3])));
    expect(chunk.ok && chunk.message.type === 'chunk' && [...chunk.message.payload]).toEqual([1, 2, 3]);
    expect(
      decode(encodeControl({ v: 1, type: 'cancel', id: 9, from: 'receiver', code: 'hash-mismatch' })),
    ).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['text that is not JSON', 'hello', 'bad-message', null],
    ['a JSON array', '[1,2]', 'bad-message', null],
    ['another version', header({ v: 2 }), 'bad-version', 3],
    ['an unknown type', JSON.stringify({ v: 1, type: 'hello', id: 3 }), 'bad-message', 3],
    ['no id', header({ id: undefined }), 'bad-message', null],
    ['an id of 0', header({ id: 0 }), 'bad-message', null],
    ['a negative size', header({ size: -1 }), 'bad-header', 3],
    ['a fractional size', header({ size: 1.5 }), 'bad-header', 3],
    ['a size as a string', header({ size: '10' }), 'bad-header', 3],
    ['an empty name', header({ name: '' }), 'bad-header', 3],
    ['a 300-character name', header({ name: 'x'.repeat(300) }), 'bad-header', 3],
    ['a malformed type', header({ mime: 'not a type' }), 'type-refused', 3],
    ['a photo of type text/html', header({ kind: 'photo', mime: 'text/html', width: 1, height: 1 }), 'type-refused', 3],
    ['a photo without a width', header({ kind: 'photo', mime: 'image/png', height: 1 }), 'bad-header', 3],
    [
      'a photo 20000 pixels wide',
      header({ kind: 'photo', mime: 'image/png', width: 20000, height: 1 }),
      'bad-header',
      3,
    ],
    ['a short hash', header({ sha256: 'abc' }), 'bad-header', 3],
    ['an upper-case hash', header({ sha256: 'A'.repeat(64) }), 'bad-header', 3],
    [
      'a cancel with an unknown code',
      JSON.stringify({ v: 1, type: 'cancel', id: 3, from: 'receiver', code: 'x' }),
      'bad-message',
      3,
    ],
    ['a huge text message', 'x'.repeat(5000), 'bad-message', null],
  ])('refuses %s', (_, data, code, id) => {
    expect(decode(data)).toEqual({ ok: false, code, id });
  });

  it.each([
    ['shorter than its prefix', new ArrayBuffer(4), 'bad-message'],
    ['larger than 64 KiB', new ArrayBuffer(65537), 'bad-message'],
  ])('refuses a binary message %s', (_, data, code) => {
    expect(decode(data)).toMatchObject({ ok: false, code });
  });

  it('refuses a chunk of another version and a Blob', () => {
    const chunk = new Uint8Array(encodeChunk(5, new Uint8Array(4)));
    chunk[0] = 2;
    expect(decode(chunk.buffer)).toEqual({ ok: false, code: 'bad-version', id: 5 });
    expect(decode(new Blob(['x']))).toMatchObject({ ok: false, code: 'bad-message' });
  });
});

describe('safe names', () => {
  it.each([
    ['photo.jpg', 'photo.jpg'],
    ['../../etc/passwd', '__.._etc_passwd'],
    ['a\\b\u0000c', 'a_b_c'],
    ['.hidden', '_hidden'],
    ['   ', 'file'],
  ])('%j is offered as %j', (name, safe) => {
    expect(safeName(name)).toBe(safe);
  });
});
