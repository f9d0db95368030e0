import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TransferEndpoint, type EndpointEvent } from '../../../src/lib/transfer/endpoint';
import { expectedRefusal, faultIds, sendFault } from '../../../src/lib/transfer/faults';
import { backpressure } from '../../../src/lib/transfer/sender';
import { fakeLink, patterned, type FakeEnd } from './fake-link';

const KiB = 1024;
const MiB = 1024 * KiB;

function endpoint(
  channel: FakeEnd,
  options: { maxBytes?: number; wholeHashLimit?: number; fileTypes?: string[] } = {},
) {
  const events: EndpointEvent[] = [];
  const end = new TransferEndpoint(channel, {
    now: () => performance.now(),
    digest: (data) => webcrypto.subtle.digest('SHA-256', data),
    maxMessageSize: () => 262144,
    limits: { maxBytes: options.maxBytes ?? 1024 * MiB, fileTypes: options.fileTypes ?? null },
    ...(options.wholeHashLimit === undefined ? {} : { wholeHashLimit: options.wholeHashLimit }),
  });
  end.subscribe((event) => events.push(event));
  return { end, events };
}

function pair(options: Parameters<typeof endpoint>[1] = {}, rate?: number) {
  const { a, b } = fakeLink(rate);
  return { a, b, alice: endpoint(a, options), bob: endpoint(b, options) };
}

const file = (size: number, seed = 1) => ({
  blob: new Blob([patterned(size, seed)]),
  kind: 'file' as const,
  name: 'data.bin',
  mime: 'application/octet-stream',
});

/** Resolves with the receiver's next event of one of these types. */
function next(events: EndpointEvent[], ...types: EndpointEvent['type'][]): Promise<EndpointEvent> {
  const seen = events.length;
  return new Promise((resolve) => {
    const poll = () => {
      const found = events.slice(seen).find((e) => types.includes(e.type));
      if (found) resolve(found);
      else setTimeout(poll, 1);
    };
    poll();
  });
}

async function bytesOf(blob: Blob): Promise<string> {
  return createHash('sha256')
    .update(new Uint8Array(await blob.arrayBuffer()))
    .digest('hex');
}

describe('a transfer between two endpoints', () => {
  it('delivers 3 MiB byte for byte, in chunks of at most 64 KiB, with the buffer kept near the high-water mark', async () => {
    const { a, alice, bob } = pair();
    const outgoing = file(3 * MiB + 123);
    const arrived = next(bob.events, 'received');
    const result = await alice.end.send(outgoing);
    expect(result).toMatchObject({ outcome: 'delivered', bytes: 3 * MiB + 123, chunkBytes: 64 * KiB });
    const received = await arrived;
    if (received.type !== 'received') throw new Error('no file');
    expect(await bytesOf(received.blob)).toBe(await bytesOf(outgoing.blob));
    expect(received.header).toMatchObject({ name: 'data.bin', size: 3 * MiB + 123, kind: 'file' });
    expect(a.largestMessage).toBeLessThanOrEqual(64 * KiB);
    expect(a.peakBuffered).toBeLessThanOrEqual(backpressure.highWater + 64 * KiB);
    const progress = bob.events.filter((e) => e.type === 'progress');
    expect(progress.at(-1)).toMatchObject({ bytes: 3 * MiB + 123, total: 3 * MiB + 123 });
  });

  it('hashes a file above the whole-hash limit chunk by chunk on both sides and still verifies it', async () => {
    const { alice, bob } = pair({ wholeHashLimit: 256 * KiB });
    const outgoing = file(2 * MiB + 5, 9);
    const arrived = next(bob.events, 'received', 'failed');
    expect(await alice.end.send(outgoing)).toMatchObject({ outcome: 'delivered' });
    const received = await arrived;
    expect(received.type).toBe('received');
    if (received.type === 'received') expect(await bytesOf(received.blob)).toBe(await bytesOf(outgoing.blob));
  });

  it('carries a photo with the sender’s width and height, and an empty file', async () => {
    const { alice, bob } = pair();
    const arrived = next(bob.events, 'received');
    await alice.end.send({
      blob: new Blob([patterned(5000)]),
      kind: 'photo',
      name: 'p.jpg',
      mime: 'image/jpeg',
      width: 320,
      height: 200,
    });
    expect(await arrived).toMatchObject({ header: { kind: 'photo', width: 320, height: 200, mime: 'image/jpeg' } });
    const empty = next(bob.events, 'received');
    expect(await alice.end.send(file(0))).toMatchObject({ outcome: 'delivered', bytes: 0 });
    expect(await empty).toMatchObject({ header: { size: 0 } });
  });
});

