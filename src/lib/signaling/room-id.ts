/**
 * Room ids: 16 random bytes (128 bits) written as 22 base64url characters. Anyone who knows a room id can join the
 * room, so the id is the only secret that keeps strangers out: it must be unguessable, never derived from a name.
 */

/** The shape of `crypto.getRandomValues`, passed in so that tests can supply their own bytes. */
export type GetRandomValues = <T extends Uint8Array<ArrayBuffer>>(array: T) => T;

/** Random bytes in a fresh room id. */
export const roomIdBytes = 16;

/** Accepted room ids: 22 to 64 base64url characters (a longer id from another client is fine, a shorter one is not). */
export const roomIdPattern = /^[A-Za-z0-9_-]{22,64}$/;

/** Opaque ids of connections and tabs: 1 to 64 base64url characters. */
export const peerIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += alphabet[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Base64url text (no padding) as bytes; undefined when a character is outside the alphabet or the length is impossible. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    const index = alphabet.indexOf(char);
    if (index < 0) return undefined;
    value = ((value << 6) | index) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** A fresh room id from `getRandomValues` (pass `crypto.getRandomValues.bind(crypto)` in the browser). */
export function createRoomId(getRandomValues: GetRandomValues): string {
  return toBase64Url(getRandomValues(new Uint8Array(roomIdBytes)));
}

/** A fresh opaque id for a tab or a connection (9 random bytes, 12 characters): not a secret, only unique. */
export function createPeerId(getRandomValues: GetRandomValues): string {
  return toBase64Url(getRandomValues(new Uint8Array(9)));
}

/** Whether `value` has the room id format. It cannot tell whether the id was made randomly. */
export function isRoomId(value: unknown): value is string {
  return typeof value === 'string' && roomIdPattern.test(value);
}

/** Whether `value` has the format of a connection's or a tab's id. */
export function isPeerId(value: unknown): value is string {
  return typeof value === 'string' && peerIdPattern.test(value);
}
