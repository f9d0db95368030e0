// @ts-check
// The two origins the bench loads: the built site (astro preview) and the baseline page (a tiny static server).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { startProcess, stopOnExit } from './processes.mjs';
import { message } from './format.mjs';

const types = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
});

/** Throws when something already answers on the port, so the bench never measures a stranger's server. */
async function assertPortFree(/** @type {number} */ port) {
  const answered = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`port ${port} is already in use; stop that server or pass --port=N`);
}

/** Waits until `url` answers, or the process exits, or `ms` pass. */
async function waitForUrl(/** @type {string} */ url, /** @type {Promise<number>} */ exited, ms = 60_000) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !gone) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(gone ? `the server for ${url} exited` : `${url} did not answer within ${ms / 1000} s`);
}

/** Serves a built site with `astro preview` (run through npx so it gets the project's Node). */
export async function startPreview(/** @type {string} */ outDir, /** @type {number} */ port) {
  await assertPortFree(port);
  const server = startProcess(
    'npx',
    ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { OUT_DIR: outDir, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${url}/`, server.exited);
  } catch (error) {
    server.stop();
    throw new Error(`${message(error)}\n${server.output()}`);
  }
  return { url, stop: server.stop };
}

/** Serves the files of one folder (no sub-folders needed) over http, in this process. */
export async function startStatic(/** @type {string} */ dir, /** @type {number} */ port) {
  await assertPortFree(port);
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(dir))) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const stop = stopOnExit(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${port}`, stop };
}
