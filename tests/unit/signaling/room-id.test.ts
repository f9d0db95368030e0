import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createPeerId,
  createRoomId,
  fromBase64Url,
  isPeerId,
  isRoomId,
  toBase64Url,
  type GetRandomValues,
} from '../../../src/lib/signaling/room-id.ts';

const fixed =
  (byte: number): GetRandomValues =>
  (array) => {
    array.fill(byte);
    return array;
  };
const random: GetRandomValues = (array) => webcrypto.getRandomValues(array);

describe('room ids', () => {
  it('are 22 base64url characters made from 16 random bytes', () => {
    expect(createRoomId(fixed(0))).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(createRoomId(fixed(255))).toBe('_____________________w');
    const ids = new Set(Array.from({ length: 200 }, () => createRoomId(random)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(isRoomId(id)).toBe(true);
  });

  it('asks for exactly 16 bytes', () => {
    const seen: number[] = [];
    createRoomId((array) => {
      seen.push(array.length);
      return array;
    });
    expect(seen).toEqual([16]);
  });

  it.each([
    ['21 characters', 'a'.repeat(21), false],
    ['22 characters', 'a'.repeat(22), true],
    ['64 characters', 'a'.repeat(64), true],
    ['65 characters', 'a'.repeat(65), false],
    ['a plus sign (base64, not base64url)', `${'a'.repeat(21)}+`, false],
    ['padding', `${'a'.repeat(22)}==`, false],
    ['a space', `${'a'.repeat(21)} `, false],
    ['a number', 1234, false],
  ])('format check: %s', (_name, value, ok) => {
    expect(isRoomId(value)).toBe(ok);
  });

  it('peer ids are 12 characters and not room ids', () => {
    const id = createPeerId(random);
    expect(id).toHaveLength(12);
    expect(isPeerId(id)).toBe(true);
    expect(isRoomId(id)).toBe(false);
    expect(isPeerId('')).toBe(false);
  });
});

describe('base64url', () => {
  it.each([0, 1, 2, 3, 4, 5, 16, 100])('round-trips %i random bytes', (n) => {
    const bytes = webcrypto.getRandomValues(new Uint8Array(n));
    const text = toBase64Url(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64url'));
    expect(fromBase64Url(text)).toEqual(bytes);
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
  });
});
