// @ts-check
// Drives a page with the codelab's quick path (#startButton, #callButton, #hangupButton, #localVideo, #remoteVideo)
// and reads the timing contract: performance marks that ours and the baseline both record.

/** @typedef {import('@playwright/test').Page} Page */

/** The marks, in the order a call records them. */
export const markNames = ['webrtc:call', 'webrtc:create-offer', 'webrtc:connected', 'webrtc:first-frame'];

/** Clicks Start and waits until the local video shows frames. */
export async function start(/** @type {Page} */ page, timeout = 15_000) {
  await page.click('#startButton', { timeout });
  await page.waitForFunction(
    () => {
      const video = document.querySelector('#localVideo');
      return video instanceof HTMLVideoElement && video.readyState >= 2 && video.videoWidth > 0;
    },
    null,
    { timeout, polling: 50 },
  );
}

/** Whether Start captured a microphone too (so the baseline can capture the same media). */
export function capturesAudio(/** @type {Page} */ page) {
  return page.evaluate(() => {
    const video = document.querySelector('#localVideo');
    const stream = video instanceof HTMLVideoElement ? video.srcObject : null;
    return stream instanceof MediaStream && stream.getAudioTracks().length > 0;
  });
}

/**
 * Clicks Call and waits until the remote video shows frames and every mark has been recorded after the click (or, when
 * some never come, 3 s after the first remote frame).
 * @returns {Promise<string[]>} the marks this call did not record (empty: all there)
 */
export async function call(/** @type {Page} */ page, timeout = 15_000) {
  // Marks made after this instant belong to this call, whether or not the page clears older ones.
  const since = await page.evaluate(() => performance.now());
  await page.click('#callButton', { timeout });
  const missing = await page.evaluate(
    ([names, since, timeout]) =>
      new Promise((resolve) => {
        let playingSince = NaN;
        const timer = setInterval(() => {
          const video = document.querySelector('#remoteVideo');
          const playing = video instanceof HTMLVideoElement && video.readyState >= 2 && video.videoWidth > 0;
          const now = performance.now();
          if (playing && Number.isNaN(playingSince)) playingSince = now;
          const missing = names.filter((n) => !performance.getEntriesByName(n).some((e) => e.startTime >= since));
          if ((playing && (missing.length === 0 || now - playingSince > 3_000)) || now - since > timeout) {
            clearInterval(timer);
            resolve(playing ? missing : null);
          }
        }, 10);
      }),
    /** @type {[string[], number, number]} */ ([markNames, since, timeout]),
  );
  if (missing === null) throw new Error(`the remote video showed no frame within ${timeout / 1000} s of Call`);
  return /** @type {string[]} */ (missing);
}

/** Clicks Hang Up and waits until Start can be clicked again (`disabled` or `aria-disabled` gone). */
export async function hangUp(/** @type {Page} */ page, timeout = 15_000) {
  await page.click('#hangupButton', { timeout });
  await page.waitForFunction(
    () => {
      const button = document.querySelector('#startButton');
      return button instanceof HTMLButtonElement && !button.disabled && button.ariaDisabled !== 'true';
    },
    null,
    { timeout, polling: 20 },
  );
}
/**
 * The latest call's durations from the marks (ms): createOffer to both connected, and Call to first remote frame.
 * @returns {Promise<{ offerToConnected: number, callToFrame: number }>}
 */
export function readDurations(/** @type {Page} */ page) {
  return page.evaluate((names) => {
    const at = (/** @type {string | undefined} */ name) =>
      performance.getEntriesByName(name ?? '').at(-1)?.startTime ?? NaN;
    const [call, offer, connected, frame] = [at(names[0]), at(names[1]), at(names[2]), at(names[3])];
    return { offerToConnected: connected - offer, callToFrame: frame - call };
  }, markNames);
}
