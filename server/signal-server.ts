/**
 * The signaling server: HTTP (health, optional static site) plus WebSocket rooms of two on `/signal`.
 * The protocol is documented in docs/signaling.md; every frame is checked by src/lib/signaling/validate.ts.
 */
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { RejectCode, ServerErrorCode, ServerMessage } from '../src/lib/signaling/types.ts';
import { maxFrameBytes, validateClientFrame } from '../src/lib/signaling/validate.ts';
import { signalPath } from '../src/lib/signaling/server-url.ts';
import { roomTag, stdoutSink, type LogEntry, type LogSink } from './log.ts';
import { devOrigins, lanAddresses, normalizeOrigin, originAllowed, ownOrigins } from './origins.ts';
import { createTokenBucket, defaultRateLimit, type RateLimit, type TokenBucket } from './rate-limit.ts';
import { RoomRegistry } from './rooms.ts';
import { openStaticSite, serveStatic, type StaticSite } from './static-files.ts';

/** Everything the server can be told; only `port` and `host` are required. */
export interface SignalServerOptions {
  readonly port: number;
  readonly host: string;
  /** Browser origins allowed to connect; undefined means the dev server's (`devOrigins`). */
  readonly origins?: readonly string[] | undefined;
  /** A built site to serve on the same origin; its own origins are then allowed too. */
  readonly staticDir?: string | undefined;
  /** PEM certificate and key: the server speaks https and wss. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer } | undefined;
  /** Ping period; a client that has not answered the previous ping is dropped. Default 30 s. */
  readonly pingIntervalMs?: number | undefined;
  /** A room where nothing happened for this long is closed. Default 30 min. */
  readonly roomIdleMs?: number | undefined;
  readonly rateLimit?: RateLimit | undefined;
  /** Upgrades beyond this many open connections are refused with 503. Default 10,000. */
  readonly maxConnections?: number | undefined;
  /** How long shutdown waits for clients to answer the close frame before cutting them off. Default 2 s. */
  readonly closeGraceMs?: number | undefined;
  readonly log?: LogSink | undefined;
  readonly now?: (() => number) | undefined;
}

/** A started server. */
export interface RunningSignalServer {
  readonly port: number;
  /** `http://host:port` (or https). */
  readonly url: string;
  /** The browser origins allowed to upgrade. */
  readonly origins: readonly string[];
  /** Open connections and rooms now. */
  stats(): { readonly connections: number; readonly rooms: number };
  /** Stops listening, sends every client a close frame (1001), and resolves when everything is closed. */
  stop(): Promise<void>;
}

interface Client {
  readonly id: string;
  readonly socket: WebSocket;
  readonly bucket: TokenBucket;
  alive: boolean;
  closing: boolean;
}

const sentences: Readonly<Record<ServerErrorCode, string>> = {
  'not-json': 'Send one JSON object per text frame.',
  'too-large': `A message may be at most ${maxFrameBytes} bytes.`,
  'unknown-type': 'Unknown message type; the types are listed in docs/signaling.md.',
  'bad-field': 'A field is missing, or has the wrong type, format or size.',
  'not-joined': 'Join a room first.',
  'already-joined': 'This connection is already in a room: leave it first.',
  'no-peer': 'Nobody else is in the room yet, so the message went nowhere.',
  'room-expired': 'The room was idle too long and was closed: join again.',
};

/** The error code for a frame the validator refused. */
function errorFor(code: RejectCode): ServerErrorCode {
  // A client frame fails only on its own content; the room codes belong to carriers that address tabs themselves.
  return code === 'not-for-us' || code === 'wrong-room' || code === 'own-message' ? 'bad-field' : code;
}

/** The close codes the server uses. */
export const closeCodes = { goingAway: 1001, policy: 1008, tooBig: 1009 } as const;

