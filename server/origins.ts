/**
 * The Origin allowlist checked at the WebSocket upgrade. A browser always sends `Origin`; a page of another site
 * must not use our server, so an Origin that is not listed is refused. Native clients send no Origin and are allowed.
 */
import { networkInterfaces } from 'node:os';

/** Origins of the dev server and `astro preview`, allowed when no `--origin` is given. */
export const devOrigins = ['http://127.0.0.1:4321', 'http://localhost:4321'];

/** `value` as a normalized origin (`scheme://host[:port]`), or undefined when it is not an http(s) origin. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** Whether a request with this Origin header (undefined when absent) may upgrade. */
export function originAllowed(origin: string | undefined, allowlist: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  const normalized = normalizeOrigin(origin);
  return normalized !== undefined && allowlist.has(normalized);
}

/** IPv4 addresses of this machine's network interfaces, loopback excluded. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

/** The origins a browser uses for pages this server serves itself, from the address it listens on. */
export function ownOrigins(host: string, port: number, secure: boolean, lan: readonly string[]): string[] {
  const scheme = secure ? 'https' : 'http';
  const hosts =
    host === '0.0.0.0' || host === '::'
      ? ['127.0.0.1', 'localhost', ...lan]
      : host === '127.0.0.1' || host === 'localhost'
        ? ['127.0.0.1', 'localhost']
        : [host.includes(':') ? `[${host}]` : host];
  return hosts.map((h) => `${scheme}://${h}:${port}`);
}
