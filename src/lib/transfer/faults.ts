import { encodeChunk, encodeControl, protocolVersion, type Header } from './protocol';

/** The hostile senders the page can play, each breaking one rule the receiver checks. */
export const faultIds = [
  'lying-size',
  'short',
  'unknown-transfer',
  'hash-mismatch',
  'over-cap',
  'wrong-type',
  'bad-version',
] as const;

export type FaultId = (typeof faultIds)[number];

/** What the receiver should answer each fault with: the code its own checks produce. */
export const expectedRefusal = {
  'lying-size': 'too-many-bytes',
  short: 'too-few-bytes',
  'unknown-transfer': 'unknown-transfer',
  'hash-mismatch': 'hash-mismatch',
  'over-cap': 'too-large',
  'wrong-type': 'type-refused',
  'bad-version': 'bad-version',
} as const satisfies Record<FaultId, string>;

/** Far above the ids an honest endpoint counts up from, so a fault never collides with a real transfer. */
const faultIdBase = 0xfff00000;

/** Whether a transfer id is one the page's hostile sender uses, so the other tab can show the answer as a fault's. */
export function isFaultId(id: number): boolean {
  return id >= faultIdBase;
}
const zeros = '0'.repeat(64);

/**
 * Sends the messages of one fault on a raw channel, the way a broken or malicious peer would. `maxBytes` is the
 * receiver's cap (for `over-cap`); `serial` keeps successive faults' ids apart.
 */
export function sendFault(
  channel: { send(data: string | ArrayBuffer): void },
  fault: FaultId,
  maxBytes: number,
  serial: number,
): void {
  const id = faultIdBase + serial;
  const header = (fields: Partial<Header> = {}): string =>
    encodeControl({
      v: protocolVersion,
      type: 'header',
      id,
      kind: 'file',
      name: 'fault.bin',
      mime: 'application/octet-stream',
      size: 1000,
      sha256: zeros,
      ...fields,
    });
  const bytes = (n: number) => encodeChunk(id, new Uint8Array(n).fill(0x5a));
  const end = encodeControl({ v: protocolVersion, type: 'end', id });
  switch (fault) {
    case 'lying-size':
      return sendAll(channel, [header(), bytes(800), bytes(800), end]);
    case 'short':
      return sendAll(channel, [header(), bytes(400), end]);
    case 'unknown-transfer':
      return sendAll(channel, [bytes(400)]);
    case 'hash-mismatch':
      return sendAll(channel, [header(), bytes(1000), end]);
    case 'over-cap':
      return sendAll(channel, [header({ size: maxBytes + 1 }), bytes(400)]);
    case 'wrong-type':
      return sendAll(channel, [header({ kind: 'photo', mime: 'text/html', width: 640, height: 480 }), bytes(400)]);
    case 'bad-version':
      return sendAll(channel, [header().replace(`"v":${protocolVersion}`, '"v":99')]);
  }
}

function sendAll(channel: { send(data: string | ArrayBuffer): void }, messages: (string | ArrayBuffer)[]): void {
  for (const message of messages) channel.send(message);
}
