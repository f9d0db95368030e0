// Regenerates docs/screenshot.png: chapter 5 after a call through the quick path, in the light theme.
// Needs a built site served at $URL (default http://127.0.0.1:4321, what `npm start` serves).
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium-path.mjs';

const url = process.env.URL ?? 'http://127.0.0.1:4321';
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.goto(`${url}/steps/05-peer-connection/`);
  await page.locator('#startButton').click();
  await page.locator('#callButton').click();
  await page.locator('[data-peer="remote"] [data-state="connectionState"]', { hasText: 'connected' }).waitFor();
  await page.locator('#startButton').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
}
