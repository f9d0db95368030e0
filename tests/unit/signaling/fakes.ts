/** Fakes for the signaling transports: a manual clock, a scripted WebSocket, and a BroadcastChannel bus. */
import type { BroadcastChannelLike } from '../../../src/lib/signaling/broadcast.ts';
import type { SocketEvent, Timers, WebSocketLike } from '../../../src/lib/signaling/websocket.ts';

/** Timers that fire only when the test advances the clock. */
export class ManualTimers implements Timers {
  now = 0;
  #next = 1;
  readonly #pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): number {
    const handle = this.#next++;
    this.#pending.set(handle, { at: this.now + ms, callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.#pending.delete(handle as number);
  }

  /** Delays of the timers waiting now, from the current time. */
  get waiting(): number[] {
    return [...this.#pending.values()].map((t) => t.at - this.now);
  }

  /** Moves the clock forward, firing due timers in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.#pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#pending.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = end;
  }
}

type Listener = (event: SocketEvent) => void;

/** A WebSocket the test drives: `open()`, `receive()`, `drop()`; every instance is kept in `FakeWebSocket.made`. */
export class FakeWebSocket implements WebSocketLike {
  static made: FakeWebSocket[] = [];
  readyState = 0;
  readonly sent: string[] = [];
  readonly url: string;
  closedWith: number | undefined;
  readonly #listeners = new Map<string, Listener[]>();

  constructor(url: string) {
    this.url = url;
    FakeWebSocket.made.push(this);
  }

  addEventListener(type: string, listener: Listener): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('not open');
    this.sent.push(data);
  }

  close(code = 1005): void {
    this.closedWith = code;
    this.readyState = 3;
  }

  #fire(type: string, event: SocketEvent): void {
    for (const listener of this.#listeners.get(type) ?? []) listener(event);
  }

  open(): void {
    this.readyState = 1;
    this.#fire('open', { type: 'open' });
  }

  receive(data: unknown): void {
    this.#fire('message', { type: 'message', data });
  }

  drop(code = 1006): void {
    this.readyState = 3;
    this.#fire('error', { type: 'error' });
    this.#fire('close', { type: 'close', code });
  }

  /** The parsed frames this socket sent. */
  get sentJson(): unknown[] {
    return this.sent.map((s) => JSON.parse(s));
  }
}

/** A BroadcastChannel bus like the browser's: a post reaches every other open channel of the same name, later. */
export class ChannelBus {
  readonly #channels = new Set<FakeChannel>();
  readonly #queue: { from: FakeChannel; data: unknown }[] = [];
  /** Every post, for tests that inspect the wire. */
  readonly log: { name: string; data: unknown }[] = [];

  readonly Channel = ((bus: ChannelBus) =>
    class implements BroadcastChannelLike {
      readonly inner: FakeChannel;
      constructor(name: string) {
        this.inner = new FakeChannel(name);
        bus.#channels.add(this.inner);
      }
      postMessage(data: string): void {
        bus.post(this.inner, data);
      }
      close(): void {
        bus.#channels.delete(this.inner);
        this.inner.closed = true;
      }
      addEventListener(_type: 'message', listener: (event: { readonly data: unknown }) => void): void {
        this.inner.listeners.push(listener);
      }
    })(this);

  post(from: FakeChannel, data: unknown): void {
    if (from.closed) throw new Error('InvalidStateError: channel closed');
    this.log.push({ name: from.name, data });
    this.#queue.push({ from, data });
  }

  /** A post from outside any transport (another page, a hostile script). */
  inject(name: string, data: unknown): void {
    this.#queue.push({ from: new FakeChannel(name), data });
  }

  /** Delivers everything queued, including what deliveries post in turn. */
  flush(): void {
    while (this.#queue.length > 0) {
      const { from, data } = this.#queue.shift()!;
      for (const channel of this.#channels) {
        if (channel !== from && channel.name === from.name && !channel.closed) {
          for (const listener of channel.listeners) listener({ data });
        }
      }
    }
  }
}

class FakeChannel {
  closed = false;
  readonly listeners: ((event: { readonly data: unknown }) => void)[] = [];
  constructor(readonly name: string) {}
}
