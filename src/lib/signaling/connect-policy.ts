/**
 * Whether a page's Content Security Policy lets it open a WebSocket to a server, read from the policy the page really
 * carries (its `connect-src`, else `default-src`), so the page can say so before the browser refuses the connection.
 * Matching follows CSP Level 3 as Chromium applies it, for the source expressions a connect-src holds: `'self'`,
 * `'none'`, `*`, schemes (`wss:`) and hosts (`ws://127.0.0.1:8787`, `*.example.org`, with or without a scheme or port).
 */

/** One server the policy lets the page reach: its own origin (`'self'`) or another origin or pattern. */
export interface AllowedServer {
  readonly source: string;
  /** `'self'`: the page's own server, shown as the WebSocket origin of the page. */
  readonly self: boolean;
}

/** The sources of the directive that governs WebSocket connections, or null when the policy does not limit them. */
export function connectSources(policy: string): readonly string[] | null {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    const key = name?.toLowerCase() ?? '';
    // The first occurrence of a directive wins; later duplicates are ignored, as browsers do.
    if (key !== '' && !directives.has(key)) directives.set(key, sources);
  }
  return directives.get('connect-src') ?? directives.get('default-src') ?? null;
}

/** Whether `sources` (a connect-src list) let a page at `page` connect to `url`. */
export function connectAllowed(url: URL, page: URL, sources: readonly string[]): boolean {
  return sources.some((source) => sourceMatches(source, url, page));
}

/** Whether a page's policy (its meta element's `content`, or null when it has none) lets it connect to a URL. */
export function policyAllows(policy: string | null, page: URL): (url: URL) => boolean {
  const sources = policy === null ? null : connectSources(policy);
  return (url) => sources === null || connectAllowed(url, page, sources);
}

/** The servers a source list lets the page reach, for the reader: `'self'` as the page's own WebSocket origin. */
export function allowedServers(sources: readonly string[], page: URL): readonly AllowedServer[] {
  return sources
    .filter((source) => !source.startsWith("'") || source.toLowerCase() === "'self'")
    .map((source) =>
      source.toLowerCase() === "'self'"
        ? { source: `${page.protocol === 'https:' ? 'wss:' : 'ws:'}//${page.host}`, self: true }
        : { source, self: false },
    );
}

const defaultPorts: Readonly<Record<string, string>> = { 'ws:': '80', 'wss:': '443', 'http:': '80', 'https:': '443' };
const portOf = (url: URL): string => url.port || (defaultPorts[url.protocol] ?? '');

/** CSP's scheme-part match, as Chromium applies it: a scheme also allows its secure twin, and http: allows ws:. */
function schemeMatches(expression: string, scheme: string): boolean {
  if (expression === scheme) return true;
  if (expression === 'http') return scheme === 'https' || scheme === 'ws' || scheme === 'wss';
  if (expression === 'https' || expression === 'ws') return scheme === 'wss';
  return false;
}

function sourceMatches(raw: string, url: URL, page: URL): boolean {
  const source = raw.toLowerCase();
  const scheme = url.protocol.slice(0, -1);
  if (source === "'self'") return selfMatches(url, page);
  if (source.startsWith("'")) return false;
  if (source === '*') return ['http', 'https', 'ws', 'wss'].includes(scheme) || url.protocol === page.protocol;
  const schemeOnly = /^([a-z][a-z0-9+.-]*):$/.exec(source);
  if (schemeOnly) return schemeMatches(schemeOnly[1] ?? '', scheme);
  const host = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d+|\*))?(?:\/.*)?$/.exec(
    source,
  );
  if (!host) return false;
  const [, sourceScheme, sourceHost = '', sourcePort] = host;
  if (!schemeMatches(sourceScheme ?? page.protocol.slice(0, -1), scheme)) return false;
  if (!hostMatches(sourceHost, url.hostname)) return false;
  if (sourcePort === '*') return true;
  if (sourcePort === undefined) return url.port === '';
  return sourcePort === portOf(url);
}

function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return hostname.endsWith(pattern.slice(1));
  return pattern === hostname;
}

/** `'self'`: the page's own host and port, over wss: (or https:), and over ws: (or http:) from an http: page. */
function selfMatches(url: URL, page: URL): boolean {
  // URL.port is empty for a scheme's default port, so two default ports compare equal, as CSP asks.
  if (url.hostname !== page.hostname || url.port !== page.port) return false;
  if (url.protocol === 'wss:' || url.protocol === 'https:') return true;
  return page.protocol === 'http:' && (url.protocol === 'ws:' || url.protocol === 'http:');
}
