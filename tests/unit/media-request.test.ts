import { describe, expect, it } from 'vitest';
import { MediaFailure } from '../../src/lib/media/errors';
import { FakeStream, FakeTimers, FakeTrack, deferred } from './fakes/media';
import { fromStream } from '../../src/lib/media/local-media';
import {
  createStreamController,
  initialStreamState,
  nextStreamState,
  type LocalMedia,
  type StreamEvent,
  type StreamState,
} from '../../src/lib/media/request';

const media = fromStream(new FakeStream().asStream);
const failure = new MediaFailure('not-found', 'NotFoundError', 'Requested device not found');
const requesting = (request = 1): StreamState => ({
  status: 'requesting',
  request,
  source: 'camera',
  waitingForPermission: false,
});
const live: StreamState = { status: 'live', request: 1, source: 'camera', media };
const failed: StreamState = { status: 'failed', request: 1, source: 'camera', failure };

describe('nextStreamState', () => {
  it.each<[string, StreamState, StreamEvent, StreamState]>([
    [
      'idle + request -> requesting',
      initialStreamState,
      { type: 'request', request: 1, source: 'camera' },
      requesting(),
    ],
    [
      'requesting + request -> unchanged (one in flight)',
      requesting(),
      { type: 'request', request: 2, source: 'test-pattern' },
      requesting(),
    ],
    [
      'requesting + still-waiting -> waiting for permission',
      requesting(),
      { type: 'still-waiting', request: 1 },
      { ...requesting(), waitingForPermission: true } as StreamState,
    ],
    ['requesting + granted -> live', requesting(), { type: 'granted', request: 1, media }, live],
    ['requesting + rejected -> failed', requesting(), { type: 'rejected', request: 1, failure }, failed],
    [
      'requesting + granted for an older request -> unchanged',
      requesting(2),
      { type: 'granted', request: 1, media },
      requesting(2),
    ],
    [
      'requesting + rejected for an older request -> unchanged',
      requesting(2),
      { type: 'rejected', request: 1, failure },
      requesting(2),
    ],
    [
      'requesting + cancel -> idle (cancelled)',
      requesting(),
      { type: 'cancel' },
      { status: 'idle', reason: 'cancelled' },
    ],
    ['requesting + stop -> idle (cancelled)', requesting(), { type: 'stop' }, { status: 'idle', reason: 'cancelled' }],
    [
      'idle + granted (after a cancel) -> unchanged',
      { status: 'idle', reason: 'cancelled' },
      { type: 'granted', request: 1, media },
      { status: 'idle', reason: 'cancelled' },
    ],
    ['live + stop -> idle (stopped)', live, { type: 'stop' }, { status: 'idle', reason: 'stopped' }],
    ['live + ended -> idle (ended)', live, { type: 'ended', request: 1 }, { status: 'idle', reason: 'ended' }],
    ['live + ended of another request -> unchanged', live, { type: 'ended', request: 7 }, live],
    [
      'live + request -> requesting (replaces it)',
      live,
      { type: 'request', request: 2, source: 'camera' },
      requesting(2),
    ],
    [
      'failed + request -> requesting (retry)',
      failed,
      { type: 'request', request: 2, source: 'camera' },
      requesting(2),
    ],
    ['failed + stop -> unchanged', failed, { type: 'stop' }, failed],
    ['idle + cancel -> unchanged', initialStreamState, { type: 'cancel' }, initialStreamState],
  ])('%s', (_name, state, event, expected) => {
    expect(nextStreamState(state, event)).toEqual(expected);
  });
});

/** A controller with fake timers, and a way to wait until pending promise callbacks have run. */
function setup() {
  const timers = new FakeTimers();
  const controller = createStreamController({
    permissionHintMs: 1000,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
  });
  const trail: string[] = [];
  controller.subscribe((state) => trail.push(state.status));
  return { controller, timers, trail, settle: () => new Promise((resolve) => setTimeout(resolve, 0)) };
}

/** An acquire function that counts its calls and answers when the test says so. */
function pendingAcquire() {
  const answers: ReturnType<typeof deferred<LocalMedia>>[] = [];
  return {
    answers,
    acquire: () => {
      const answer = deferred<LocalMedia>();
      answers.push(answer);
      return answer.promise;
    },
  };
}

