import { launchOptions } from '../../scripts/chromium-path.mjs';
import { expect, test } from './fixtures';
import { expectNoFailure, expectVideoPlays, shownTracks, webcamChapter, webcamLab } from './webcam-helpers';

// A machine with a microphone but no camera at all.
test.use({ launchOptions: launchOptions(['--use-fake-device-for-media-stream=device-count=0']) });

test('a reader without a camera is told none was found and switches to the test pattern', async ({ page }) => {
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await expect(lab.lab.getByText('The browser reports no camera.')).toBeVisible();
  await lab.start.click();
  await expect(lab.alert).toContainText('The camera did not start. No camera was found.');
  await expect(lab.alert).toContainText('NotFoundError');
  expect(await shownTracks(page)).toBeNull();
  await lab.fallback.click();
  await expectVideoPlays(page);
  await expectNoFailure(page);
});

test('the test pattern plays without any camera, chosen up front', async ({ page }) => {
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.testPattern.click();
  await expectVideoPlays(page);
  await expect(lab.status).toHaveText('Test pattern playing: 640 × 480 at 30 frames per second.');
  expect(await lab.video.evaluate((v: HTMLVideoElement) => [v.videoWidth, v.videoHeight])).toEqual([640, 480]);
  await lab.stop.click();
  expect(await shownTracks(page)).toBeNull();
  await expect(lab.inspector.getByText('ended', { exact: true })).toBeVisible();
});
