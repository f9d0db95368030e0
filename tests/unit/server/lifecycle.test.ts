import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  createWebSocketTransport,
  type SocketEvent,
  type WebSocketLike,
} from '../../../src/lib/signaling/websocket.ts';
import type { TransportEvent } from '../../../src/lib/signaling/types';
import { patience, roomId, startTestServer, stopAll, TestClient } from './helpers.ts';

afterEach(stopAll);

/** Resolves with the first event `predicate` accepts, or fails after `patience`. */
function waitFor(
  events: TransportEvent[],
  subscribe: (l: (e: TransportEvent) => void) => () => void,
  predicate: (e: TransportEvent) => boolean,
): Promise<TransportEvent> {
  const seen = events.find(predicate);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no such event; got ${JSON.stringify(events)}`)), patience);
    const off = subscribe((event) => {
      if (!predicate(event)) return;
      clearTimeout(timer);
      off();
      resolve(event);
    });
  });
}

describe('heartbeat and idle rooms', () => {
  it('drops a client that stops answering pings and tells its peer; a client that answers stays', async () => {
    // 250 ms leaves a loaded machine plenty of time for a pong between two pings.
    const { wsUrl, logs } = await startTestServer({ pingIntervalMs: 250 });
    const silent = await TestClient.connect(wsUrl, { autoPong: false });
    const alive = await TestClient.connect(wsUrl);
    const room = roomId('heartbeat');
    await silent.join(room);
    await alive.join(room);
    expect(await alive.next()).toEqual({ type: 'peer-left' });
    expect((await silent.closed).code).toBe(1006);
    expect(logs.filter((e) => e.event === 'heartbeat-timeout')).toHaveLength(1);
    // Three more pings reach the answering client; it is still connected and relays with a newcomer.
    await new Promise<void>((resolve, reject) => {
      let count = 0;
      const timer = setTimeout(() => reject(new Error('fewer than three pings')), patience);
      alive.socket.on('ping', () => {
        if (++count < 3) return;
        clearTimeout(timer);
        resolve();
      });
    });
    expect(alive.socket.readyState).toBe(WebSocket.OPEN);
    const newcomer = await TestClient.connect(wsUrl);
    await newcomer.join(room);
    expect(await alive.next()).toEqual({ type: 'peer-joined' });
    newcomer.send({ type: 'bye' });
    expect(await alive.next()).toMatchObject({ type: 'bye' });
    expect(logs.filter((e) => e.event === 'heartbeat-timeout')).toHaveLength(1);
  });

  it('closes a room where nothing happened for the idle time; the members may join again', async () => {
    const { wsUrl, server } = await startTestServer({ pingIntervalMs: 200, roomIdleMs: 100 });
    const a = await TestClient.connect(wsUrl);
    const room = roomId('idle');
    await a.join(room);
    expect(await a.next()).toMatchObject({ type: 'error', code: 'room-expired' });
    expect(server.stats().rooms).toBe(0);
    expect(await a.join(room)).toMatchObject({ type: 'joined', peers: 1 });
  });
});

describe('restart', () => {
  it('a client transport reconnects to a restarted server on the same port and rejoins its room', async () => {
    const first = await startTestServer();
    const port = first.server.port;
    const room = roomId('restart');
    const events: TransportEvent[] = [];
    const transport = createWebSocketTransport({
      url: first.wsUrl,
      room,
      WebSocket,
      timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
      random: Math.random,
      backoff: { baseMs: 40, maxMs: 200, maxRetries: 50 },
    });
    const subscribe = transport.subscribe.bind(transport);
    subscribe((e) => events.push(e));
    try {
      await waitFor(events, subscribe, (e) => e.type === 'room' && e.message.type === 'joined');
      await first.server.stop();
      await waitFor(events, subscribe, (e) => e.type === 'state' && e.state === 'reconnecting');
      const second = await startTestServer({ port });
      const joins = (): number => events.filter((e) => e.type === 'room' && e.message.type === 'joined').length;
      await waitFor(events, subscribe, () => joins() === 2);
      expect(second.server.stats()).toEqual({ connections: 1, rooms: 1 });
      const peer = await TestClient.connect(second.wsUrl);
      expect(await peer.join(room)).toMatchObject({ type: 'joined', peers: 2 });
      expect(transport.send({ type: 'bye' })).toBe(true);
      expect(await peer.next()).toMatchObject({ type: 'bye' });
    } finally {
      transport.close();
    }
  });
});

/**
 * `ws` clients for the transport whose connections can die silently: after `cut(i)` the transport sees a close (1006,
 * as a browser reports a dead network) and nothing more, while the server still sees the socket open.
 */
function silentlyDroppable() {
  const made: WebSocket[] = [];
  const cuts: (() => void)[] = [];
  class Droppable implements WebSocketLike {
    readonly #socket: WebSocket;
    readonly #closeListeners: ((event: SocketEvent) => void)[] = [];
    #cut = false;
    constructor(url: string) {
      this.#socket = new WebSocket(url);
      made.push(this.#socket);
      cuts.push(() => {
        this.#cut = true;
        for (const listener of this.#closeListeners) listener({ type: 'close', code: 1006 });
      });
    }
    get readyState(): number {
      return this.#cut ? WebSocket.CLOSED : this.#socket.readyState;
    }
    send(data: string): void {
      if (!this.#cut) this.#socket.send(data);
    }
    close(code?: number, reason?: string): void {
      this.#socket.close(code, reason);
    }
    addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: SocketEvent) => void): void {
      if (type === 'close') this.#closeListeners.push(listener);
      this.#socket.addEventListener(type, (event) => {
        if (!this.#cut) listener(event as unknown as SocketEvent);
      });
    }
  }
  return { Droppable, made, cut: (i: number) => cuts[i]?.() };
}

describe('a silent drop', () => {
  it('the reconnecting transport takes its own place back with its rejoin key, where it would get full without', async () => {
    const { wsUrl, server } = await startTestServer();
    const room = roomId('silent');
    const { Droppable, made, cut } = silentlyDroppable();
    const events: TransportEvent[] = [];
    const transport = createWebSocketTransport({
      url: wsUrl,
      room,
      WebSocket: Droppable,
      timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
      random: Math.random,
      backoff: { baseMs: 40, maxMs: 200, maxRetries: 50 },
      rejoinKey: 'SilentKey_0123456789abc',
    });
    const subscribe = transport.subscribe.bind(transport);
    subscribe((e) => events.push(e));
    try {
      await waitFor(events, subscribe, (e) => e.type === 'room' && e.message.type === 'joined');
      const peer = await TestClient.connect(wsUrl);
      expect(await peer.join(room)).toMatchObject({ type: 'joined', polite: true, peers: 2 });
      cut(0);
      const joins = (): TransportEvent[] => events.filter((e) => e.type === 'room' && e.message.type === 'joined');
      await waitFor(events, subscribe, () => joins().length === 2);
      expect(joins()[1]).toMatchObject({ message: { type: 'joined', room, polite: false, peers: 2 } });
      expect(events.some((e) => e.type === 'room' && e.message.type === 'full')).toBe(false);
      expect(made).toHaveLength(2);
      const old = made[0]!;
      await new Promise((resolve) =>
        old.readyState === WebSocket.CLOSED ? resolve(null) : old.once('close', resolve),
      );
      expect(server.stats()).toEqual({ connections: 2, rooms: 1 });
      expect(transport.send({ type: 'bye' })).toBe(true);
      expect(await peer.next()).toMatchObject({ type: 'bye' });
      expect(peer.unread).toEqual([]);
    } finally {
      transport.close();
    }
  });
});

describe('shutdown', () => {
  it('on SIGTERM the real process sends every client a close frame (1001) and exits 0', async () => {
    const main = fileURLToPath(new URL('../../../server/main.ts', import.meta.url));
    const child = spawn(process.execPath, [main, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const lines = createInterface({ input: child.stdout });
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the server did not start')), patience);
        lines.on('line', (line) => {
          const entry = JSON.parse(line) as { event: string; port?: number };
          if (entry.event === 'listening' && entry.port) {
            clearTimeout(timer);
            resolve(entry.port);
          }
        });
      });
      const url = `ws://127.0.0.1:${port}/signal`;
      const a = await TestClient.connect(url);
      const b = await TestClient.connect(url);
      await a.join(roomId('sigterm'));
      await b.join(roomId('sigterm'));
      child.kill('SIGTERM');
      expect((await a.closed).code).toBe(1001);
      expect((await b.closed).code).toBe(1001);
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('https and wss', () => {
  it('serves wss with the given certificate (a self-signed one made for these tests only)', async () => {
    const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
    const tls = { cert: readFileSync(fixture('test-cert.pem')), key: readFileSync(fixture('test-key.pem')) };
    const { server } = await startTestServer({ tls, staticDir: undefined });
    expect(server.url).toBe(`https://127.0.0.1:${server.port}`);
    const url = `wss://127.0.0.1:${server.port}/signal`;
    const client = await TestClient.connect(url, { ca: tls.cert });
    expect(await client.join(roomId('secure'))).toMatchObject({ type: 'joined', peers: 1 });
    await expect(TestClient.connect(`ws://127.0.0.1:${server.port}/signal`)).rejects.toThrow();
  });
});
