import type { BrowserContext, Page } from '@playwright/test';
import { languages, type Dictionary } from '../../src/i18n';
import { signalUrl } from '../../playwright.config';
import { expect, test } from './fixtures';

const chapters = [
  { lang: 'en', path: '/steps/07-signaling/', dict: languages.en },
  { lang: 'ko', path: '/ko/steps/07-signaling/', dict: languages.ko },
] as const;

const roomStatus = (page: Page) => page.locator('#roomStatus');
const logEntries = (page: Page, direction: 'in' | 'out', type: string) =>
  page.locator(`#signalingLog > li[data-direction="${direction}"][data-type="${type}"]`);

async function join(page: Page, dict: Dictionary): Promise<void> {
  await page.getByRole('button', { name: dict['signal.join'], exact: true }).click();
}

/** Opens the room's link from the lab in a new tab of the same context, as a reader's click does. */
async function openSecondTab(context: BrowserContext, page: Page, dict: Dictionary): Promise<Page> {
  const [second] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: dict['signal.secondTab'] }).click(),
  ]);
  await second.waitForLoadState();
  return second;
}

for (const { lang, path, dict } of chapters) {
  test.describe(`chapter 7 (${lang})`, () => {
    for (const transport of ['broadcast', 'websocket'] as const) {
      test(`two tabs meet in a room over ${transport}, log each other's messages, a third finds it full, and one leaves and comes back`, async ({
        page,
        context,
      }) => {
        const query = transport === 'websocket' ? `?signal=${encodeURIComponent(signalUrl)}` : '';
        await page.goto(`${path}${query}`);
        await page.getByRole('radio', { name: dict[`signal.transport.${transport}`] }).check();
        const room = await page.locator('#room').inputValue();
        expect(room).toMatch(/^[A-Za-z0-9_-]{22}$/);
        if (transport === 'websocket') await expect(page.getByText(signalUrl)).toBeVisible();

        await join(page, dict);
        await expect(page, 'the address carries the room once joined, ready to share').toHaveURL(
          new RegExp(`[?&]room=${room}`),
        );
        await expect(roomStatus(page)).toHaveAttribute('data-status', 'waiting');
        await expect(logEntries(page, 'in', 'joined')).toHaveCount(1);

        const second = await openSecondTab(context, page, dict);
        await expect(second.locator('#room')).toHaveValue(room);
        await expect(second.getByRole('radio', { name: dict[`signal.transport.${transport}`] })).toBeChecked();
        await join(second, dict);
        await expect(roomStatus(second)).toHaveAttribute('data-status', 'ready');
        await expect(roomStatus(page)).toHaveAttribute('data-status', 'ready');
        await expect(logEntries(page, 'in', 'peer-joined')).toHaveCount(1);

        await page.getByRole('button', { name: dict['signal.send.offer'] }).click();
        await second.getByRole('button', { name: dict['signal.send.bye'] }).click();
        await expect(logEntries(page, 'out', 'description')).toHaveCount(1);
        await expect(logEntries(second, 'in', 'description')).toHaveCount(1);
        await expect(logEntries(second, 'in', 'description')).toContainText('offer');
        await expect(logEntries(second, 'out', 'bye')).toHaveCount(1);
        await expect(logEntries(page, 'in', 'bye')).toHaveCount(1);

        const third = await openSecondTab(context, page, dict);
        await join(third, dict);
        await expect(roomStatus(third)).toHaveAttribute('data-status', 'full');
        await expect(roomStatus(page)).toHaveAttribute('data-status', 'ready');
        await expect(roomStatus(second)).toHaveAttribute('data-status', 'ready');
        await third.close();

        await second.getByRole('button', { name: dict['signal.leave'] }).click();
        await expect(roomStatus(second)).toHaveAttribute('data-status', 'idle');
        await expect(roomStatus(page)).toHaveAttribute('data-status', 'waiting');
        await expect(logEntries(page, 'in', 'peer-left')).toHaveCount(1);

        await join(second, dict);
        await expect(roomStatus(second)).toHaveAttribute('data-status', 'ready');
        await expect(roomStatus(page)).toHaveAttribute('data-status', 'ready');
        await expect(logEntries(page, 'in', 'peer-joined')).toHaveCount(2);
        await second.close();
      });
    }

    test.describe('with no server at the address', () => {
      test.use({ allowedConsoleErrors: [/WebSocket connection to .* failed/] });
      test('the lab says plainly that no signaling server answers, and where it looked', async ({ page, baseURL }) => {
        // The page's own origin, where the preview server runs no signaling server: an address the security policy
        // allows ('self'), so what fails is the missing server, not the policy.
        const nowhere = new URL('/signal', baseURL).href.replace(/^http/, 'ws');
        await page.goto(`${path}?signal=${encodeURIComponent(nowhere)}&transport=websocket`);
        await expect(page.getByText(dict['signal.server.rule.query'])).toBeVisible();
        await join(page, dict);
        await expect(roomStatus(page)).toHaveAttribute('data-status', 'error');
        const [before] = dict['signal.status.unreachable'].split('{url}');
        await expect(roomStatus(page)).toContainText(`${before ?? ''}${nowhere}`);
        await page.getByRole('button', { name: dict['signal.leave'] }).click();
        await expect(roomStatus(page)).toHaveAttribute('data-status', 'idle');
      });
    });

    test('two pages connect a data channel by copy and paste, and a message crosses with no server', async ({
      page,
      context,
    }) => {
      const qrRequests: string[] = [];
      page.on('request', (request) => {
        if (/\/qr[-.]/.test(request.url())) qrRequests.push(request.url());
      });
      await page.goto(path);
      await expect(roomStatus(page)).toHaveAttribute('data-status', 'idle');
      expect(qrRequests, 'the QR code library is not loaded before the reader asks for copy and paste').toEqual([]);

      await page.getByRole('radio', { name: dict['signal.transport.manual'] }).check();
      await page.getByRole('button', { name: dict['signal.manual.offer'] }).click();
      const offerBox = page.getByLabel(dict['signal.manual.outLabel']);
      await expect(offerBox).toHaveValue(/^WRTC1\./);
      const offer = await offerBox.inputValue();
      await expect(page.getByRole('img', { name: dict['signal.manual.qrLabel'] })).toBeVisible();
      expect(qrRequests.length, 'the QR code library loads once a code is drawn').toBeGreaterThan(0);
      await expect(logEntries(page, 'out', 'description')).toHaveCount(1);

      const other = await context.newPage();
      await other.goto(`${path}?transport=manual`);
      await other.getByLabel(dict['signal.manual.inLabel']).fill('WRTC1.not-a-description');
      await other.getByRole('button', { name: dict['signal.manual.use'] }).click();
      await expect(logEntries(other, 'in', 'rejected')).toHaveCount(1);
      await expect(other.getByRole('alert').filter({ hasText: 'WRTC1.' })).toBeVisible();

      await other.getByLabel(dict['signal.manual.inLabel']).fill(offer);
      await other.getByRole('button', { name: dict['signal.manual.use'] }).click();
      const answerBox = other.getByLabel(dict['signal.manual.outLabel']);
      await expect(answerBox).toHaveValue(/^WRTC1\./);
      await expect(other.locator('#manualStatus')).toHaveAttribute('data-status', 'answer-ready');

      await page.getByLabel(dict['signal.manual.inLabel']).fill(await answerBox.inputValue());
      await page.getByRole('button', { name: dict['signal.manual.use'] }).click();
      await expect(page.locator('#manualStatus')).toHaveAttribute('data-status', 'open');
      await expect(other.locator('#manualStatus')).toHaveAttribute('data-status', 'open');

      await page.getByLabel(dict['signal.manual.messageLabel']).fill('hello across the channel');
      await page.getByRole('button', { name: dict['signal.manual.send'], exact: true }).click();
      await expect(other.locator('#channelLog li[data-direction="in"]')).toHaveText(/hello across the channel/);
      await expect(page.locator('#channelLog li[data-direction="out"]')).toHaveText(/hello across the channel/);
      await other.close();
    });
  });
}
