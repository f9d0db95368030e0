// @ts-check
// Headless Chromium for the bench: the project's Chromium and switches, fake camera and microphone allowed.
import { chromium } from '@playwright/test';
import { chromiumPath, launchOptions } from '../../scripts/chromium-path.mjs';

/** Launches the Chromium that the browser tests use. */
export function launchBrowser() {
  if (!chromiumPath()) throw new Error('no Chromium found: run `node scripts/ensure-chromium.mjs` (it says how)');
  return chromium.launch({ ...launchOptions(), headless: true });
}

/** A fresh context where the fake camera and microphone need no prompt. */
export function newContext(/** @type {import('@playwright/test').Browser} */ browser) {
  return browser.newContext({ permissions: ['camera', 'microphone'] });
}

/** The executable for tools that launch Chromium themselves (Lighthouse): the system one, else Playwright's. */
export function chromiumExecutable() {
  return chromiumPath()?.path ?? chromium.executablePath();
}
