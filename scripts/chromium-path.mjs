// Finds the Chromium binary the browser tests and benchmarks drive. Shared by playwright.config.ts and bench/.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @returns {{ path: string | undefined, source: string } | undefined} undefined path = Playwright's own build */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return { path: candidate, source: 'system package' };
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: `Playwright's download at ${own}` };
  } catch {
    // Playwright throws when it has no browser of its own.
  }
  return undefined;
}

/** Switches every test run uses: no network chatter, fake camera and microphone, no permission prompt. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/**
 * Launch options for Playwright: the Chromium found above (when it is not Playwright's own) and the standard switches.
 * @param {string[]} extraArgs switches a test adds, e.g. '--use-fake-device-for-media-stream=device-count=0'
 * @returns {{ executablePath?: string, args: string[] }}
 */
export function launchOptions(extraArgs = []) {
  const path = chromiumPath()?.path;
  const args = [...chromiumArgs.filter((a) => !extraArgs.some((e) => e.split('=')[0] === a)), ...extraArgs];
  return path ? { executablePath: path, args } : { args };
}
