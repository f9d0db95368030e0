import { launchOptions } from '../../scripts/chromium-path.mjs';
import { expect, test } from './fixtures';
import { expectNoFailure, expectVideoPlays, shownTracks, webcamChapter, webcamLab } from './webcam-helpers';

// The browser's permission prompt answers "Block", as a reader who says no would.
test.use({ launchOptions: launchOptions(['--use-fake-ui-for-media-stream=deny']), permissions: [] });

test('a reader who says no is told how to allow the camera, and ends with the test pattern playing', async ({
  page,
}) => {
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.start.click();
  await expect(lab.alert).toContainText('The camera did not start. Access to the camera was refused.');
  await expect(lab.alert).toContainText('Allow the camera for this site');
  await expect(lab.alert).toContainText('NotAllowedError: Permission denied');
  await expect(lab.lab.getByText('Camera names appear once you have allowed camera access.')).toBeVisible();

  // Trying again without changing the setting gives the same answer, and the page stays usable.
  await lab.retry.click();
  await expect(lab.status).toHaveText(/The camera did not start/);
  await expect(lab.alert).toContainText('Access to the camera was refused.');

  await lab.fallback.click();
  await expectVideoPlays(page);
  await expectNoFailure(page);
  await expect(lab.status).toHaveText('Test pattern playing: 640 × 480 at 30 frames per second.');
  expect((await shownTracks(page))?.map((t) => t.kind)).toEqual(['video']);
});