function refuse(socket: Duplex, status: number, reason: string): void {
  // Destroy only once the answer is flushed, or the client may see a reset instead of the status.
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Starts the server and resolves once it listens. */
export async function startSignalServer(options: SignalServerOptions): Promise<RunningSignalServer> {
  const sink = options.log ?? stdoutSink;
  const now = options.now ?? (() => performance.now());
  const log = (entry: LogEntry): void => sink({ time: new Date().toISOString(), ...entry });
  const rateLimit = options.rateLimit ?? defaultRateLimit;
  const maxConnections = options.maxConnections ?? 10_000;
  const roomIdleMs = options.roomIdleMs ?? 30 * 60_000;
  const site: StaticSite | undefined = options.staticDir ? await openStaticSite(options.staticDir) : undefined;

  const clients = new Map<string, Client>();
  const rooms = new RoomRegistry<Client>();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: maxFrameBytes,
    perMessageDeflate: false,
    maxFragments: 64,
    maxBufferedChunks: 1024,
  });
  let allow = new Set<string>();
  let stopping = false;

  const send = (client: Client, message: ServerMessage): void => {
    if (client.socket.readyState === client.socket.OPEN) client.socket.send(JSON.stringify(message));
  };
  const sendError = (client: Client, code: ServerErrorCode): void =>
    send(client, { type: 'error', code, message: sentences[code] });

  const leaveRoom = (client: Client, why: string): void => {
    const left = rooms.leave(client);
    if (!left) return;
    log({ event: 'leave', conn: client.id, room: roomTag(left.room), why });
    if (left.other) send(left.other, { type: 'peer-left' });
  };

  const onMessage = (client: Client, data: RawData, isBinary: boolean): void => {
    if (client.closing) return;
    if (!client.bucket.take()) {
      client.closing = true;
      log({ event: 'rate-limited', conn: client.id });
      client.socket.close(closeCodes.policy, 'rate limit exceeded');
      return;
    }
    if (isBinary) {
      log({ event: 'invalid', conn: client.id, code: 'not-json', binary: true });
      sendError(client, 'not-json');
      return;
    }
    const checked = validateClientFrame(data.toString());
    if (!checked.ok) {
      log({ event: 'invalid', conn: client.id, code: checked.code, size: checked.size });
      sendError(client, errorFor(checked.code));
      return;
    }
    const message = checked.message;
    switch (message.type) {
      case 'join': {
        const result = rooms.join(message.room, client, now(), message.rejoin);
        if (result.kind === 'already-joined') {
          sendError(client, 'already-joined');
        } else if (result.kind === 'rejoined') {
          // The replaced connection died without a close the server saw; the other member never lost its peer.
          log({ event: 'rejoin', conn: client.id, replaced: result.replaced.id, room: roomTag(message.room) });
          result.replaced.closing = true;
          result.replaced.socket.terminate();
          send(client, { type: 'joined', room: message.room, polite: result.polite, peers: 2 });
        } else if (result.kind === 'full') {
          log({ event: 'full', conn: client.id, room: roomTag(message.room) });
          send(client, { type: 'full' });
        } else {
          log({
            event: 'join',
            conn: client.id,
            room: roomTag(message.room),
            peers: result.peers,
            polite: result.polite,
          });
          send(client, { type: 'joined', room: message.room, polite: result.polite, peers: result.peers });
          if (result.other) send(result.other, { type: 'peer-joined' });
        }
        return;
      }
      case 'leave':
        if (rooms.roomOf(client) === undefined) sendError(client, 'not-joined');
        else leaveRoom(client, 'leave');
        return;
      default: {
        if (rooms.roomOf(client) === undefined) {
          sendError(client, 'not-joined');
          return;
        }
        const peer = rooms.peerOf(client, now());
        if (!peer) sendError(client, 'no-peer');
        else send(peer, { ...message, from: client.id });
      }
    }
  };

  const onConnection = (socket: WebSocket, req: IncomingMessage): void => {
    const client: Client = {
      id: randomBytes(9).toString('base64url'),
      socket,
      bucket: createTokenBucket(rateLimit, now),
      alive: true,
      closing: false,
    };
    clients.set(client.id, client);
    log({ event: 'connect', conn: client.id, origin: req.headers.origin ?? 'none' });
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('message', (data, isBinary) => onMessage(client, data, isBinary));
    socket.on('error', (error: Error & { code?: string }) => {
      log({ event: 'socket-error', conn: client.id, code: error.code ?? 'unknown' });
    });
    socket.on('close', (code) => {
      clients.delete(client.id);
      leaveRoom(client, 'disconnect');
      log({ event: 'disconnect', conn: client.id, code });
    });
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const done = (status: number): void => log({ event: 'http', method: req.method, path, status });
    if (path === '/health') {
      const body = JSON.stringify({
        status: stopping ? 'stopping' : 'ok',
        connections: clients.size,
        rooms: rooms.size,
      });
      res.writeHead(stopping ? 503 : 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(body);
      return done(stopping ? 503 : 200);
    }
    if (path === signalPath) {
      res.writeHead(426, { Upgrade: 'websocket', Connection: 'Upgrade', 'Content-Type': 'text/plain' });
      res.end('This address takes WebSocket connections.\n');
      return done(426);
    }
    if (!site) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found\n');
      return done(404);
    }
    serveStatic(req, res, site).then(done, () => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
      done(500);
    });
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '/').split('?')[0];
    const origin = req.headers.origin;
    if (path !== signalPath) return refuse(socket, 404, 'Not Found');
    if (!originAllowed(origin, allow)) {
      log({ event: 'refused', why: 'origin', origin });
      return refuse(socket, 403, 'Forbidden');
    }
    if (stopping || clients.size >= maxConnections) {
      log({ event: 'refused', why: stopping ? 'stopping' : 'capacity' });
      return refuse(socket, 503, 'Service Unavailable');
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req));
  };

  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, onRequest)
    : createHttpServer(onRequest);
  server.on('upgrade', onUpgrade);
  server.on('clientError', (_error, socket: Socket) => {
    if (socket.writable) refuse(socket, 400, 'Bad Request');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const secure = options.tls !== undefined;
  const listed = (options.origins ?? devOrigins).map(normalizeOrigin).filter((o) => o !== undefined);
  const own = site ? ownOrigins(options.host, port, secure, lanAddresses()) : [];
  allow = new Set([...listed, ...own]);

  const tick = (): void => {
    for (const client of clients.values()) {
      if (!client.alive) {
        log({ event: 'heartbeat-timeout', conn: client.id });
        client.socket.terminate();
        continue;
      }
      client.alive = false;
      client.socket.ping();
    }
    for (const expired of rooms.expire(now(), roomIdleMs)) {
      log({ event: 'room-expired', room: roomTag(expired.room) });
      for (const member of expired.members) sendError(member, 'room-expired');
    }
  };
  const heartbeat = setInterval(tick, options.pingIntervalMs ?? 30_000);

  const scheme = secure ? 'https' : 'http';
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  log({
    event: 'listening',
    host: options.host,
    port,
    secure,
    static: site !== undefined,
    origins: [...allow].join(' '),
  });

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      clearInterval(heartbeat);
      log({ event: 'stopping', connections: clients.size });
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const sockets = [...clients.values()].map((c) => c.socket);
      const allClosed = Promise.all(
        sockets.map(
          (s) =>
            new Promise<void>((resolve) => {
              if (s.readyState === s.CLOSED) return resolve();
              s.once('close', () => resolve());
              s.close(closeCodes.goingAway, 'server shutting down');
            }),
        ),
      );
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([
        allClosed,
        new Promise<void>((resolve) => (grace = setTimeout(resolve, options.closeGraceMs ?? 2000))),
      ]);
      clearTimeout(grace);
      for (const socket of sockets) socket.terminate();
      server.closeAllConnections();
      await closing;
      wss.close();
      log({ event: 'stopped' });
    })();
    return stopped;
  };

  return {
    port,
    url: `${scheme}://${shownHost}:${port}`,
    origins: [...allow],
    stats: () => ({ connections: clients.size, rooms: rooms.size }),
    stop,
  };
}
