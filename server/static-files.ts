/**
 * Serves the built site (`dist/`) safely: GET and HEAD only, no way out of the folder (dot segments, encoded
 * slashes, dotfiles and symbolic links that lead outside are refused), `index.html` for folders, a redirect to the
 * trailing slash Astro's `trailingSlash: 'always'` expects, `404.html` for what does not exist, and the meta element
 * that tells the page the signaling server is on the same origin.
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { signalMetaName, signalPath } from '../src/lib/signaling/server-url.ts';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

/** The MIME type for a file name; unknown extensions are served as bytes. */
export function contentType(file: string): string {
  return types[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The request path as safe segments, or undefined when it must not be served. */
export function safeSegments(pathname: string): string[] | undefined {
  if (!pathname.startsWith('/') || pathname.includes('//')) return undefined;
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/** The tag the server adds to each HTML page it serves (see src/lib/signaling/server-url.ts). */
export const signalMeta = `<meta name="${signalMetaName}" content="${signalPath}">`;

/** A folder to serve, resolved once. */
export interface StaticSite {
  readonly root: string;
}

/** Resolves the folder (following links) and checks that it exists. */
export async function openStaticSite(folder: string): Promise<StaticSite> {
  const root = await realpath(folder);
  if (!(await stat(root)).isDirectory()) throw new Error(`${folder} is not a folder`);
  return { root };
}

async function fileInside(site: StaticSite, path: string): Promise<{ path: string; isDirectory: boolean } | undefined> {
  try {
    const real = await realpath(path);
    if (real !== site.root && !real.startsWith(site.root + sep)) return undefined;
    return { path: real, isDirectory: (await stat(real)).isDirectory() };
  } catch {
    return undefined;
  }
}

function headers(res: ServerResponse, status: number, type: string, length: number, cache: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': length,
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
  });
}

async function sendHtml(res: ServerResponse, file: string, status: number, head: boolean): Promise<void> {
  const html = await readFile(file, 'utf8');
  const body = Buffer.from(html.includes('</head>') ? html.replace('</head>', `${signalMeta}</head>`) : html);
  headers(res, status, types['.html']!, body.length, 'no-cache');
  res.end(head ? undefined : body);
}

async function notFound(res: ServerResponse, site: StaticSite, head: boolean): Promise<void> {
  const page = await fileInside(site, join(site.root, '404.html'));
  if (page && !page.isDirectory) return sendHtml(res, page.path, 404, head);
  const body = 'Not found\n';
  headers(res, 404, types['.txt']!, Buffer.byteLength(body), 'no-cache');
  res.end(head ? undefined : body);
}

/** Answers one request from the site's folder; returns the status sent. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, site: StaticSite): Promise<number> {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 });
    res.end();
    return 405;
  }
  const target = req.url ?? '/';
  const queryAt = target.indexOf('?');
  const pathname = queryAt < 0 ? target : target.slice(0, queryAt);
  const segments = safeSegments(pathname);
  if (!segments) {
    await notFound(res, site, head);
    return 404;
  }
  const found = await fileInside(site, join(site.root, ...segments));
  if (!found) {
    await notFound(res, site, head);
    return 404;
  }
  if (found.isDirectory) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${pathname}/${queryAt < 0 ? '' : target.slice(queryAt)}`, 'Content-Length': 0 });
      res.end();
      return 301;
    }
    const index = await fileInside(site, join(found.path, 'index.html'));
    if (!index || index.isDirectory) {
      await notFound(res, site, head);
      return 404;
    }
    await sendHtml(res, index.path, 200, head);
    return 200;
  }
  if (pathname.endsWith('/')) {
    await notFound(res, site, head);
    return 404;
  }
  const type = contentType(found.path);
  if (type === types['.html']) {
    await sendHtml(res, found.path, 200, head);
    return 200;
  }
  const { size } = await stat(found.path);
  const immutable = segments[0] === '_astro';
  headers(res, 200, type, size, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (head) {
    res.end();
    return 200;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(found.path);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
  return 200;
}
