import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { signalUrl } from '../../playwright.config';
import { builtPages, rootOutDir } from './built-pages';
import { expect, test } from './fixtures';

const port = Number(process.env['E2E_PORT'] ?? 4330);
const origin = `http://127.0.0.1:${port}`;
const pages = [
  ...builtPages(rootOutDir),
  ...['404.html', 'ko/404.html'].filter((f) => existsSync(`${rootOutDir}/${f}`)).map((f) => `/${f}`),
];

/**
 * Records every CSP violation of every page of the context (a chapter may open a second tab) and every request that
 * leaves the site's origin, from the first byte of each page. WebSockets are not requests: the test signaling server
 * the lab reaches is allowed by `connect-src`, and the walk checks that no violation says otherwise.
 */
async function watchPolicy(context: BrowserContext) {
  const offOrigin: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin !== origin) offOrigin.push(request.url());
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return { offOrigin, violations };
}

/** The main thing a reader does on a chapter, where the chapter has one. */
const interactions: Readonly<Record<string, (page: Page) => Promise<void>>> = {
  'steps/04-webcam/': async (page) => {
    await page.locator('webcam-lab [data-action="use-test-pattern"]').click();
    await expect.poll(() => page.locator('webcam-lab video').evaluate((v: HTMLVideoElement) => v.videoWidth)).toBe(640);
  },
  'steps/05-peer-connection/': async (page) => {
    await page.locator('#startButton').click();
    await expect(page.locator('#callButton')).toHaveAttribute('aria-disabled', 'false');
    await page.locator('#callButton').click();
    await expect(page.locator('[data-peer="remote"] [data-state="connectionState"]')).toHaveText('connected');
    // The inspectors draw their tables, charts and diagram once on screen.
    for (const kind of ['sdp', 'candidates', 'stats', 'sequence']) {
      await page.locator(`[data-inspector="${kind}"]`).scrollIntoViewIfNeeded();
    }
    await expect(page.locator('[data-inspector="stats"] [data-chart="fps"] svg polyline')).toHaveCount(1, {
      timeout: 15_000,
    });
    await expect(page.locator('[data-inspector="sequence"] svg')).toBeVisible();
    await page.locator('#hangupButton').click();
  },
  'steps/06-data-channel/': async (page) => {
    await page.locator('#startButton').click();
    await expect(page.locator('#sendButton')).toBeEnabled();
    await page.locator('#dataChannelSend').fill('hello');
    await page.locator('#sendButton').click();
    await expect(page.locator('#dataChannelReceive li')).toHaveText(['hello']);
    await page.locator('[data-inspector="sdp"]').scrollIntoViewIfNeeded();
    await page.locator('#closeButton').click();
  },
  'steps/07-signaling/': async (page) => {
    // Two tabs in one room on the signaling server the site was built for; an offer crosses from one to the other.
    await page.getByRole('radio', { name: /WebSocket/ }).check();
    await page.locator('#joinButton').click();
    const [second] = await Promise.all([
      page.context().waitForEvent('page'),
      page.locator('[data-second-tab]').click(),
    ]);
    await second.locator('#joinButton').click();
    await expect(page.locator('#roomStatus')).toHaveAttribute('data-status', 'ready');
    await page.locator('[data-send="offer"]').click();
    await expect(second.locator('#signalingLog > li[data-direction="in"][data-type="description"]')).toHaveCount(1);
    expect(await watched.violations(second), 'the second tab: CSP violations').toEqual([]);
    await second.close();
    await page.locator('#leaveButton').click();
  },
  'steps/08-call/': async (page) => {
    // Two tabs in one room on the signaling server, automatic mode: a real call with video both ways.
    await page.goto(`${page.url()}?transport=websocket`);
    await expect(page.locator('#roomStatus')).toHaveAttribute('data-status', 'waiting');
    const [second] = await Promise.all([
      page.context().waitForEvent('page'),
      page.locator('[data-second-tab]').click(),
    ]);
    await expect(second.locator('#roomStatus')).toHaveAttribute('data-status', 'ready');
    await expect(page.locator('#roomStatus')).toHaveAttribute('data-status', 'ready');
    for (const tab of [page, second]) {
      await tab.locator('input[name="mode"][value="automatic"]').check();
      await tab.locator('#startButton').click();
    }
    await expect(second.locator('#callButton')).toBeEnabled();
    await second.locator('#callButton').click();
    for (const tab of [page, second]) {
      await expect(tab.locator('[data-peer="local"] [data-state="connectionState"]')).toHaveText('connected');
    }
    expect(await watched.violations(second), 'the second tab: CSP violations').toEqual([]);
    await page.locator('#hangupButton').click();
    await second.close();
  },
  'steps/09-photo/': async (page) => {
    // A photo shown from a blob: URL, and a file offered for download as one.
    await page.locator('#startButton').click();
    await expect(page.locator('photo-booth')).toHaveAttribute('data-state', 'connected');
    await page.locator('#snapAndSend').click();
    await expect(page.locator('#trail img')).toHaveCount(1);
    await page.locator('[name="mib"]').selectOption('1');
    await page.locator('#sendGenerated').click();
    await expect(page.locator('a#download')).toBeVisible();
    await Promise.all([page.waitForEvent('download'), page.locator('a#download').click()]);
  },
};

