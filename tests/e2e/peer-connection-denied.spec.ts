import { launchOptions } from '../../scripts/chromium-path.mjs';
import { expect, test } from './fixtures';

// The browser answers every camera request with "Block".
test.use({ launchOptions: launchOptions(['--use-fake-ui-for-media-stream=deny']), permissions: [] });

test('a reader who says no to the camera can retry with the test pattern without reloading', async ({ page }) => {
  await page.goto('/steps/05-peer-connection/');
  await page.locator('[data-phase="get-user-media"]').click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('NotAllowedError');
  await expect(page.locator('[data-phase="create-peers"]')).toHaveAttribute('aria-disabled', 'true');
  await alert.getByRole('button', { name: 'Use the test pattern instead' }).click();
  await expect(page.locator('[data-phase="create-peers"]')).toHaveAttribute('aria-disabled', 'false');
  await page.locator('#callButton').click();
  await expect(page.locator('[data-peer="remote"] [data-state="connectionState"]')).toHaveText('connected');
});
