// @ts-check
// The `signal` part: our signaling server against a bare `ws` relay, each in its own process on 127.0.0.1, with
// 1,000 rooms of two each: relay latency (one message at a time, then under a wave of 1,000 at once), messages per
// second, and memory per connection.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { stopOnExit } from './processes.mjs';
import { row, times } from './format.mjs';
import { atMost } from './targets.mjs';

const childScript = fileURLToPath(new URL('./signal-child.mjs', import.meta.url));
const patienceMs = 60_000;

/** @typedef {{ p50: number, p99: number, n: number }} Latency */
/** @typedef {{ rooms: number, connectMs: number, latency: Latency, waveLatency: Latency, messagesPerSecond: number, bytesPerConnection: number, heapPerConnection: number }} RelayFigures */

/** The value below which `q` of the sorted values fall. */
function quantile(/** @type {number[]} */ sorted, /** @type {number} */ q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function latencyOf(/** @type {number[]} */ samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), n: sorted.length };
}

/** Starts one relay process; resolves with its port, a memory probe and a stop function. */
async function startRelay(/** @type {'ours' | 'bare'} */ kind) {
  const child = spawn(process.execPath, ['--expose-gc', childScript, kind], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = stopOnExit(() => child.kill());
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} relay did not start`)), patienceMs);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve(/** @type {{ port: number }} */ (m).port);
    });
    child.once('exit', (code) => reject(new Error(`${kind} relay exited with ${code}`)));
  });
  const memory = () =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send('memory');
    }).then((m) => /** @type {{ rss: number, heapUsed: number }} */ (m));
  return { port, memory, stop };
}

/** A connected client that hands each received frame to the current handler. */
function connect(/** @type {string} */ url) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    /** @type {{ socket: WebSocket, onMessage: (text: string) => void }} */
    const client = { socket, onMessage: () => undefined };
    socket.on('message', (data) => client.onMessage(data.toString()));
    socket.once('open', () => resolve(client));
    socket.once('error', reject);
  });
}

/** Resolves when `count` calls of the returned `done` happened; fails after the patience. */
function countdown(/** @type {number} */ count, /** @type {string} */ what) {
  /** @type {() => void} */
  let done = () => undefined;
  const finished = new Promise((resolve, reject) => {
    let left = count;
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what} (${left} left)`)), patienceMs);
    done = () => {
      left -= 1;
      if (left === 0) {
        clearTimeout(timer);
        resolve(undefined);
      }
    };
    if (count === 0) done();
  });
  return { done: () => done(), finished };
}

const candidate = (/** @type {number} */ n) =>
  JSON.stringify({
    type: 'candidate',
    candidate: {
      candidate: `candidate:${n} 1 udp 2122260223 192.0.2.1 ${10000 + (n % 50000)} typ host`,
      sdpMid: '0',
      sdpMLineIndex: 0,
    },
  });

/** @typedef {{ socket: WebSocket, onMessage: (text: string) => void }} Client */

/** Opens `rooms` rooms of two against one relay; resolves with the clients, the time it took and the memory used. */
async function fill(/** @type {Awaited<ReturnType<typeof startRelay>>} */ relay, /** @type {number} */ rooms) {
  const before = await relay.memory();
  const url = `ws://127.0.0.1:${relay.port}/signal`;
  /** @type {Client[]} */
  const clients = [];
  const began = performance.now();
  // Connect in batches of 100 so the listen backlog is never the bottleneck.
  for (let i = 0; i < rooms * 2; i += 100) {
    const batch = Array.from({ length: Math.min(100, rooms * 2 - i) }, () => connect(url));
    clients.push(.../** @type {Client[]} */ (await Promise.all(batch)));
  }
  const joined = countdown(rooms * 3, 'joins');
  for (let r = 0; r < rooms; r++) {
    const room = `bench${String(r).padStart(17, '0')}`;
    const [a, b] = pairOf(clients, r);
    a.onMessage = () => joined.done();
    b.onMessage = () => joined.done();
    a.socket.send(JSON.stringify({ type: 'join', room }));
    await new Promise((resolve) => setImmediate(resolve));
    b.socket.send(JSON.stringify({ type: 'join', room }));
  }
  await joined.finished;
  const connectMs = performance.now() - began;
  const after = await relay.memory();
  const connections = rooms * 2;
  return {
    clients,
    connectMs,
    bytesPerConnection: (after.rss - before.rss) / connections,
    heapPerConnection: (after.heapUsed - before.heapUsed) / connections,
  };
}

function pairOf(/** @type {Client[]} */ clients, /** @type {number} */ r) {
  const [a, b] = [clients[2 * r], clients[2 * r + 1]];
  if (!a || !b) throw new Error(`room ${r} has no clients`);
  return /** @type {const} */ ([a, b]);
}

/** One message from the first member of room `r` to the second: its delay in ms. */
async function oneRelay(/** @type {Client[]} */ clients, /** @type {number} */ r, /** @type {number} */ n) {
  const [a, b] = pairOf(clients, r);
  const got = countdown(1, 'a relayed message');
  b.onMessage = () => got.done();
  const sent = performance.now();
  a.socket.send(candidate(n));
  await got.finished;
  return performance.now() - sent;
}

