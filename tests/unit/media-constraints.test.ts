import { describe, expect, it } from 'vitest';
import { cameraConstraints, isResolutionId, type CameraChoice } from '../../src/lib/media/constraints';
import { deliveredVideo, describeStream } from '../../src/lib/media/describe';
import { listCameras } from '../../src/lib/media/devices';
import { FakeStream, FakeTrack, fakeMediaDevices } from './fakes/media';

describe('cameraConstraints', () => {
  it.each<[string, CameraChoice, MediaStreamConstraints]>([
    ['nothing picked: any camera', {}, { video: true, audio: false }],
    ['any resolution, default camera', { resolution: 'any', deviceId: '' }, { video: true, audio: false }],
    [
      'a resolution as a wish',
      { resolution: 'hd' },
      { video: { width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false },
    ],
    [
      'a resolution as a requirement',
      { resolution: '8k', exact: true },
      { video: { width: { exact: 7680 }, height: { exact: 4320 } }, audio: false },
    ],
    ['a camera picked by hand', { deviceId: 'cam-2' }, { video: { deviceId: { exact: 'cam-2' } }, audio: false }],
  ])('%s', (_name, choice, expected) => {
    expect(cameraConstraints(choice)).toEqual(expected);
  });

  it('knows its preset ids', () => {
    expect(['any', 'vga', '4k'].every(isResolutionId)).toBe(true);
    expect(isResolutionId('16k')).toBe(false);
  });
});

describe('listCameras', () => {
  it('keeps only cameras, with their labels (empty before permission)', async () => {
    const { mediaDevices } = fakeMediaDevices(undefined, [
      { kind: 'audioinput', deviceId: 'mic', label: 'Mic' },
      { kind: 'videoinput', deviceId: 'cam', label: 'Front camera', groupId: 'g' },
      { kind: 'videoinput', deviceId: '', label: '' },
    ]);
    expect(await listCameras(mediaDevices)).toEqual([
      { deviceId: 'cam', label: 'Front camera', groupId: 'g' },
      { deviceId: '', label: '', groupId: '' },
    ]);
  });

  it('lists nothing where the page has no media API', async () => {
    expect(await listCameras(undefined)).toEqual([]);
  });
});

describe('describeStream', () => {
  it('reads the stream and each track as plain data, including what was delivered', () => {
    const video = new FakeTrack('video', 'Cam', { width: 1280, height: 720, frameRate: 30 });
    const audio = new FakeTrack('audio', 'Mic');
    const stream = new FakeStream([video, audio]);
    audio.stop();
    const snapshot = describeStream(stream.asStream);
    expect(snapshot).toEqual({
      id: stream.id,
      active: true,
      tracks: [
        {
          kind: 'video',
          id: video.id,
          label: 'Cam',
          readyState: 'live',
          enabled: true,
          muted: false,
          settings: { width: 1280, height: 720, frameRate: 30 },
        },
        { kind: 'audio', id: audio.id, label: 'Mic', readyState: 'ended', enabled: true, muted: false, settings: {} },
      ],
    });
    expect(deliveredVideo(stream.asStream)).toEqual({ width: 1280, height: 720, frameRate: 30 });
  });

  it('reports no size for a stream without video', () => {
    expect(deliveredVideo(new FakeStream([new FakeTrack('audio')]).asStream)).toEqual({});
  });
});
