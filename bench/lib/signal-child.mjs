// @ts-check
// One relay under test, in its own process so that its memory and event loop are its own: `ours` (server/) or
// `bare` (bench/baseline/ws-relay.mjs). It reports its port, then answers 'memory' requests over IPC.
import { startBareRelay } from '../baseline/ws-relay.mjs';

const kind = process.argv[2];
/** @type {number} */
let port;
if (kind === 'ours') {
  // Node 24 runs the TypeScript server directly (type stripping).
  const { startSignalServer } = await import('../../server/signal-server.ts');
  const { silentSink } = await import('../../server/log.ts');
  const server = await startSignalServer({ port: 0, host: '127.0.0.1', log: silentSink });
  port = server.port;
} else if (kind === 'bare') {
  const wss = await startBareRelay(0);
  port = /** @type {import('node:net').AddressInfo} */ (wss.address()).port;
} else {
  throw new Error(`unknown relay "${kind}"`);
}

process.on('message', (request) => {
  if (request !== 'memory') return;
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed });
});
process.on('disconnect', () => process.exit(0));
process.send?.({ port });
