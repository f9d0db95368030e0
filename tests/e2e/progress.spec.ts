import type { BrowserContext, Page } from '@playwright/test';
import { languages, type Dictionary } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { phaseIds } from '../../src/lib/calls/video-loopback/ids';
import { expect, test } from './fixtures';

const key = 'webrtc-tutorial:progress:v1';
const webcam = '/steps/04-webcam/';
const call = '/steps/05-peer-connection/';

type Slug = '01-introduction' | '04-webcam' | '05-peer-connection' | '06-data-channel' | '07-signaling';

/** A chapter's entry in the sidebar (of the page's language), whose accessible name ends with its status. */
const sidebarEntry = (page: Page, slug: Slug, dict: Dictionary = en) =>
  page
    .getByRole('navigation', { name: dict['nav.chapters'] })
    .getByRole('link', { name: new RegExp(dict[`chapter.${slug}`]) });

/** The status word of a chapter's sidebar entry, exactly ("not started" must never pass for "started"). */
const status = (page: Page, slug: Slug, dict: Dictionary = en) =>
  sidebarEntry(page, slug, dict).locator('[data-progress-mark]');

async function startTestPattern(page: Page) {
  await page.goto(webcam);
  await page.getByRole('button', { name: en['media.action.testPattern'] }).click();
}

async function openSelfCheck(page: Page) {
  const questions = page.locator('[data-pagefind-body] > details > summary');
  for (const summary of await questions.all()) await summary.click();
}

/** Chapter 5's steps in order, up to the connected call (hang-up left out). */
const manualOrder = phaseIds.filter((id) => id !== 'hang-up');

async function runStep(page: Page, id: string) {
  const button = page.locator(`[data-phase="${id}"]`);
  await expect(button).toHaveAttribute('aria-disabled', 'false');
  await button.click();
  await expect(page.locator(`[data-step="${id}"] [data-result]`)).toContainText('finished');
}

test('a live test pattern starts chapter 4, the self-check finishes it, and both survive a reload', async ({
  page,
}) => {
  await page.goto(webcam);
  await expect(status(page, '04-webcam')).toHaveText('not started');
  await startTestPattern(page);
  await expect(status(page, '04-webcam')).toHaveText('started');
  // A mark sits on its own line under the title: no title is squeezed, broken mid-word or cut.
  for (const link of await page.getByRole('navigation', { name: en['nav.chapters'] }).getByRole('link').all()) {
    expect(await link.evaluate((a) => a.scrollWidth - a.clientWidth)).toBeLessThanOrEqual(0);
  }
  await await page.reload();
  await expect(status(page, '04-webcam')).toHaveText('started');
  await openSelfCheck(page);
  await expect(status(page, '04-webcam')).toHaveText('done');
  await page.goto('/');
  const panel = page.locator('progress-panel');
  await expect(panel.locator('[data-progress-chapter="04-webcam"]').locator('[data-progress-mark]')).toHaveText('done');
  await expect(panel.locator('[data-progress-chapter="04-webcam"]')).toContainText('2 of 2 milestones');
  await expect(
    panel.locator('[data-progress-chapter="05-peer-connection"]').locator('[data-progress-mark]'),
  ).toHaveText('not started');
});

test('the quick path alone does not count; a call connected with the step buttons does', async ({ page }) => {
  await page.goto(call);
  await page.locator('#startButton').click();
  await expect(page.locator('#callButton')).toHaveAttribute('aria-disabled', 'false');
  await page.locator('#callButton').click();
  await expect(page.locator('[data-peer="remote"] [data-state="connectionState"]')).toHaveText('connected');
  await expect(status(page, '05-peer-connection')).toHaveText('not started');
  await page.locator('#hangupButton').click();

  await page.reload();
  for (const id of manualOrder) await runStep(page, id);
  await expect(page.locator('[data-peer="remote"] [data-state="connectionState"]')).toHaveText('connected');
  await expect(status(page, '05-peer-connection')).toHaveText('started');
  const stored = await page.evaluate((k) => localStorage.getItem(k), key);
  expect(JSON.parse(stored ?? '{}').milestones).toHaveProperty(['05-peer-connection/manual-call']);
});

test('a Korean reader sends a message across chapter 6’s channel and the chapter is done, in Korean', async ({
  page,
}) => {
  const ko = languages.ko;
  await page.goto('/ko/steps/06-data-channel/');
  await expect(status(page, '06-data-channel', ko)).toHaveText(ko['progress.status.not-started']);
  await page.locator('#startButton').click();
  await expect(page.locator('#sendButton')).toBeEnabled();
  await page.locator('#dataChannelSend').fill('안녕');
  await page.locator('#sendButton').click();
  await expect(page.locator('#dataChannelReceive li')).toHaveText(['안녕']);
  await expect(status(page, '06-data-channel', ko)).toHaveText(ko['progress.status.done']);
  await page.goto('/ko/');
  await expect(
    page.locator('progress-panel [data-progress-chapter="06-data-channel"]').locator('[data-progress-mark]'),
  ).toHaveText(ko['progress.status.done']);
});

