import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import {
  expectNoFailure,
  expectVideoPlays,
  gumRecord,
  shownTracks,
  stubGetUserMedia,
  webcamChapter,
  webcamLab,
  type GumRecord,
} from './webcam-helpers';

test('a reader with a camera starts it and sees the picture move, with the stream described', async ({ page }) => {
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await expect(lab.status).toHaveText(/Nothing is playing yet/);
  await lab.start.click();
  await expectVideoPlays(page);
  await expect(lab.status).toHaveText('Camera on: 640 × 480 at 20 frames per second.');
  expect(await shownTracks(page)).toEqual([{ kind: 'video', label: 'fake_device_0', readyState: 'live' }]);
  await expect(lab.inspector).toContainText('fake_device_0');
  await expect(lab.inspector.getByText('live', { exact: true })).toBeVisible();
  await expect(lab.lab.getByText('The browser delivers 640 × 480 at 20 frames per second.')).toBeVisible();
  await expectNoFailure(page);
  // Once access is granted the picker can name the camera.
  await expect(
    lab.lab.getByLabel('Camera', { exact: true }).getByRole('option', { name: 'fake_device_0' }),
  ).toBeAttached();
});

test('stop leaves no live track and frees the video element', async ({ page }) => {
  await stubGetUserMedia(page);
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.start.click();
  await expectVideoPlays(page);
  await lab.stop.click();
  await expect(lab.status).toHaveText(/Stopped. Every track has ended/);
  expect(await shownTracks(page)).toBeNull();
  expect((await gumRecord(page)).streams).toEqual([['ended']]);
  await expect(lab.inspector.getByText('ended', { exact: true })).toBeVisible();
  await expect(lab.inspector).toContainText('The last stream, after it was stopped');
  await expect(lab.stop).toBeDisabled();
  // The Stop button is disabled now, so keyboard focus goes back to Start camera rather than nowhere.
  await expect(lab.start).toBeFocused();
});

test('a double click on Start camera makes one request and opens one stream', async ({ page }) => {
  // The request waits until the test answers it, so every click below lands while it runs, however slow the machine.
  await stubGetUserMedia(page, { hold: true });
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.start.dblclick();
  // The button says it is unavailable (aria-disabled) while the request runs; click it anyway.
  await lab.start.click({ force: true });
  // The page says it is asking; after a second it adds that the browser is probably showing a prompt.
  await expect(lab.status).toHaveText(/Asking the browser for the camera|Waiting for permission/);
  await page.evaluate(() => (window as unknown as { __gum: GumRecord }).__gum.release.splice(0).forEach((go) => go()));
  await expectVideoPlays(page);
  // Once the camera is on, Start camera has nothing more to do.
  await lab.start.click();
  expect(await gumRecord(page)).toEqual({ calls: 1, held: 0, streams: [['live']] });
});

test('a reader who ignores the permission prompt sees the page waiting, cancels and carries on', async ({ page }) => {
  await stubGetUserMedia(page, { hold: true });
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.start.click();
  await expect(lab.status).toHaveText(/Waiting for permission/);
  await expect(lab.cancel).toBeVisible();
  await lab.cancel.click();
  await expect(lab.status).toHaveText(/Request cancelled/);
  await expect(lab.cancel).toBeHidden();
  await expect(lab.start).toBeFocused();

  await lab.testPattern.click();
  await expectVideoPlays(page);
  // The prompt is finally answered: that stream is stopped at once and never replaces the picture.
  await page.evaluate(() => (window as unknown as { __gum: GumRecord }).__gum.release.forEach((go) => go()));
  await expect.poll(async () => (await gumRecord(page)).streams).toEqual([['ended']]);
  expect(await shownTracks(page)).toEqual([{ kind: 'video', label: expect.any(String), readyState: 'live' }]);
  await expect(lab.status).toHaveText(/Test pattern playing/);
});

test('a busy camera is explained, and Try again works once it is free', async ({ page }) => {
  await stubGetUserMedia(page, { failFirst: { name: 'NotReadableError', message: 'Could not start video source' } });
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.start.click();
  await expect(lab.alert).toContainText('The camera did not start. The camera is busy.');
  await expect(lab.alert).toContainText('another app or tab is using it');
  await expect(lab.alert).toContainText('NotReadableError: Could not start video source');
  await lab.retry.click();
  await expectVideoPlays(page);
  await expectNoFailure(page);
  expect((await gumRecord(page)).calls).toBe(2);
});