/** Every room's first member sends one message at once: each delay, and the wave's duration. */
async function oneWave(/** @type {Client[]} */ clients, /** @type {number} */ rooms, /** @type {number} */ n) {
  const all = countdown(rooms, 'a wave');
  const sentAt = new Float64Array(rooms);
  /** @type {number[]} */
  const delays = [];
  for (let r = 0; r < rooms; r++) {
    pairOf(clients, r)[1].onMessage = () => {
      delays.push(performance.now() - (sentAt[r] ?? 0));
      all.done();
    };
  }
  const began = performance.now();
  for (let r = 0; r < rooms; r++) {
    sentAt[r] = performance.now();
    pairOf(clients, r)[0].socket.send(candidate(n + r));
  }
  await all.finished;
  return { delays, ms: performance.now() - began };
}

/**
 * Both relays run at once, each with `rooms` rooms of two; samples alternate ours, bare, ours, ... so that the
 * shared machine's load falls on both alike. Bounded: `samples` single messages and 6 waves per relay.
 */
export async function measureSignal(/** @type {{ rooms?: number, samples?: number }} */ options = {}) {
  const rooms = options.rooms ?? 1000;
  const samples = options.samples ?? 2000;
  const waves = 6;
  const relays = { ours: await startRelay('ours'), bare: await startRelay('bare') };
  /** @type {Client[]} */
  const everyone = [];
  try {
    const filled = { ours: await fill(relays.ours, rooms), bare: await fill(relays.bare, rooms) };
    everyone.push(...filled.ours.clients, ...filled.bare.clients);
    const kinds = /** @type {const} */ (['ours', 'bare']);
    /** @type {Record<'ours' | 'bare', number[]>} */
    const single = { ours: [], bare: [] };
    /** @type {Record<'ours' | 'bare', number[]>} */
    const wave = { ours: [], bare: [] };
    const waveMs = { ours: 0, bare: 0 };
    // Warm-up, not counted: JIT and socket buffers of both.
    for (let i = 0; i < 200; i++) for (const kind of kinds) await oneRelay(filled[kind].clients, i % rooms, i);
    for (let i = 0; i < samples; i++) {
      for (const kind of i % 2 ? [...kinds].reverse() : kinds) {
        single[kind].push(await oneRelay(filled[kind].clients, (i * 7) % rooms, i));
      }
    }
    for (let w = 0; w < waves; w++) {
      for (const kind of w % 2 ? [...kinds].reverse() : kinds) {
        const result = await oneWave(filled[kind].clients, rooms, w * rooms);
        wave[kind].push(...result.delays);
        waveMs[kind] += result.ms;
      }
    }
    /** @param {'ours' | 'bare'} kind */
    const figures = (kind) =>
      /** @type {RelayFigures} */ ({
        rooms,
        connectMs: filled[kind].connectMs,
        latency: latencyOf(single[kind]),
        waveLatency: latencyOf(wave[kind]),
        messagesPerSecond: (waves * rooms) / (waveMs[kind] / 1000),
        bytesPerConnection: filled[kind].bytesPerConnection,
        heapPerConnection: filled[kind].heapPerConnection,
      });
    const ours = figures('ours');
    const bare = figures('bare');
    return { ours, bare, ratioP50: ours.latency.p50 / bare.latency.p50 };
  } finally {
    for (const client of everyone) client.socket.terminate();
    relays.ours.stop();
    relays.bare.stop();
  }
}

/** The table rows of the signal part. */
export function signalRows(/** @type {Awaited<ReturnType<typeof measureSignal>>} */ r) {
  const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
  // Relay delays on loopback are fractions of a millisecond: three decimals.
  const ms = (/** @type {number} */ n) => `${n.toFixed(n < 10 ? 3 : 1)} ms`;
  /** @type {import('./format.mjs').Row[]} */
  const rows = [];
  for (const [name, f] of /** @type {const} */ ([
    ['ours', r.ours],
    ['bare ws', r.bare],
  ])) {
    rows.push(
      row(
        'signal',
        `${name}: relay latency p50 / p99 (n=${f.latency.n})`,
        `${ms(f.latency.p50)} / ${ms(f.latency.p99)}`,
      ),
      row(
        'signal',
        `${name}: under a wave of ${f.rooms} at once, p50 / p99`,
        `${ms(f.waveLatency.p50)} / ${ms(f.waveLatency.p99)}`,
      ),
      row('signal', `${name}: messages per second (waves)`, `${Math.round(f.messagesPerSecond)}`),
      row(
        'signal',
        `${name}: memory per connection (RSS / heap)`,
        `${kb(f.bytesPerConnection)} / ${kb(f.heapPerConnection)}`,
      ),
      row('signal', `${name}: ${f.rooms} rooms of two connected and joined`, ms(f.connectMs)),
    );
  }
  rows.push(row('signal', 'relay latency p50, ours / bare', times(r.ratioP50), '<= 1.20', atMost(r.ratioP50, 1.2)));
  return rows;
}
