/** Real `ws` clients against a server started in this process on a free port. */
import { WebSocket } from 'ws';
import type { LogEntry } from '../../../server/log.ts';
import {
  startSignalServer,
  type RunningSignalServer,
  type SignalServerOptions,
} from '../../../server/signal-server.ts';

/** Long enough for a loaded two-core machine; tests wait for events, this only bounds a hang. */
export const patience = 8000;

/** A started server with the log entries it wrote. */
export interface TestServer {
  readonly server: RunningSignalServer;
  readonly logs: LogEntry[];
  readonly wsUrl: string;
}

const running = new Set<RunningSignalServer>();

/** Starts a server on 127.0.0.1 (port 0 unless given); `stopAll` in afterEach stops it. */
export async function startTestServer(options: Partial<SignalServerOptions> = {}): Promise<TestServer> {
  const logs: LogEntry[] = [];
  const server = await startSignalServer({ port: 0, host: '127.0.0.1', log: (e) => logs.push(e), ...options });
  running.add(server);
  return { server, logs, wsUrl: `ws://127.0.0.1:${server.port}/signal` };
}

/** Stops every server started by the test. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
  running.clear();
}

type Received = Record<string, unknown> & { type: string };

/** A WebSocket client that queues what it receives so that tests can await the next message. */
export class TestClient {
  readonly socket: WebSocket;
  readonly received: Received[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  #cursor = 0;
  #wake: (() => void) | undefined;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (data) => {
      this.received.push(JSON.parse(data.toString()) as Received);
      this.#wake?.();
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
        this.#wake?.();
      });
    });
  }

  /** Connects and resolves once open; rejects with the HTTP status when the upgrade is refused. */
  static connect(url: string, options: ConstructorParameters<typeof WebSocket>[2] = {}): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, options);
      socket.once('open', () => resolve(new TestClient(socket)));
      socket.once('unexpected-response', (_req, res) => {
        reject(new Error(`HTTP ${res.statusCode}`));
        socket.terminate();
      });
      socket.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message not yet consumed; fails after `patience` with what did arrive. */
  async next(): Promise<Received> {
    const deadline = Date.now() + patience;
    while (this.#cursor >= this.received.length) {
      if (this.socket.readyState === WebSocket.CLOSED) throw new Error('closed while waiting for a message');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no message within ${patience} ms; got ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.received[this.#cursor++]!;
  }

  /** Joins `room` and returns the server's answer. */
  async join(room: string): Promise<Received> {
    this.send({ type: 'join', room });
    return this.next();
  }

  /** Everything received and not consumed yet. */
  get unread(): Received[] {
    return this.received.slice(this.#cursor);
  }

  close(): void {
    this.socket.close();
  }
}

/** A valid room id for each name. */
export const roomId = (name: string): string => `${name}${'0'.repeat(22)}`.slice(0, 22);

/** An offer-shaped description. */
export const offer = (marker = 'test'): { type: 'description'; description: { type: 'offer'; sdp: string } } => ({
  type: 'description',
  description: { type: 'offer', sdp: `v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=${marker}\r\nt=0 0\r\n` },
});

/** A candidate message. */
export const candidate = (n: number) => ({
  type: 'candidate' as const,
  candidate: {
    candidate: `candidate:${n} 1 udp 2122260223 192.0.2.1 ${10000 + n} typ host`,
    sdpMid: '0',
    sdpMLineIndex: 0,
  },
});
