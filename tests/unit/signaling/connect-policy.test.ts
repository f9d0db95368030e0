import { describe, expect, it } from 'vitest';
import {
  allowedServers,
  connectAllowed,
  connectSources,
  policyAllows,
} from '../../../src/lib/signaling/connect-policy.ts';
import { resolveServerUrl } from '../../../src/lib/signaling/server-url.ts';

const page = new URL('http://127.0.0.1:4321/steps/07-signaling/');
/** The shape of the policy the build writes (astro.config.mjs): the page's own origin, npm run signal, one more. */
const built =
  "default-src 'self'; connect-src 'self' ws://127.0.0.1:8787 wss://signal.example.org; img-src 'self' blob: data:";

describe('which servers a page’s security policy lets it reach', () => {
  it('reads connect-src, falls back to default-src, and finds no limit without either', () => {
    expect(connectSources(built)).toEqual(["'self'", 'ws://127.0.0.1:8787', 'wss://signal.example.org']);
    expect(connectSources("default-src 'self' wss://a.example; img-src *")).toEqual(["'self'", 'wss://a.example']);
    expect(connectSources("img-src 'self'")).toBeNull();
    expect(connectSources("connect-src 'none'; connect-src *")).toEqual(["'none'"]);
  });

  it.each([
    ['the page’s own host and port over ws: (self)', 'ws://127.0.0.1:4321/signal', true],
    ['the page’s own host and port over wss: (self)', 'wss://127.0.0.1:4321/signal', true],
    ['the same host on another port', 'ws://127.0.0.1:4419/signal', false],
    ['npm run signal’s origin, any path', 'ws://127.0.0.1:8787/anything', true],
    ['npm run signal’s origin over wss: (ws: allows its secure twin)', 'wss://127.0.0.1:8787/signal', true],
    ['localhost is another host than 127.0.0.1', 'ws://localhost:8787/signal', false],
    ['the configured server on its default port', 'wss://signal.example.org/signal', true],
    ['the configured server on another port', 'wss://signal.example.org:8443/signal', false],
    ['the configured server over ws:', 'ws://signal.example.org/signal', false],
    ['a stranger', 'wss://evil.example/signal', false],
  ])('%s', (_name, url, allowed) => {
    expect(connectAllowed(new URL(url), page, connectSources(built) ?? [])).toBe(allowed);
  });

  it.each([
    ["'none' allows nothing", ["'none'"], 'ws://127.0.0.1:4321/', false],
    ['* allows any WebSocket server', ['*'], 'wss://any.example:9/', true],
    ['a scheme allows every host of it', ['wss:'], 'wss://any.example/', true],
    ['ws: also allows wss:', ['ws:'], 'wss://any.example/', true],
    ['wss: does not allow ws:', ['wss:'], 'ws://any.example/', false],
    ['a wildcard host allows subdomains', ['wss://*.example.org'], 'wss://a.b.example.org/', true],
    ['a wildcard host does not allow the bare domain', ['wss://*.example.org'], 'wss://example.org/', false],
    ['a wildcard port allows any port', ['ws://127.0.0.1:*'], 'ws://127.0.0.1:9999/', true],
    ['a host without a scheme takes the page’s, and http: allows ws:', ['lan.test:9000'], 'ws://lan.test:9000/', true],
    ['https: allows wss: but not ws:', ['https://lan.test'], 'ws://lan.test/', false],
    ['a path in the source still allows the origin', ['ws://lan.test:9000/signal'], 'ws://lan.test:9000/signal', true],
    ['an IPv6 host', ['ws://[::1]:8787'], 'ws://[::1]:8787/signal', true],
  ])('%s', (_name, sources, url, allowed) => {
    expect(connectAllowed(new URL(url), page, sources)).toBe(allowed);
  });

  it("from an https: page, 'self' allows wss: to its own host but not ws:", () => {
    const secure = new URL('https://site.example/steps/');
    expect(connectAllowed(new URL('wss://site.example/signal'), secure, ["'self'"])).toBe(true);
    expect(connectAllowed(new URL('ws://site.example/signal'), secure, ["'self'"])).toBe(false);
  });

  it('names the servers for the reader, the page’s own first as a WebSocket origin', () => {
    expect(allowedServers(connectSources(built) ?? [], page)).toEqual([
      { source: 'ws://127.0.0.1:4321', self: true },
      { source: 'ws://127.0.0.1:8787', self: false },
      { source: 'wss://signal.example.org', self: false },
    ]);
    expect(allowedServers(["'self'", "'unsafe-inline'"], new URL('https://site.example/'))).toEqual([
      { source: 'wss://site.example', self: true },
    ]);
  });
});

describe('a ?signal= server the policy refuses', () => {
  const pageUrl = `${page.href}?signal=${encodeURIComponent('ws://127.0.0.1:4419/signal')}`;

  it('is skipped with its reason, and the page falls back to the built-in server', () => {
    expect(
      resolveServerUrl({
        pageUrl,
        configured: 'wss://signal.example.org/signal',
        sameOriginPath: null,
        allows: policyAllows(built, page),
      }),
    ).toEqual({
      url: 'wss://signal.example.org/signal',
      rule: 'build',
      ignored: [{ rule: 'query', problem: 'refused-by-policy' }],
    });
  });

  it('is used when the page carries no policy (astro dev), as the browser would let it', () => {
    expect(resolveServerUrl({ pageUrl, sameOriginPath: null, allows: policyAllows(null, page) })).toMatchObject({
      url: 'ws://127.0.0.1:4419/signal',
      rule: 'query',
      ignored: [],
    });
  });

  it('is used when the policy lists it', () => {
    const listed = "connect-src 'self' ws://127.0.0.1:4419";
    expect(resolveServerUrl({ pageUrl, sameOriginPath: null, allows: policyAllows(listed, page) })).toMatchObject({
      rule: 'query',
    });
  });
});
