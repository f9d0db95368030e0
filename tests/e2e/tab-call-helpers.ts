import type { BrowserContext, Page } from '@playwright/test';
import { languages, type Dictionary } from '../../src/i18n';
import type { PhaseId } from '../../src/lib/calls/tab-call/ids';
import { expect } from './fixtures';

/** Chapter 8 in both languages. */
export const chapters = [
  { lang: 'en', path: '/steps/08-call/', dict: languages.en },
  { lang: 'ko', path: '/ko/steps/08-call/', dict: languages.ko },
] as const;

export const roomStatus = (page: Page) => page.locator('#roomStatus');

/** Opens the call's link in a new tab of the same context, as a reader's click does. */
export async function openSecondTab(context: BrowserContext, page: Page, dict: Dictionary): Promise<Page> {
  const [second] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: dict['tab.secondTab'] }).click(),
  ]);
  await second.waitForLoadState();
  return second;
}

/** Opens the chapter, then a second tab on the same room, and waits until both are in it. */
export async function twoTabs(context: BrowserContext, page: Page, path: string, dict: Dictionary, query = '') {
  await page.goto(`${path}${query}`);
  await expect(roomStatus(page)).toHaveAttribute('data-status', 'waiting');
  const second = await openSecondTab(context, page, dict);
  await expect(roomStatus(second)).toHaveAttribute('data-status', 'ready');
  await expect(roomStatus(page)).toHaveAttribute('data-status', 'ready');
  return second;
}

/** The step box of a phase. */
export const step = (page: Page, phase: PhaseId) => page.locator(`[data-step="${phase}"]`);

/** Runs one phase by hand once the tab's rules open it, and waits until the page says it ran. */
export async function runPhase(page: Page, dict: Dictionary, phase: PhaseId): Promise<void> {
  const button = page.getByRole('button', { name: dict[`tab.phase.${phase}`], exact: true });
  await expect(button).toHaveAttribute('aria-disabled', 'false');
  await button.click();
  await expect(step(page, phase)).toHaveAttribute('data-ran', 'done');
}

/** The state readout of this tab's peer. */
export const peerState = (page: Page, name: string) => page.locator(`[data-peer="local"] [data-state="${name}"]`);

/** Waits until a video element plays frames of a real picture. */
export async function expectPlaying(page: Page, selector: string): Promise<void> {
  await expect
    .poll(() =>
      page
        .locator(selector)
        .evaluate((video: HTMLVideoElement) => !video.paused && video.readyState >= 2 && video.videoWidth > 0),
    )
    .toBe(true);
}

/** Whether a video element shows a stream whose tracks are all still live. */
export function liveTracks(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .evaluate(
      (video: HTMLVideoElement) =>
        (video.srcObject as MediaStream | null)?.getTracks().filter((track) => track.readyState === 'live').length ?? 0,
    );
}

/** Presses Start with the test pattern (the default source) and waits for the local picture. */
export async function start(page: Page, dict: Dictionary): Promise<void> {
  await page.getByRole('button', { name: dict['tab.start'], exact: true }).click();
  await expectPlaying(page, '#localVideo');
}

/** Switches a tab to automatic mode. */
export async function automatic(page: Page, dict: Dictionary): Promise<void> {
  await page.getByRole('radio', { name: dict['tab.mode.automatic'] }).check();
}
