import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Chapter 5 on a phone and on a laptop, in both languages: the call stays in sight and its words never contradict. */
const pages = [
  ['English', '/steps/05-peer-connection/'],
  ['Korean', '/ko/steps/05-peer-connection/'],
] as const;

const manualOrder = [
  'get-user-media',
  'create-peers',
  'add-tracks',
  'create-offer',
  'set-local-offer',
  'set-remote-offer',
  'create-answer',
  'set-local-answer',
  'set-remote-answer',
  'exchange-ice',
] as const;

async function runStep(page: Page, id: string) {
  const step = page.locator(`[data-step="${id}"]`);
  await expect(step.locator('[data-phase]')).toHaveAttribute('aria-disabled', 'false');
  await step.locator('[data-phase]').click();
  await expect(step).toHaveAttribute('data-ran', 'done');
  return step;
}

/** Elements whose text is wider than their box: state names, values, and every button of the call. */
function overflowing(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.states th, .states .value, call-stage button, call-step button, call-quick-path button',
      ),
    ]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim()}" ${el.scrollWidth}>${el.clientWidth}`),
  );
}

/** Visible controls that are disabled without saying why (no accessible description). */
async function silentDisabled(page: Page) {
  const controls = page.locator('[aria-disabled="true"]:visible, button:disabled:visible');
  const silent: string[] = [];
  for (const control of await controls.all()) {
    const description = await control.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ')
        .trim(),
    );
    if (!description) silent.push((await control.textContent())?.trim() ?? '?');
  }
  return silent;
}

for (const [language, path] of pages) {
  test.describe(`chapter 5 in ${language}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(path);
      await page.locator('input[name="call-source"][value="test-pattern"]').check();
    });

    test("on a 360 px phone the compact call panel keeps both peers' states in sight after every step", async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width: 360, height: 740 });
      for (const id of manualOrder) {
        const step = await runStep(page, id);
        // A step that did its work shows what it did, never why it could not run.
        await expect(step.locator('[data-reason]')).toHaveText('');
        for (const peer of ['local', 'remote'] as const) {
          for (const name of ['signalingState', 'connectionState']) {
            await expect(page.locator(`[data-peer="${peer}"] [data-state="${name}"]`)).toBeInViewport();
          }
        }
      }
      await expect(page.locator('[data-peer="local"] [data-state="connectionState"]')).toHaveText('connected');
      expect(await overflowing(page)).toEqual([]);
    });

    test('every disabled control says why, before, during and after a call, and nothing overflows at 1280 px', async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await silentDisabled(page)).toEqual([]);
      for (const id of manualOrder.slice(0, 5)) await runStep(page, id);
      expect(await silentDisabled(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.locator('#hangupButton').click();
      await expect(page.locator('[data-peer="local"] [data-state="signalingState"]')).toHaveText('closed');
      expect(await silentDisabled(page)).toEqual([]);
    });

    test('on a phone the reader can open the full panel and fold it back', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      const toggle = page.locator('[data-stage-toggle]');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.controls')).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('call-stage [data-reset]')).toBeVisible();
      await toggle.click();
      await expect(page.locator('call-stage [data-reset]')).toBeHidden();
    });

    test("the codelab's names are on window while a call exists, and gone after hang-up", async ({ page }) => {
      const names = () =>
        page.evaluate(() => ({
          local: window.localPeerConnection?.signalingState ?? null,
          remote: window.remotePeerConnection?.signalingState ?? null,
          tracks: window.localStream?.getTracks().length ?? null,
        }));
      expect(await names()).toEqual({ local: null, remote: null, tracks: null });
      await page.locator('#startButton').click();
      await page.locator('#callButton').click();
      await expect(page.locator('[data-peer="remote"] [data-state="connectionState"]')).toHaveText('connected');
      await expect.poll(names).toEqual({ local: 'stable', remote: 'stable', tracks: 1 });
      await page.locator('#hangupButton').click();
      await expect.poll(names).toEqual({ local: null, remote: null, tracks: null });
      await expect(page.locator('#four-states summary')).toBeVisible();
    });
  });
}
