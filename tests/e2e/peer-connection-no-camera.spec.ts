import { launchOptions } from '../../scripts/chromium-path.mjs';
import { installCallProbe, readProbe } from './call-probe';
import { expect, test } from './fixtures';

// A machine with a microphone but no camera at all.
test.use({ launchOptions: launchOptions(['--use-fake-device-for-media-stream=device-count=0']) });

test('a reader without a camera is told why and finishes the call with the test pattern', async ({ page }) => {
  await installCallProbe(page);
  await page.goto('/steps/05-peer-connection/');
  await page.locator('#startButton').click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('NotFoundError');
  await expect(page.locator('[data-step="get-user-media"] [data-result]')).toContainText('rejected');
  await alert.getByRole('button', { name: 'Use the test pattern instead' }).click();
  await expect(page.locator('[data-failure]')).toBeEmpty();
  await expect(page.locator('#callButton')).toHaveAttribute('aria-disabled', 'false');
  await expect
    .poll(() => page.evaluate(() => document.querySelector<HTMLVideoElement>('#localVideo')?.currentTime ?? 0))
    .toBeGreaterThan(0);
  await page.locator('#callButton').click();
  for (const peer of ['local', 'remote']) {
    await expect(page.locator(`[data-peer="${peer}"] [data-state="connectionState"]`)).toHaveText('connected');
  }
  await page.locator('#hangupButton').click();
  expect(await readProbe(page)).toMatchObject({ alivePeers: 0, liveTracks: 0 });
});
