import { describe, expect, it } from 'vitest';
import { defaultServerUrl, resolveServerUrl } from '../../../src/lib/signaling/server-url.ts';

const page = 'http://127.0.0.1:4321/steps/07-signaling/';

describe('which signaling server a page uses', () => {
  it.each([
    [
      'a ?signal= parameter wins',
      {
        pageUrl: `${page}?signal=wss://signal.example.org/signal`,
        configured: 'wss://built.example/signal',
        sameOriginPath: '/signal',
      },
      'wss://signal.example.org/signal',
      'query',
    ],
    [
      'then the build-time URL',
      { pageUrl: page, configured: 'wss://built.example/signal', sameOriginPath: '/signal' },
      'wss://built.example/signal',
      'build',
    ],
    [
      'then /signal on the page origin (http -> ws)',
      { pageUrl: page, sameOriginPath: '/signal' },
      'ws://127.0.0.1:4321/signal',
      'same-origin',
    ],
    [
      'then /signal on the page origin (https -> wss)',
      { pageUrl: 'https://lan.test:8443/steps/?room=x#y', sameOriginPath: '/signal' },
      'wss://lan.test:8443/signal',
      'same-origin',
    ],
    ['then the local default', { pageUrl: page, sameOriginPath: null }, defaultServerUrl, 'default'],
    [
      'an empty parameter counts as none',
      { pageUrl: `${page}?signal=`, sameOriginPath: null },
      defaultServerUrl,
      'default',
    ],
    [
      'a page with no usable address gets the default',
      { pageUrl: 'not a url', sameOriginPath: '/signal' },
      defaultServerUrl,
      'default',
    ],
    [
      'a file: page gets the default',
      { pageUrl: 'file:///tmp/index.html', sameOriginPath: '/signal' },
      defaultServerUrl,
      'default',
    ],
    [
      'a meta path to another host is ignored',
      { pageUrl: page, sameOriginPath: '//evil.example/signal' },
      defaultServerUrl,
      'default',
    ],
  ])('%s', (_name, input, url, rule) => {
    expect(resolveServerUrl(input)).toMatchObject({ url, rule });
  });

  it.each([
    ['http: is not a WebSocket URL', 'http://example.org/signal', 'not-websocket'],
    ['javascript: is not a WebSocket URL', 'javascript:alert(1)', 'not-websocket'],
    ['text is not a URL', 'signal server', 'not-a-url'],
    ['credentials are refused', 'wss://user:pass@example.org/signal', 'has-credentials'],
    ['a very long URL is refused', `wss://example.org/${'a'.repeat(2100)}`, 'too-long'],
  ])('skips a bad ?signal=: %s', (_name, value, problem) => {
    const choice = resolveServerUrl({ pageUrl: `${page}?signal=${encodeURIComponent(value)}`, sameOriginPath: null });
    expect(choice).toMatchObject({ rule: 'default', ignored: [{ rule: 'query', problem }] });
  });

  it('refuses ws: from an https: page, except to the loopback address', () => {
    const secure = 'https://site.example/steps/';
    expect(resolveServerUrl({ pageUrl: `${secure}?signal=ws://lan.test/signal`, sameOriginPath: null })).toMatchObject({
      rule: 'default',
      ignored: [{ rule: 'query', problem: 'insecure-from-secure-page' }],
    });
    expect(
      resolveServerUrl({ pageUrl: `${secure}?signal=ws://127.0.0.1:8787/signal`, sameOriginPath: null }),
    ).toMatchObject({
      rule: 'query',
    });
  });

  it('reports a bad build-time URL and falls through to the next rule', () => {
    expect(resolveServerUrl({ pageUrl: page, configured: 'ftp://x', sameOriginPath: '/signal' })).toEqual({
      url: 'ws://127.0.0.1:4321/signal',
      rule: 'same-origin',
      ignored: [{ rule: 'build', problem: 'not-websocket' }],
    });
  });

  it('drops a fragment from the chosen URL', () => {
    expect(
      resolveServerUrl({ pageUrl: `${page}?signal=${encodeURIComponent('wss://a.example/s#x')}`, sameOriginPath: null })
        .url,
    ).toBe('wss://a.example/s');
  });
});