describe('createStreamController', () => {
  it('a second click while the first request is in flight starts no second request', async () => {
    const { controller, trail, settle } = setup();
    const { answers, acquire } = pendingAcquire();
    expect(controller.start('camera', acquire)).toBe(true);
    expect(controller.start('camera', acquire)).toBe(false);
    expect(controller.start('test-pattern', acquire)).toBe(false);
    expect(answers).toHaveLength(1);
    const stream = new FakeStream();
    answers[0]!.resolve(fromStream(stream.asStream));
    await settle();
    expect(controller.state).toMatchObject({ status: 'live', media: { stream } });
    expect(trail).toEqual(['requesting', 'live']);
  });

  it('says it is waiting for permission once the request takes longer than the hint delay', () => {
    const { controller, timers } = setup();
    controller.start('camera', pendingAcquire().acquire);
    expect(controller.state).toMatchObject({ status: 'requesting', waitingForPermission: false });
    timers.runTimeouts();
    expect(controller.state).toMatchObject({ status: 'requesting', waitingForPermission: true });
  });

  it('a quick answer clears the hint timer', async () => {
    const { controller, timers, settle } = setup();
    controller.start('camera', async () => fromStream(new FakeStream().asStream));
    await settle();
    expect(controller.state.status).toBe('live');
    expect(timers.timeouts.size).toBe(0);
  });

  it('cancel of an ignored prompt makes the page usable again, and a late grant is stopped, not shown', async () => {
    const { controller, timers, trail, settle } = setup();
    const { answers, acquire } = pendingAcquire();
    controller.start('camera', acquire);
    timers.runTimeouts();
    controller.cancel();
    expect(controller.state).toEqual({ status: 'idle', reason: 'cancelled' });

    // The reader goes on with the test pattern while the old prompt is still open.
    const pattern = new FakeStream();
    expect(controller.start('test-pattern', async () => fromStream(pattern.asStream))).toBe(true);
    await settle();
    expect(controller.state).toMatchObject({ status: 'live', source: 'test-pattern' });

    const late = new FakeStream();
    answers[0]!.resolve(fromStream(late.asStream));
    await settle();
    expect(late.tracks.every((t) => t.readyState === 'ended')).toBe(true);
    expect(controller.state).toMatchObject({ status: 'live', media: { stream: pattern } });
    expect(pattern.active).toBe(true);
    expect(trail).toEqual(['requesting', 'requesting', 'idle', 'requesting', 'live']);
  });

  it('a late rejection after cancel changes nothing', async () => {
    const { controller, settle } = setup();
    const { answers, acquire } = pendingAcquire();
    controller.start('camera', acquire);
    controller.cancel();
    answers[0]!.reject(new DOMException('Permission denied', 'NotAllowedError'));
    await settle();
    expect(controller.state).toEqual({ status: 'idle', reason: 'cancelled' });
  });

  it('a failure is kept with its code, and trying again can succeed', async () => {
    const { controller, trail, settle } = setup();
    controller.start('camera', () =>
      Promise.reject(new DOMException('Could not start video source', 'NotReadableError')),
    );
    await settle();
    expect(controller.state).toMatchObject({ status: 'failed', failure: { code: 'not-readable' } });
    controller.start('camera', async () => fromStream(new FakeStream().asStream));
    await settle();
    expect(trail).toEqual(['requesting', 'failed', 'requesting', 'live']);
  });

  it('an acquire that throws synchronously is a failed request, not an exception', async () => {
    const { controller, settle } = setup();
    expect(() =>
      controller.start('test-pattern', () => {
        throw new Error('no canvas');
      }),
    ).not.toThrow();
    await settle();
    expect(controller.state).toMatchObject({
      status: 'failed',
      failure: { code: 'unknown', errorMessage: 'no canvas' },
    });
  });

  it('stop ends every track of the live stream', async () => {
    const { controller, settle } = setup();
    const stream = new FakeStream([new FakeTrack('audio'), new FakeTrack('video')]);
    controller.start('camera', async () => fromStream(stream.asStream));
    await settle();
    controller.stop();
    expect(controller.state).toEqual({ status: 'idle', reason: 'stopped' });
    expect(stream.tracks.map((t) => t.readyState)).toEqual(['ended', 'ended']);
    expect(stream.active).toBe(false);
  });

  it('a new request replaces the live stream and stops the old one first', async () => {
    const { controller, settle } = setup();
    const first = new FakeStream();
    controller.start('camera', async () => fromStream(first.asStream));
    await settle();
    const { answers, acquire } = pendingAcquire();
    controller.start('camera', acquire);
    expect(first.active).toBe(false);
    const second = new FakeStream();
    answers[0]!.resolve(fromStream(second.asStream));
    await settle();
    expect(controller.state).toMatchObject({ status: 'live', media: { stream: second } });
    expect(second.active).toBe(true);
  });

  it('notices a camera that ends on its own (unplugged)', async () => {
    const { controller, settle } = setup();
    const stream = new FakeStream();
    controller.start('camera', async () => fromStream(stream.asStream));
    await settle();
    stream.tracks[0]!.endFromOutside();
    expect(controller.state).toEqual({ status: 'idle', reason: 'ended' });
  });

  it('calls the test pattern own stop, so its drawing loop ends too', async () => {
    const { controller, settle } = setup();
    let stops = 0;
    const pattern: LocalMedia = { stream: new FakeStream().asStream, stop: () => void (stops += 1) };
    controller.start('test-pattern', async () => pattern);
    await settle();
    controller.stop();
    controller.stop();
    expect(stops).toBe(1);
  });

  it('unsubscribe stops the notifications', async () => {
    const { controller, settle } = setup();
    const seen: string[] = [];
    const unsubscribe = controller.subscribe((s) => seen.push(s.status));
    controller.start('camera', async () => fromStream(new FakeStream().asStream));
    unsubscribe();
    await settle();
    expect(seen).toEqual(['requesting']);
  });
});