test('a message that crosses chapter 7’s transport starts the chapter in the tab that receives it', async ({
  page,
  context,
}) => {
  const signaling = '/steps/07-signaling/';
  await page.goto(signaling);
  await page.locator('#joinButton').click();
  const [second] = await Promise.all([context.waitForEvent('page'), page.locator('[data-second-tab]').click()]);
  await second.locator('#joinButton').click();
  await expect(page.locator('#roomStatus')).toHaveAttribute('data-status', 'ready');
  await expect(status(page, '07-signaling')).toHaveText('not started');
  await second.locator('[data-send="offer"]').click();
  await expect(page.locator('#signalingLog > li[data-direction="in"][data-type="description"]')).toHaveCount(1);
  await expect(status(page, '07-signaling')).toHaveText('started');
  await openSelfCheck(page);
  await expect(status(page, '07-signaling')).toHaveText('done');
  await second.close();
});

test('a fresh reader’s pages load no progress code; the store arrives with the first milestone', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/steps/01-introduction/');
  await page.waitForLoadState('networkidle');
  await expect(status(page, '01-introduction')).toHaveText('not started');
  expect(scripts.filter((url) => /ProgressModule|page-progress/.test(url))).toEqual([]);
  await openSelfCheck(page);
  await expect(status(page, '01-introduction')).toHaveText('done');
  expect(scripts.filter((url) => /ProgressModule/.test(url))).toHaveLength(1);
});

test('two open tabs merge their progress and neither loses a milestone', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto('/steps/01-introduction/');
  await tabB.goto(webcam);
  await openSelfCheck(tabA);
  await expect(status(tabB, '01-introduction')).toHaveText('done');
  await tabB.getByRole('button', { name: en['media.action.testPattern'] }).click();
  await expect(status(tabA, '04-webcam')).toHaveText('started');
  await expect(status(tabA, '01-introduction')).toHaveText('done');
  await tabA.reload();
  await expect(status(tabA, '01-introduction')).toHaveText('done');
  await expect(status(tabA, '04-webcam')).toHaveText('started');
});

test('a corrupt stored value is set aside and the reader starts clean with a one-line notice', async ({ page }) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('corrupted')) {
      sessionStorage.setItem('corrupted', '1');
      localStorage.setItem(k, '{"format":"webrtc-tutorial-progress","version":1,"milestones":{"x":');
    }
  }, key);
  await page.goto(webcam);
  await expect(page.getByText(en['progress.notice.moved-aside'])).toBeVisible();
  await expect(status(page, '04-webcam')).toHaveText('not started');
  const backup = await page.evaluate(() => localStorage.getItem('webrtc-tutorial:progress:v1:unreadable'));
  expect(backup).toContain('"milestones":{"x":');
  await page.getByRole('button', { name: en['media.action.testPattern'] }).click();
  await expect(status(page, '04-webcam')).toHaveText('started');
  await page.reload();
  await expect(page.getByText(en['progress.notice.moved-aside'])).toBeHidden();
  await expect(status(page, '04-webcam')).toHaveText('started');
});

test('when storage throws, progress lasts for the visit and the page says it will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await startTestPattern(page);
  await expect(page.getByText(en['progress.notice.memory-only'])).toBeVisible();
  await expect(status(page, '04-webcam')).toHaveText('started');
});

async function savedFile(page: Page): Promise<string> {
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: en['progress.export'] }).click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function load(page: Page, name: string, text: string) {
  await page
    .getByLabel(en['progress.import'])
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('progress saved as a file loads in another browser; bad files are refused with a reason', async ({
  page,
  browser,
}) => {
  await startTestPattern(page);
  await expect(status(page, '04-webcam')).toHaveText('started');
  const file = await savedFile(page);
  expect(JSON.parse(file)).toMatchObject({ format: 'webrtc-tutorial-progress', version: 1 });

  const other: BrowserContext = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await fresh.goto('/');
    const message = fresh.locator('progress-panel').getByRole('status');
    await load(fresh, 'notes.json', '{"title": "my notes"}');
    await expect(message).toHaveText(en['progress.import.not-progress']);
    await load(fresh, 'broken.json', '{"format": "webrtc');
    await expect(message).toHaveText(en['progress.import.not-json']);
    await load(fresh, 'progress.json', file);
    await expect(message).toHaveText(en['progress.imported'].replace('{n}', '1'));
    await expect(
      fresh.locator('progress-panel [data-progress-chapter="04-webcam"]').locator('[data-progress-mark]'),
    ).toHaveText('started');

    await fresh.getByRole('button', { name: en['progress.reset'] }).click();
    await expect(message).toHaveText(en['progress.resetConfirm']);
    await fresh.getByRole('button', { name: en['progress.reset'] }).click();
    await expect(message).toHaveText(en['progress.resetDone']);
    await expect(
      fresh.locator('progress-panel [data-progress-chapter="04-webcam"]').locator('[data-progress-mark]'),
    ).toHaveText('not started');
  } finally {
    await other.close();
  }
});
