/** The signaling server's command: parses the flags, starts the server, stops it cleanly on SIGTERM or Ctrl-C. */
import { readFileSync } from 'node:fs';
import { parseCli, usage } from './cli-options.ts';
import { lanAddresses } from './origins.ts';
import { startSignalServer } from './signal-server.ts';

const parsed = parseCli(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`${parsed.problem}\n\n${usage}`);
  process.exit(2);
}
const options = parsed.options;
if (options.help) {
  console.error(usage);
  process.exit(0);
}

let tls: { cert: Buffer; key: Buffer } | undefined;
if (options.cert !== undefined && options.key !== undefined) {
  try {
    tls = { cert: readFileSync(options.cert), key: readFileSync(options.key) };
  } catch (error) {
    console.error(`Could not read the certificate or key: ${(error as Error).message}`);
    process.exit(2);
  }
}

let server;
try {
  server = await startSignalServer({
    port: options.port,
    host: options.host,
    origins: options.origins,
    staticDir: options.staticDir,
    tls,
    pingIntervalMs: options.pingIntervalMs,
    roomIdleMs: options.roomIdleMs,
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    console.error(`Port ${options.port} is already in use: stop the other server or pass --port.`);
  else if (code === 'ENOENT')
    console.error(`${options.staticDir ?? 'The folder'} does not exist: run npm run build first.`);
  else console.error(`The server could not start: ${(error as Error).message}`);
  process.exit(1);
}

const ws = tls ? 'wss' : 'ws';
const http = tls ? 'https' : 'http';
const wildcard = options.host === '0.0.0.0' || options.host === '::';
const hosts = wildcard ? ['127.0.0.1', ...lanAddresses()] : [options.host];
const lines = options.staticDir
  ? hosts.map((h) => `  ${http}://${h}:${server.port}/   (signaling on ${ws}://${h}:${server.port}/signal)`)
  : hosts.map((h) => `  ${ws}://${h}:${server.port}/signal   (health: ${http}://${h}:${server.port}/health)`);
console.error(`${options.staticDir ? 'Serving the site' : 'Signaling server'} at:\n${lines.join('\n')}`);
if (options.workshop) {
  console.error(`Browser origins allowed to connect:\n${server.origins.map((o) => `  ${o}`).join('\n')}`);
  if (!tls) {
    console.error(
      'Cameras work only on secure pages: other devices need https. Pass --cert and --key (see docs/signaling.md).',
    );
  }
}
console.error('Stop with Ctrl-C.');

let stopping = false;
const shutdown = (): void => {
  if (stopping) return;
  stopping = true;
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
