/**
 * How a page finds the signaling server. Rules, first match wins:
 * 1. `query`: a `?signal=<ws: or wss: URL>` parameter in the page's address;
 * 2. `build`: the URL configured when the site was built;
 * 3. `same-origin`: `/signal` on the page's own origin, when the project's server served the page (it says so with
 *    `<meta name="webrtc-signal" content="/signal">`);
 * 4. `default`: `ws://127.0.0.1:8787/signal`, where `npm run signal` listens.
 * A query or build URL that fails the checks, or that the page's security policy would refuse, is skipped and
 * reported in `ignored`.
 */

/** The meta element the project's server adds to every page it serves. */
export const signalMetaName = 'webrtc-signal';
/** The WebSocket path on the project's server. */
export const signalPath = '/signal';
/** Where `npm run signal` listens by default. */
export const defaultServerUrl = 'ws://127.0.0.1:8787/signal';
/** Longest URL accepted from a query parameter or the build configuration. */
export const maxServerUrlLength = 2048;

/** Which rule chose the URL. */
export type ServerUrlRule = 'query' | 'build' | 'same-origin' | 'default';

/** Why a candidate URL was skipped. */
export type ServerUrlProblem =
  'not-a-url' | 'not-websocket' | 'has-credentials' | 'insecure-from-secure-page' | 'too-long' | 'refused-by-policy';

/** The chosen URL and rule, and the problems of the URLs skipped on the way. */
export interface ServerUrlChoice {
  readonly url: string;
  readonly rule: ServerUrlRule;
  readonly ignored: readonly { readonly rule: 'query' | 'build'; readonly problem: ServerUrlProblem }[];
}

/** What the page knows: its own address, the build-time URL if any, and the server's meta element if present. */
export interface ServerUrlInput {
  /** `location.href`. */
  readonly pageUrl: string;
  /** The build-time configured URL (empty or undefined when none). */
  readonly configured?: string | undefined;
  /** The `content` of `<meta name="webrtc-signal">`, or null when the page has none. */
  readonly sameOriginPath: string | null;
  /**
   * Whether the page's security policy lets it connect to a URL (`policyAllows` in connect-policy.ts); without it,
   * every URL is taken as allowed.
   */
  readonly allows?: ((url: URL) => boolean) | undefined;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Checks one candidate URL against the page it will be used from. */
export function checkServerUrl(
  candidate: string,
  page: URL,
): { ok: true; url: string } | { ok: false; problem: ServerUrlProblem } {
  if (candidate.length > maxServerUrlLength) return { ok: false, problem: 'too-long' };
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return { ok: false, problem: 'not-websocket' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'has-credentials' };
  // Browsers block ws: from an https: page (mixed content), except to the loopback address.
  if (page.protocol === 'https:' && url.protocol === 'ws:' && !loopbackHosts.has(url.hostname)) {
    return { ok: false, problem: 'insecure-from-secure-page' };
  }
  url.hash = '';
  return { ok: true, url: url.href };
}

/** Picks the signaling server's URL for a page. */
export function resolveServerUrl(input: ServerUrlInput): ServerUrlChoice {
  const ignored: { rule: 'query' | 'build'; problem: ServerUrlProblem }[] = [];
  let page: URL;
  try {
    page = new URL(input.pageUrl);
  } catch {
    return { url: defaultServerUrl, rule: 'default', ignored };
  }
  const candidates = [
    ['query', page.searchParams.get('signal')],
    ['build', input.configured],
  ] as const;
  for (const [rule, candidate] of candidates) {
    if (candidate === null || candidate === undefined || candidate === '') continue;
    const checked = checkServerUrl(candidate, page);
    if (!checked.ok) ignored.push({ rule, problem: checked.problem });
    else if (input.allows && !input.allows(new URL(checked.url))) {
      ignored.push({ rule, problem: 'refused-by-policy' });
    } else return { url: checked.url, rule, ignored };
  }
  const path = input.sameOriginPath;
  if (
    path !== null &&
    path.startsWith('/') &&
    !path.startsWith('//') &&
    (page.protocol === 'http:' || page.protocol === 'https:')
  ) {
    const url = new URL(path, page);
    url.protocol = page.protocol === 'https:' ? 'wss:' : 'ws:';
    url.search = '';
    url.hash = '';
    return { url: url.href, rule: 'same-origin', ignored };
  }
  return { url: defaultServerUrl, rule: 'default', ignored };
}