test('an impossible exact resolution names the constraint, and loosening it recovers', async ({ page }) => {
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.lab.getByLabel('Resolution').selectOption({ label: '7680 × 4320' });
  await lab.lab.getByLabel('Require it exactly').check();
  await expect(lab.lab.locator('[data-asked]')).toContainText('"exact": 7680');
  await lab.start.click();
  await expect(lab.alert).toContainText('No camera can do what was asked.');
  await expect(lab.alert).toContainText('“width”');
  await expect(lab.alert).toContainText('OverconstrainedError');
  expect(await shownTracks(page)).toBeNull();

  await lab.lab.getByLabel('Require it exactly').uncheck();
  await lab.retry.click();
  await expectVideoPlays(page);
  await expect(lab.lab.getByText(/Asked for 7680 × 4320 as an ideal, the camera delivers 3840 × 2160/)).toBeVisible();
});

test('resolution presets show what the browser delivered, and a live camera follows a new choice', async ({ page }) => {
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.lab.getByLabel('Camera', { exact: true }).selectOption({ label: 'fake_device_0' });
  await lab.lab.getByLabel('Resolution').selectOption({ label: '320 × 240' });
  await lab.start.click();
  await expect(lab.status).toHaveText('Camera on: 320 × 240 at 20 frames per second.');
  await expect(lab.lab.locator('[data-asked]')).toContainText('"deviceId"');
  await lab.lab.getByLabel('Resolution').selectOption({ label: '1280 × 720' });
  await expect(lab.status).toHaveText('Camera on: 1280 × 720 at 20 frames per second.');
  await expectVideoPlays(page);
  expect(await lab.video.evaluate((v: HTMLVideoElement) => [v.videoWidth, v.videoHeight])).toEqual([1280, 720]);
});

test('mirroring and CSS filters change only the preview', async ({ page }) => {
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.start.click();
  await expectVideoPlays(page);
  await lab.lab.getByLabel('Mirror the preview').check();
  await lab.lab.getByLabel('CSS filter').selectOption({ label: 'Grayscale' });
  const style = () => lab.video.evaluate((v) => [getComputedStyle(v).transform, getComputedStyle(v).filter]);
  expect(await style()).toEqual(['matrix(-1, 0, 0, 1, 0, 0)', 'grayscale(1)']);
  // Still the same single track: nothing was asked of the camera again.
  expect(await shownTracks(page)).toEqual([{ kind: 'video', label: 'fake_device_0', readyState: 'live' }]);
  await lab.lab.getByLabel('Mirror the preview').uncheck();
  await lab.lab.getByLabel('CSS filter').selectOption({ label: 'None' });
  expect(await style()).toEqual(['none', 'none']);
});

test('the test pattern can carry a tone as a second track', async ({ page }) => {
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.lab.getByLabel('Add a tone').check();
  await lab.testPattern.click();
  await expectVideoPlays(page);
  expect((await shownTracks(page))?.map((t) => `${t.kind} ${t.readyState}`).sort()).toEqual([
    'audio live',
    'video live',
  ]);
  await expect(lab.inspector.getByText('Track 2')).toBeVisible();
  await lab.stop.click();
  await expect(lab.inspector.getByText('ended', { exact: true })).toHaveCount(2);
});

test('the lab works from the keyboard alone', async ({ page }) => {
  await page.goto(webcamChapter);
  const lab = webcamLab(page);
  await lab.start.focus();
  await page.keyboard.press('Enter');
  await expectVideoPlays(page);
  await page.keyboard.press('Tab');
  await expect(lab.testPattern).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(lab.stop).toBeFocused();
  await page.keyboard.press('Space');
  await expect(lab.status).toHaveText(/Stopped/);
  await expect(lab.start).toBeFocused();
});

test('the chapter shows the code the Start button runs', async ({ page }) => {
  await page.goto(webcamChapter);
  const code = page.locator('figure[data-source-name="getLocalStream"]');
  await expect(code).toContainText('export async function getLocalStream(');
  await expect(code).toContainText('mediaDevices.getUserMedia(constraints)');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a failure and a live camera have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await stubGetUserMedia(page, { failFirst: { name: 'NotReadableError', message: 'Could not start video source' } });
    await page.emulateMedia({ colorScheme });
    await page.goto(webcamChapter);
    const lab = webcamLab(page);
    const serious = async () =>
      (await new AxeBuilder({ page }).include('webcam-lab').analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await lab.start.click();
    await expect(lab.alert).toContainText('The camera is busy.');
    expect(await serious()).toEqual([]);
    await lab.retry.click();
    await expectVideoPlays(page);
    expect(await serious()).toEqual([]);
  });
}
