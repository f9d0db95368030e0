/**
 * The transport to the project's signaling server (docs/signaling.md). It joins its room as soon as the socket
 * opens; after an unexpected drop it reconnects with exponential backoff and jitter and joins the same room again
 * (with its rejoin key, so a place still held by its own dead connection is handed back), and gives up (`failed`)
 * after a bounded number of tries. Every frame is validated; bad ones are reported as
 * `rejected` events and otherwise ignored.
 */
import { createEmitter } from './emitter.ts';
import type { SignalMessage, Transport, TransportState } from './types';
import { byteLength, maxFrameBytes, previewOf, validateServerFrame } from './validate.ts';

/** The part of an event the transport reads (a browser `Event`, `MessageEvent` or `CloseEvent` fits). */
export interface SocketEvent {
  readonly type: string;
  readonly data?: unknown;
  readonly code?: number;
}

/** The part of the browser's `WebSocket` the transport uses (the `ws` package's client fits too). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: SocketEvent) => void): void;
}

/** `WebSocket`, or a fake in tests. */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** `setTimeout` and `clearTimeout`, passed in so that tests control time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Reconnection: delays grow from `baseMs` by doubling up to `maxMs`; after `maxRetries` tries in a row, `failed`. */
export interface BackoffOptions {
  readonly baseMs: number;
  readonly maxMs: number;
  readonly maxRetries: number;
}

/** Half a second, doubling to eight, six tries: about 15 s on average before giving up. */
export const defaultBackoff: BackoffOptions = { baseMs: 500, maxMs: 8000, maxRetries: 6 };

/** The delay before try `attempt` (0-based): half the capped exponential step, plus a random part of the other half. */
export function backoffDelay(attempt: number, random: number, options: BackoffOptions = defaultBackoff): number {
  const step = Math.min(options.maxMs, options.baseMs * 2 ** attempt);
  return Math.round(step / 2 + (Math.min(Math.max(random, 0), 1) * step) / 2);
}

/** Close codes after which trying again would only repeat the refusal: policy (rate limit) and message too big. */
const finalCloseCodes = new Set([1008, 1009]);
const OPEN = 1;

/** What the WebSocket transport needs. */
export interface WebSocketTransportOptions {
  readonly url: string;
  readonly room: string;
  readonly WebSocket: WebSocketConstructor;
  readonly timers: Timers;
  /** `Math.random`, for the jitter. */
  readonly random: () => number;
  readonly backoff?: BackoffOptions | undefined;
  /** A secret made once per transport (a fresh room id will do), sent with every join: see docs/signaling.md. */
  readonly rejoinKey?: string | undefined;
}

/** Connects at once and returns the transport. */
export function createWebSocketTransport(options: WebSocketTransportOptions): Transport {
  const { url, room, timers, random } = options;
  const backoff = options.backoff ?? defaultBackoff;
  const events = createEmitter();
  let state: TransportState = 'connecting';
  let socket: WebSocketLike | undefined;
  let retryTimer: unknown;
  let attempt = 0;
  let closed = false;

  const setState = (next: TransportState): void => {
    if (state === next) return;
    state = next;
    events.emit({ type: 'state', state: next });
  };

  const retry = (): void => {
    if (attempt >= backoff.maxRetries) {
      setState('failed');
      return;
    }
    const delay = backoffDelay(attempt, random(), backoff);
    attempt += 1;
    setState('reconnecting');
    retryTimer = timers.setTimeout(connect, delay);
  };

  const receive = (data: unknown): void => {
    const checked = validateServerFrame(data);
    if (!checked.ok) {
      events.emit({ type: 'rejected', code: checked.code, size: checked.size, preview: previewOf(data) });
      return;
    }
    const message = checked.message;
    if (message.type === 'joined' && message.room !== room) {
      events.emit({ type: 'rejected', code: 'wrong-room', size: checked.size, preview: previewOf(data) });
      return;
    }
    if (message.type === 'description' || message.type === 'candidate' || message.type === 'bye') {
      const { from, ...signal } = message;
      events.emit({ type: 'signal', message: signal, from, size: checked.size });
      return;
    }
    if (message.type === 'joined') attempt = 0;
    events.emit({ type: 'room', message, size: checked.size });
  };

  function connect(): void {
    retryTimer = undefined;
    if (closed) return;
    let current: WebSocketLike;
    try {
      current = new options.WebSocket(url);
    } catch {
      // The constructor throws only for a URL it cannot use: trying again would not help.
      setState('failed');
      return;
    }
    socket = current;
    current.addEventListener('open', () => {
      if (socket !== current || closed) return;
      setState('open');
      const join =
        options.rejoinKey === undefined ? { type: 'join', room } : { type: 'join', room, rejoin: options.rejoinKey };
      current.send(JSON.stringify(join));
    });
    current.addEventListener('message', (event) => {
      if (socket === current && !closed) receive(event.data);
    });
    // A failed connection reports 'error' then 'close'; only 'close' matters, but Node's `ws` needs a listener.
    current.addEventListener('error', () => undefined);
    current.addEventListener('close', (event) => {
      if (socket !== current || closed) return;
      socket = undefined;
      if (finalCloseCodes.has(event.code ?? 0)) setState('failed');
      else retry();
    });
  }

  connect();

  return {
    kind: 'websocket',
    get state() {
      return state;
    },
    send(message: SignalMessage): boolean {
      if (closed || state !== 'open' || !socket || socket.readyState !== OPEN) return false;
      const text = JSON.stringify(message);
      const size = byteLength(text);
      if (size > maxFrameBytes) return false;
      socket.send(text);
      events.emit({ type: 'sent', message, size });
      return true;
    },
    subscribe: events.subscribe,
    close(): void {
      if (closed) return;
      closed = true;
      if (retryTimer !== undefined) timers.clearTimeout(retryTimer);
      const current = socket;
      socket = undefined;
      if (current && current.readyState === OPEN) {
        current.send(JSON.stringify({ type: 'leave' }));
        current.close(1000, 'leaving');
      } else if (current) {
        current.close();
      }
      setState('closed');
      events.clear();
    },
  };
}
