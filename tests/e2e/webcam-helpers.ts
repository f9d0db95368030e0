import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Chapter 4's address and the parts of its lab, found the way a reader finds them. */
export const webcamChapter = '/steps/04-webcam/';

export function webcamLab(page: Page) {
  const lab = page.locator('webcam-lab');
  return {
    lab,
    video: page.locator('#localVideo'),
    start: lab.getByRole('button', { name: 'Start camera' }),
    stop: lab.getByRole('button', { name: 'Stop' }),
    testPattern: lab.getByRole('button', { name: 'Use the test pattern' }),
    cancel: lab.getByRole('button', { name: 'Cancel' }),
    retry: lab.getByRole('button', { name: 'Try again' }),
    fallback: lab.getByRole('button', { name: 'Show the test pattern instead' }),
    alert: lab.getByRole('alert'),
    status: lab.getByRole('status'),
    inspector: lab.locator('[data-inspector]'),
  };
}

/** No failure is showing: the alert region has no visible text. */
export async function expectNoFailure(page: Page): Promise<void> {
  await expect(webcamLab(page).alert).toHaveText('', { useInnerText: true });
}

/** The video element plays a stream and new frames keep arriving. */
export async function expectVideoPlays(page: Page): Promise<void> {
  const video = page.locator('#localVideo');
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.srcObject !== null && !v.paused && v.readyState >= 2))
    .toBe(true);
  // Three frames presented one after another prove the picture moves, not just that a source is attached.
  const frames = await video.evaluate(
    (v: HTMLVideoElement) =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const next = (_now: number, metadata: VideoFrameCallbackMetadata) => {
          seen.push(metadata.presentedFrames);
          if (seen.length === 3) resolve(seen);
          else v.requestVideoFrameCallback(next);
        };
        v.requestVideoFrameCallback(next);
      }),
  );
  expect(frames[2]).toBeGreaterThan(frames[0] as number);
  const time = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(time);
}

/** The kinds and labels of the tracks the video element shows, or null without a stream. */
export function shownTracks(page: Page): Promise<{ kind: string; label: string; readyState: string }[] | null> {
  return page.locator('#localVideo').evaluate((v: HTMLVideoElement) => {
    const stream = v.srcObject as MediaStream | null;
    return stream?.getTracks().map(({ kind, label, readyState }) => ({ kind, label, readyState })) ?? null;
  });
}

/** What the getUserMedia wrapper saw: calls made, streams handed out, requests held back. */
export interface GumRecord {
  calls: number;
  streams: MediaStream[];
  release: (() => void)[];
}

/** How the wrapper misbehaves: fail the first call, or hold every answer until the test releases it. */
export interface GumStub {
  failFirst?: { name: string; message: string };
  hold?: boolean;
}

/** Wraps getUserMedia before the page loads; the real fake camera still answers unless the stub says otherwise. */
export async function stubGetUserMedia(page: Page, stub: GumStub = {}): Promise<void> {
  await page.addInitScript((stub: GumStub) => {
    const mediaDevices = navigator.mediaDevices as MediaDevices | undefined;
    if (!mediaDevices) return;
    const original = mediaDevices.getUserMedia.bind(mediaDevices);
    const record: GumRecord = { calls: 0, streams: [], release: [] };
    Object.assign(window, { __gum: record });
    mediaDevices.getUserMedia = async (constraints) => {
      record.calls += 1;
      if (stub.failFirst && record.calls === 1) throw new DOMException(stub.failFirst.message, stub.failFirst.name);
      if (stub.hold) await new Promise<void>((resolve) => record.release.push(resolve));
      const stream = await original(constraints);
      record.streams.push(stream);
      return stream;
    };
  }, stub);
}

/** Reads the wrapper's record: how many calls, and each stream's track states. */
export function gumRecord(page: Page): Promise<{ calls: number; held: number; streams: string[][] }> {
  return page.evaluate(() => {
    const record = (window as unknown as { __gum: GumRecord }).__gum;
    return {
      calls: record.calls,
      held: record.release.length,
      streams: record.streams.map((s) => s.getTracks().map((t) => t.readyState)),
    };
  });
}