describe('refusals before a byte is sent', () => {
  it('refuses a send while the channel is still connecting, with a code', async () => {
    const { a, alice } = pair();
    a.readyState = 'connecting';
    expect(await alice.end.send(file(10))).toEqual({ outcome: 'refused', code: 'not-open' });
    expect(a.sentControls).toEqual([]);
  });

  it('refuses the second of two quick clicks, and the first still arrives', async () => {
    const { alice, bob } = pair();
    const arrived = next(bob.events, 'received');
    const first = alice.end.send(file(200 * KiB));
    expect(await alice.end.send(file(10))).toEqual({ outcome: 'refused', code: 'busy' });
    expect(await first).toMatchObject({ outcome: 'delivered' });
    await arrived;
  });

  it('refuses to send a file over the cap', async () => {
    const { alice } = pair({ maxBytes: 1000 });
    expect(await alice.end.send(file(1001))).toEqual({ outcome: 'refused', code: 'too-large' });
  });

  it('refuses a file type the receiver does not take, and tells the sender', async () => {
    const { alice, bob } = pair({ fileTypes: ['image/png'] });
    const failed = next(bob.events, 'failed');
    expect(await alice.end.send(file(100))).toMatchObject({
      outcome: 'cancelled',
      by: 'receiver',
      code: 'type-refused',
    });
    expect(await failed).toMatchObject({ code: 'type-refused' });
  });
});

describe('cancel and cut-off', () => {
  it('the sender cancels mid-transfer: both sides say so, and the next transfer arrives', async () => {
    const { alice, bob } = pair({}, 64 * KiB);
    const sending = alice.end.send(file(4 * MiB));
    await next(bob.events, 'progress');
    expect(alice.end.cancelSend()).toBe(true);
    expect(await sending).toMatchObject({ outcome: 'cancelled', by: 'sender', code: 'sender-cancelled' });
    expect(await next(bob.events, 'failed')).toMatchObject({ code: 'sender-cancelled' });
    const arrived = next(bob.events, 'received');
    expect(await alice.end.send(file(100 * KiB, 3))).toMatchObject({ outcome: 'delivered' });
    await arrived;
    expect(bob.events.filter((e) => e.type === 'failed')).toHaveLength(1);
  });

  it('the receiver cancels mid-transfer: the sender stops, late chunks are dropped quietly, the next one arrives', async () => {
    const { alice, bob } = pair({}, 64 * KiB);
    const sending = alice.end.send(file(4 * MiB));
    await next(bob.events, 'progress');
    expect(bob.end.cancelReceive()).toBe(true);
    expect(await sending).toMatchObject({ outcome: 'cancelled', by: 'receiver', code: 'receiver-cancelled' });
    const arrived = next(bob.events, 'received');
    await alice.end.send(file(100 * KiB, 4));
    await arrived;
    expect(bob.events.filter((e) => e.type === 'failed').map((e) => e.type === 'failed' && e.code)).toEqual([
      'receiver-cancelled',
    ]);
  });

  it('a channel that closes mid-transfer cuts it off on both sides', async () => {
    const { a, alice, bob } = pair({}, 64 * KiB);
    const sending = alice.end.send(file(4 * MiB));
    await next(bob.events, 'progress');
    a.close();
    expect(await sending).toMatchObject({ outcome: 'cut-off' });
    expect(await next(bob.events, 'failed')).toMatchObject({ code: 'cut-off' });
    expect(alice.end.sending).toBe(false);
    expect(bob.end.receiving).toBe(false);
  });

  it('detach (hang-up) cuts off whatever runs on both sides', async () => {
    const { alice, bob } = pair({}, 64 * KiB);
    const sending = alice.end.send(file(2 * MiB));
    await next(bob.events, 'progress');
    const bobHeard = next(bob.events, 'failed');
    alice.end.detach();
    bob.end.detach();
    expect(await sending).toMatchObject({ outcome: 'cut-off' });
    expect(await bobHeard).toMatchObject({ code: 'cut-off' });
  });
});

describe.each(faultIds)('a hostile sender: %s', (fault) => {
  it('gets exactly one refusal with its code, and the next honest transfer arrives', async () => {
    const { a, alice, bob } = pair({ maxBytes: 10 * MiB });
    const failed = next(bob.events, 'failed');
    sendFault(a, fault, 10 * MiB, 1);
    expect(await failed).toMatchObject({ code: expectedRefusal[fault] });
    const arrived = next(bob.events, 'received');
    expect(await alice.end.send(file(300 * KiB, 5))).toMatchObject({ outcome: 'delivered' });
    await arrived;
    expect(bob.events.filter((e) => e.type === 'failed')).toHaveLength(1);
    expect(bob.end.receiving).toBe(false);
  });
});
