/**
 * The transport between two tabs of one browser over BroadcastChannel, with no server. Every tab of the origin hears
 * every post, so the tabs keep a room themselves with a small presence protocol (docs/signaling.md):
 * a joining tab says `hello` and listens for `settleMs`; members answer `here` (with their role) or `full`.
 * Then it reports what the server would: `joined` (alone or with a peer), `full`, later `peer-joined`/`peer-left`.
 * Roles: a tab that joins someone takes the opposite of that someone's role; two tabs that arrive together compare
 * (join time, id), and the earlier one is impolite. Posts from itself, from other rooms, for other tabs, and anything
 * malformed are dropped and reported as `rejected`.
 */
import { createEmitter } from './emitter.ts';
import type { RoomMessage, SignalMessage, Transport, TransportState } from './types';
import type { Timers } from './websocket.ts';
import { byteLength, maxFrameBytes, previewOf, validateEnvelopeFrame, type BroadcastEnvelope } from './validate.ts';

/** The part of `BroadcastChannel` the transport uses. */
export interface BroadcastChannelLike {
  postMessage(data: string): void;
  close(): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
}

/** `BroadcastChannel`, or a fake in tests. */
export type BroadcastChannelConstructor = new (name: string) => BroadcastChannelLike;

/** The one channel all rooms share; the room is inside each post. */
export const broadcastChannelName = 'webrtc-tutorial-signaling';

/** How long a joining tab waits for answers before it decides, in milliseconds. */
export const defaultSettleMs = 250;

/** What the BroadcastChannel transport needs. */
export interface BroadcastTransportOptions {
  readonly room: string;
  /** This tab's id (`createPeerId`); unique per transport. */
  readonly id: string;
  readonly BroadcastChannel: BroadcastChannelConstructor;
  readonly timers: Timers;
  /** A clock all tabs share: `Date.now`. */
  readonly now: () => number;
  readonly settleMs?: number | undefined;
}

interface Contender {
  readonly id: string;
  readonly since: number;
  readonly polite: boolean | null;
}

type Phase = 'settling' | 'waiting' | 'paired' | 'full' | 'closed';

/** Whether tab `a` came after tab `b`, by join time and then id; the later one is polite. */
export function joinedLater(a: { id: string; since: number }, b: { id: string; since: number }): boolean {
  return a.since !== b.since ? a.since > b.since : a.id > b.id;
}

