import { createHash, randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectedRefusal, faultIds } from '../../src/lib/transfer/faults';
import { installCallProbe, readProbe } from './call-probe';
import { expect, test } from './fixtures';
import {
  booth,
  download,
  downloadHash,
  expectFull,
  expectSnappedPicture,
  photoPages as pages,
  photoStatus,
  receiveStatus,
  sendStatus,
  snappedPhoto,
} from './photo-helpers';

async function start(page: Page) {
  await page.locator('#startButton').click();
  await expect(booth(page)).toHaveAttribute('data-state', 'connected');
}

for (const { path, t } of pages) {
  test.describe(`chapter 9 at ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      await installCallProbe(page);
      await page.goto(path);
    });

    test('Send before Start is refused by name, and nothing is sent', async ({ page }) => {
      await page.locator('#send').click();
      await expect(photoStatus(page)).toHaveText(t['transfer.refusal.not-open']);
      await page.locator('#sendGenerated').click();
      await expect(sendStatus(page)).toHaveText(t['transfer.refusal.not-open']);
      expect((await readProbe(page)).created).toBe(0);
    });

    test('the reader snaps and sends: Bob’s photo has the sender’s size and the snapped pixels', async ({ page }) => {
      await start(page);
      await page.locator('#snapAndSend').click();
      const photo = page.locator('#trail img');
      await expect(photo).toHaveCount(1);
      await expectSnappedPicture(photo, await snappedPhoto(page));
      await expect(photoStatus(page)).not.toHaveAttribute('data-tone', 'bad');
    });

    test('a double click on Send sends the photo once', async ({ page }) => {
      await start(page);
      await page.locator('#snap').click();
      await page.locator('#send').dblclick();
      await expect(page.locator('#trail img')).toHaveCount(1);
      await expect(photoStatus(page)).not.toHaveAttribute('data-tone', 'bad');
      await page.locator('#snapAndSend').click();
      await expect(page.locator('#trail img')).toHaveCount(2);
    });

    test('raw pixels and the encoded photo are measured side by side', async ({ page }) => {
      await start(page);
      await page.locator('#snap').click();
      await page.locator('[data-compare]').click();
      const rows = page.locator('[data-compare-rows] tr');
      await expect(rows).toHaveCount(2);
      await expect(rows.first()).toHaveAttribute('data-bytes', String(640 * 480 * 4));
      const encoded = Number(await rows.nth(1).getAttribute('data-bytes'));
      expect(encoded).toBeGreaterThan(0);
      expect(encoded).toBeLessThan(640 * 480 * 4);
      // The comparison's transfers are its own: they never reach the photo trail or the download link.
      await expect(page.locator('#trail img')).toHaveCount(0);
      await expect(download(page)).toBeHidden();
    });

    test('a 20 MiB file arrives byte-identical, with both progress bars at 100%', async ({ page }) => {
      const bytes = randomBytes(20 * 1024 * 1024);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await start(page);
      await page
        .locator('#fileInput')
        .setInputFiles({ name: 'random.bin', mimeType: 'application/octet-stream', buffer: bytes });
      await page.locator('#sendFile').click();
      await expect(download(page)).toBeVisible({ timeout: 90_000 });
      await expect(download(page)).toHaveAttribute('download', 'random.bin');
      await expect(download(page)).toHaveAttribute('data-sha256', sha256);
      expect(await downloadHash(page)).toBe(sha256);
      await expectFull(page, 'sendProgress');
      await expectFull(page, 'receiveProgress');
      await expect(sendStatus(page)).not.toHaveAttribute('data-tone', 'bad');
      // A verified file is one of chapter 9's milestones: the sidebar says the chapter is started.
      await expect(page.locator('nav [data-progress-chapter="09-photo"] [data-progress-mark]')).toHaveText(
        t['progress.status.started'],
      );
    });

    test('Alice cancels mid-transfer: both sides say so, and the next transfer arrives', async ({ page }) => {
      await start(page);
      await page.locator('[name="mib"]').selectOption('200');
      await page.locator('#sendGenerated').click();
      await expect(page.locator('#cancelReceive')).toBeEnabled({ timeout: 60_000 });
      await page.locator('#abortButton').click();
      await expect(receiveStatus(page)).toHaveText(t['transfer.failed.sender-cancelled']);
      await expect(sendStatus(page)).toHaveAttribute('data-tone', 'bad');
      await expect(download(page)).toBeHidden();
      await page.locator('[name="mib"]').selectOption('1');
      await page.locator('#sendGenerated').click();
      await expect(download(page)).toHaveAttribute('data-size', String(1024 * 1024));
    });

    test('Bob cancels mid-transfer: Alice hears why, and the next transfer arrives', async ({ page }) => {
      await start(page);
      await page.locator('[name="mib"]').selectOption('200');
      await page.locator('#sendGenerated').click();
      await expect(page.locator('#cancelReceive')).toBeEnabled({ timeout: 60_000 });
      await page.locator('#cancelReceive').click();
      await expect(receiveStatus(page)).toHaveText(t['transfer.failed.receiver-cancelled']);
      await expect(sendStatus(page)).toContainText(t['transfer.failed.receiver-cancelled']);
      await expect(page.locator('#abortButton')).toBeDisabled();
      await page.locator('[name="mib"]').selectOption('1');
      await page.locator('#sendGenerated').click();
      await expect(download(page)).toHaveAttribute('data-size', String(1024 * 1024));
    });

    test('Stop mid-transfer cuts it off on both sides and leaves nothing running', async ({ page }) => {
      await start(page);
      await page.locator('[name="mib"]').selectOption('200');
      await page.locator('#sendGenerated').click();
      await expect(page.locator('#cancelReceive')).toBeEnabled({ timeout: 60_000 });
      await page.locator('#stopButton').click();
      await expect(receiveStatus(page)).toHaveText(t['transfer.failed.cut-off']);
      await expect(sendStatus(page)).toHaveAttribute('data-tone', 'bad');
      await expect(booth(page)).toHaveAttribute('data-state', 'idle');
      await expect(page.locator('[data-status]')).toHaveText(t['transfer.status.stopped']);
      await expect.poll(async () => (await readProbe(page)).alivePeers).toBe(0);
      await expect.poll(async () => (await readProbe(page)).liveTracks).toBe(0);
      // And it starts again cleanly.
      await start(page);
      await page.locator('#snapAndSend').click();
      await expect(page.locator('#trail img')).toHaveCount(1);
    });

    test('every hostile sender gets its sentence, and an honest transfer still arrives after each', async ({
      page,
    }) => {
      await start(page);
      await page.locator('[name="mib"]').selectOption('1');
      for (const fault of faultIds) {
        const code = expectedRefusal[fault];
        await page.locator(`[data-fault="${fault}"]`).click();
        await expect(page.locator('[data-fault-result]')).toHaveAttribute('data-code', code);
        await expect(page.locator('[data-fault-result]')).toHaveText(t[`transfer.failed.${code}`]);
        // The link loses its mark here, and gets it back only from a new verified file.
        await download(page).evaluate((link) => link.removeAttribute('data-sha256'));
        await page.locator('#sendGenerated').click();
        await expect(download(page)).toHaveAttribute('data-sha256', /^[0-9a-f]{64}$/);
        await expect(sendStatus(page)).not.toHaveAttribute('data-tone', 'bad');
      }
    });
  });
}
