import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256, toHex } from '../../../src/lib/transfer/sha256';
import { patterned } from './fake-link';

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('incremental SHA-256', () => {
  it('hashes the empty input and "abc" to the published values', () => {
    expect(toHex(new Sha256().digest())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(new Sha256().update(new TextEncoder().encode('abc')).digest())).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it.each([1, 55, 56, 63, 64, 65, 119, 120, 1000, 70_000])('matches Node for %i bytes fed in uneven pieces', (size) => {
    const bytes = patterned(size, size);
    const hasher = new Sha256();
    for (let at = 0, piece = 1; at < size; at += piece, piece = (piece * 3 + 1) % 97 || 1) {
      hasher.update(bytes.subarray(at, at + piece));
    }
    expect(toHex(hasher.digest())).toBe(reference(bytes));
  });
});
