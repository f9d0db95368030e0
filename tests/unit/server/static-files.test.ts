import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signalMeta } from '../../../server/static-files.ts';
import { startTestServer, stopAll, TestClient } from './helpers.ts';

let parent: string;
let dist: string;

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'signal-static-'));
  dist = join(parent, 'dist');
  mkdirSync(join(dist, 'steps', 'chapter'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'empty'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><title>home</title></head><body>home</body></html>',
  );
  writeFileSync(join(dist, 'steps', 'chapter', 'index.html'), '<html><head></head><body>chapter</body></html>');
  writeFileSync(join(dist, '404.html'), '<html><head></head><body>custom not found</body></html>');
  writeFileSync(join(dist, '_astro', 'app.abc123.js'), 'console.log(1);\n');
  writeFileSync(join(dist, 'style.css'), 'body{}');
  writeFileSync(join(dist, 'data.bin'), Buffer.from([1, 2, 3]));
  writeFileSync(join(dist, '.env'), 'SECRET=dotfile');
  writeFileSync(join(parent, 'secret.txt'), 'SECRET outside dist');
  symlinkSync(join(parent, 'secret.txt'), join(dist, 'link.txt'));
});

afterAll(() => rmSync(parent, { recursive: true, force: true }));
afterEach(stopAll);

/** A raw request: the path is sent exactly as written (fetch would normalize dot segments away). */
function get(port: number, path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('serving the built site with the signaling server on one origin', () => {
  it('serves pages with the same-origin marker, assets with their types, and redirects to the trailing slash', async () => {
    const { server } = await startTestServer({ staticDir: dist });
    const home = await get(server.port, '/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body).toContain(`${signalMeta}</head>`);
    expect(Number(home.headers['content-length'])).toBe(Buffer.byteLength(home.body));
    expect(home.headers['x-content-type-options']).toBe('nosniff');

    const redirect = await get(server.port, '/steps/chapter?room=abc');
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe('/steps/chapter/?room=abc');
    expect((await get(server.port, '/steps/chapter/')).body).toContain('chapter');

    const script = await get(server.port, '/_astro/app.abc123.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await get(server.port, '/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get(server.port, '/data.bin')).headers['content-type']).toBe('application/octet-stream');
    const head = await get(server.port, '/style.css', 'HEAD');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '6']);
    expect((await get(server.port, '/style.css', 'POST')).status).toBe(405);
  });

  it.each([
    '/missing/',
    '/style.css/',
    '/empty/',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/steps/%2e%2e/%2e%2e/secret.txt',
    '/steps%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '//secret.txt',
    '/.env',
    '/link.txt',
    '/%00',
    '/%E0%A4%A',
  ])('answers %s with the site 404 page and nothing from outside', async (path) => {
    const { server } = await startTestServer({ staticDir: dist });
    const res = await get(server.port, path);
    expect(res.status).toBe(404);
    expect(res.body).toContain('custom not found');
    expect(res.body).not.toContain('SECRET');
  });

  it('keeps /health and /signal for itself, and allows its own origin to connect', async () => {
    const { server, wsUrl } = await startTestServer({ staticDir: dist });
    const health = await get(server.port, '/health');
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: 'ok', connections: 0, rooms: 0 }]);
    expect((await get(server.port, '/signal')).status).toBe(426);
    expect(server.origins).toContain(`http://127.0.0.1:${server.port}`);
    await expect(TestClient.connect(wsUrl, { origin: `http://localhost:${server.port}` })).resolves.toBeInstanceOf(
      TestClient,
    );
  });

  it('without a site, every other path is a plain 404', async () => {
    const { server } = await startTestServer();
    expect((await get(server.port, '/index.html')).status).toBe(404);
  });
});
