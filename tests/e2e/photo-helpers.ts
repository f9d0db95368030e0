import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { languages, type Dictionary } from '../../src/i18n';
import { expect } from './fixtures';

/** Chapter 9 in both languages. */
export const photoPages: { path: string; t: Dictionary }[] = [
  { path: '/steps/09-photo/', t: languages.en },
  { path: '/ko/steps/09-photo/', t: languages.ko },
];

export const booth = (page: Page) => page.locator('photo-booth');
export const photoStatus = (page: Page) => page.locator('[data-photo-status]');
export const sendStatus = (page: Page) => page.locator('[data-send-status]');
export const receiveStatus = (page: Page) => page.locator('[data-receive-status]');
export const download = (page: Page) => page.locator('a#download');

/** A bar is full: value equal to max, and the percentage says 100. */
export async function expectFull(page: Page, id: string): Promise<void> {
  const bar = page.locator(`progress#${id}`);
  await expect(bar).toHaveAttribute('data-percent', '100');
  const { value, max } = await bar.evaluate((el: HTMLProgressElement) => ({ value: el.value, max: el.max }));
  expect(value).toBe(max);
}

/**
 * SHA-256 of what the download link offers, as a reader gets it: a click on the link saves the file, which is hashed
 * here. (Reading the link's blob: URL with fetch() from the page would be a connection the page's policy refuses.)
 */
export async function downloadHash(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), download(page).click()]);
  return createHash('sha256')
    .update(readFileSync(await file.path()))
    .digest('hex');
}

/** The photo in canvas#photo, losslessly (PNG), so another page can compare what it received with it. */
export function snappedPhoto(page: Page): Promise<string> {
  return page.locator('canvas#photo').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL('image/png'));
}

/**
 * Expects a received `<img>` to be the snapped photo: the sender's 640×480, its pixels within JPEG's tolerance of the
 * snapped ones, and a real picture rather than a black frame. Measured in the receiving page.
 */
export async function expectSnappedPicture(img: Locator, snappedPng: string): Promise<void> {
  await expect(img).toHaveAttribute('width', '640');
  await expect(img).toHaveAttribute('height', '480');
  const compared = await img.evaluate(async (received: HTMLImageElement, png: string) => {
    await received.decode();
    const bytes = Uint8Array.from(atob(png.slice(png.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    const snapped = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const pixels = (source: CanvasImageSource, width: number, height: number) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      context.drawImage(source, 0, 0);
      return context.getImageData(0, 0, width, height).data;
    };
    const a = pixels(snapped, snapped.width, snapped.height);
    const b = pixels(received, received.naturalWidth, received.naturalHeight);
    let sum = 0;
    let lit = 0;
    for (let i = 0; i < a.length; i += 4) {
      for (let c = 0; c < 3; c++) sum += Math.abs(a[i + c]! - b[i + c]!);
      if (a[i]! + a[i + 1]! + a[i + 2]! > 60) lit++;
    }
    return {
      natural: [received.naturalWidth, received.naturalHeight],
      snapped: [snapped.width, snapped.height],
      meanError: sum / ((a.length / 4) * 3),
      litShare: lit / (a.length / 4),
    };
  }, snappedPng);
  expect(compared.natural).toEqual([640, 480]);
  expect(compared.snapped).toEqual([640, 480]);
  // JPEG at quality 0.85 moves each channel by a few levels on average; a wrong or black picture by far more.
  expect(compared.meanError).toBeLessThan(6);
  expect(compared.litShare, 'the snapped photo shows the camera picture, not a black frame').toBeGreaterThan(0.5);
}