let watched: Awaited<ReturnType<typeof watchPolicy>>;

// One walk per language, so the two halves can run side by side.
for (const lang of ['en', 'ko'] as const) {
  const walked = pages.filter((path) => (lang === 'ko') === path.startsWith('/ko/'));
  test(`every ${lang} page runs under its policy with no violation and no request off the site`, async ({
    page,
    context,
  }) => {
    test.setTimeout(360_000);
    expect(walked.length).toBeGreaterThan(10);
    watched = await watchPolicy(context);
    const { offOrigin, violations } = watched;
    // The theme script in the head is inline: it must run (it is hashed), not be blocked.
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    for (const path of walked) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('html'), `${path}: the inline theme script ran`).toHaveAttribute('data-theme', 'dark');
      const chapter = Object.keys(interactions).find((key) => path.endsWith(key));
      if (chapter) await interactions[chapter]?.(page);
      // Search loads Pagefind's WebAssembly and the index of the page's language.
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog').getByRole('searchbox').fill('RTCPeerConnection');
      // Generous: a cold Pagefind load on a loaded two-core machine.
      await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible({ timeout: 20_000 });
      await page.keyboard.press('Escape');
      expect(await violations(page), `${path}: CSP violations`).toEqual([]);
    }
    expect(offOrigin, 'requests off the site').toEqual([]);
  });
}

test('the policy of every page forbids inline and eval scripts and names exactly what may connect', async ({
  page,
}) => {
  for (const path of pages) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toBeTruthy();
    const directives = new Map(
      (policy ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name, values]),
    );
    const scriptSrc = directives.get('script-src') ?? [];
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).length, `${path}: hashed scripts`).toBeGreaterThan(0);
    expect(directives.get('style-src'), path).not.toContain("'unsafe-inline'");
    expect(directives.get('style-src-attr') ?? [], path).not.toContain("'unsafe-inline'");
    expect(directives.get('default-src'), path).toEqual(["'self'"]);
    // The site itself, `npm run signal`'s default address and the server the build was configured for (the test one).
    expect(directives.get('connect-src'), path).toEqual(["'self'", 'ws://127.0.0.1:8787', new URL(signalUrl).origin]);
    expect(directives.get('img-src'), path).toEqual(["'self'", 'blob:', 'data:']);
    expect(directives.get('media-src'), path).toEqual(["'self'", 'blob:', 'mediastream:']);
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
  }
});

test.describe('an injected script', () => {
  // The refusal below is the point of this test; the browser reports it on the console.
  test.use({ allowedConsoleErrors: [/violates the following Content Security Policy directive 'script-src/] });

  test('is refused by the policy', async ({ page, context }) => {
    const { violations } = await watchPolicy(context);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
  });
});