/** Opens the channel, says hello, and returns the transport. */
export function createBroadcastTransport(options: BroadcastTransportOptions): Transport {
  const { room, id, timers } = options;
  const since = options.now();
  const events = createEmitter();
  const channel = new options.BroadcastChannel(broadcastChannelName);
  const contenders = new Map<string, Contender>();
  let phase: Phase = 'settling';
  let state: TransportState = 'connecting';
  let peer: string | undefined;
  let polite = false;
  let sawFull = false;

  const setState = (next: TransportState): void => {
    if (state === next) return;
    state = next;
    events.emit({ type: 'state', state: next });
  };
  const post = (envelope: BroadcastEnvelope): number => {
    const text = JSON.stringify(envelope);
    channel.postMessage(text);
    return byteLength(text);
  };
  // Room events come from the presence exchange, not from one received frame: they have no size.
  const roomEvent = (message: RoomMessage): void => events.emit({ type: 'room', message, size: 0 });
  const pair = (other: string, role: boolean, announce: 'joined' | 'peer-joined'): void => {
    phase = 'paired';
    peer = other;
    polite = role;
    roomEvent(announce === 'joined' ? { type: 'joined', room, polite, peers: 2 } : { type: 'peer-joined' });
  };

  const settle = (): void => {
    if (phase !== 'settling') return;
    setState('open');
    const list = [...contenders.values()];
    const established = list.filter((c) => c.polite !== null).sort((a, b) => (joinedLater(a, b) ? 1 : -1))[0];
    if (established) return pair(established.id, !established.polite, 'joined');
    if (sawFull) {
      phase = 'full';
      return roomEvent({ type: 'full' });
    }
    if (list.length === 0) {
      phase = 'waiting';
      polite = false;
      return roomEvent({ type: 'joined', room, polite, peers: 1 });
    }
    // Everyone arrived together: the two earliest pair up, the later of them polite; the rest find the room full.
    const order = [...list, { id, since, polite: null }].sort((a, b) => (joinedLater(a, b) ? 1 : -1));
    const at = order.findIndex((c) => c.id === id);
    if (at > 1) {
      phase = 'full';
      return roomEvent({ type: 'full' });
    }
    pair(order[at === 0 ? 1 : 0]!.id, at === 1, 'joined');
  };

  const receive = (envelope: BroadcastEnvelope, size: number, data: unknown): void => {
    const reject = (code: 'not-joined' | 'not-for-us'): void =>
      events.emit({ type: 'rejected', code, size, preview: previewOf(data) });
    if ('to' in envelope && envelope.to !== id) return reject('not-for-us');
    const from = envelope.from;
    switch (envelope.type) {
      case 'hello':
        if (phase === 'settling') {
          contenders.set(from, { id: from, since: envelope.since, polite: null });
          post({ type: 'here', room, from: id, to: from, since, polite: null });
        } else if (phase === 'waiting') {
          pair(from, polite, 'peer-joined');
          post({ type: 'here', room, from: id, to: from, since, polite });
        } else if (phase === 'paired') {
          if (from === peer) post({ type: 'here', room, from: id, to: from, since, polite });
          else post({ type: 'full', room, from: id, to: from });
        }
        return;
      case 'here':
        if (phase === 'settling') {
          contenders.set(from, { id: from, since: envelope.since, polite: envelope.polite });
        } else if (phase === 'waiting') {
          // An answer that came after we decided we were alone: join it, taking the role opposite to its own.
          const role =
            envelope.polite === null
              ? joinedLater({ id, since }, { id: from, since: envelope.since })
              : !envelope.polite;
          if (role === polite) pair(from, role, 'peer-joined');
          else pair(from, role, 'joined');
        } else if (phase === 'paired' && from !== peer) {
          post({ type: 'full', room, from: id, to: from });
        }
        return;
      case 'full':
        if (phase === 'settling') sawFull = true;
        return;
      case 'leave':
        if (phase === 'settling') contenders.delete(from);
        if (phase === 'paired' && from === peer) {
          phase = 'waiting';
          peer = undefined;
          roomEvent({ type: 'peer-left' });
        }
        return;
      case 'signal':
        if (phase !== 'paired' || from !== peer) return reject('not-joined');
        events.emit({ type: 'signal', message: envelope.message, from, size });
    }
  };

  channel.addEventListener('message', (event) => {
    if (phase === 'closed') return;
    const checked = validateEnvelopeFrame(event.data);
    if (!checked.ok) {
      events.emit({ type: 'rejected', code: checked.code, size: checked.size, preview: previewOf(event.data) });
      return;
    }
    const envelope = checked.message;
    const code = envelope.from === id ? 'own-message' : envelope.room !== room ? 'wrong-room' : undefined;
    if (code) {
      events.emit({ type: 'rejected', code, size: checked.size, preview: previewOf(event.data) });
      return;
    }
    receive(envelope, checked.size, event.data);
  });
  const settleTimer = timers.setTimeout(settle, options.settleMs ?? defaultSettleMs);
  post({ type: 'hello', room, from: id, since });

  return {
    kind: 'broadcast',
    get state() {
      return state;
    },
    /** Sends to the tab this one is paired with; false when there is none. */
    send(message: SignalMessage): boolean {
      if (phase !== 'paired' || peer === undefined) return false;
      const envelope: BroadcastEnvelope = { type: 'signal', room, from: id, to: peer, message };
      if (byteLength(JSON.stringify(envelope)) > maxFrameBytes) return false;
      const size = post(envelope);
      events.emit({ type: 'sent', message, size });
      return true;
    },
    subscribe: events.subscribe,
    close(): void {
      if (phase === 'closed') return;
      const wasIn = phase !== 'full';
      phase = 'closed';
      timers.clearTimeout(settleTimer);
      // Like a dropped server connection: the peer is told `peer-left`; ending the call is the call's own `bye`.
      if (wasIn) post({ type: 'leave', room, from: id });
      channel.close();
      setState('closed');
      events.clear();
    },
  };
}
