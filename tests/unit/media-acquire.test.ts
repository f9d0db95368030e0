import { describe, expect, it } from 'vitest';
import { getLocalStream } from '../../src/lib/media/acquire';
import { MediaFailure } from '../../src/lib/media/errors';
import { FakeStream, FakeTrack, fakeMediaDevices } from './fakes/media';
import { stopStream } from '../../src/lib/media/stop';

describe('getLocalStream', () => {
  it('asks getUserMedia with the constraints given and resolves with its stream', async () => {
    const stream = new FakeStream();
    const { mediaDevices, calls } = fakeMediaDevices(async () => stream.asStream);
    const constraints = { video: { width: { ideal: 1280 } }, audio: false };
    await expect(getLocalStream(constraints, mediaDevices)).resolves.toBe(stream);
    expect(calls).toEqual([constraints]);
  });

  it('rejects with insecure-context when the page has no navigator.mediaDevices', async () => {
    const failure = await getLocalStream({ video: true }, undefined).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MediaFailure);
    expect((failure as MediaFailure).code).toBe('insecure-context');
  });

  it('rejects with a MediaFailure carrying the browser error', async () => {
    const { mediaDevices } = fakeMediaDevices(() =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
    );
    const failure = (await getLocalStream({ video: true }, mediaDevices).catch((e: unknown) => e)) as MediaFailure;
    expect([failure.code, failure.errorName, failure.errorMessage]).toEqual([
      'permission-denied',
      'NotAllowedError',
      'Permission denied',
    ]);
  });

  it('also maps a getUserMedia that throws instead of rejecting', async () => {
    const { mediaDevices } = fakeMediaDevices(() => {
      throw new TypeError('bad constraints');
    });
    await expect(getLocalStream({}, mediaDevices)).rejects.toMatchObject({ code: 'invalid-constraints' });
  });
});

describe('stopStream', () => {
  it('stops every track and clears the element', () => {
    const tracks = [new FakeTrack('video'), new FakeTrack('audio')];
    const element = { srcObject: new FakeStream(tracks).asStream } as HTMLMediaElement;
    stopStream(element.srcObject as MediaStream, element);
    expect(tracks.map((t) => [t.readyState, t.stopCalls])).toEqual([
      ['ended', 1],
      ['ended', 1],
    ]);
    expect(element.srcObject).toBeNull();
  });

  it('accepts no stream and no element', () => {
    expect(() => stopStream(null)).not.toThrow();
    expect(() => stopStream(undefined, null)).not.toThrow();
    const element = { srcObject: new FakeStream().asStream } as HTMLMediaElement;
    stopStream(null, element);
    expect(element.srcObject).toBeNull();
  });
});
