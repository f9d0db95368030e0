/**
 * Test doubles for the browser media APIs the module uses, for unit tests in Node (chapter 4's and later ones').
 * They implement only what src/lib/media touches and record what was done to them.
 */

let lastId = 0;
const nextId = (prefix: string) => `${prefix}-${++lastId}`;

/** A MediaStreamTrack that records stop() calls and can be ended from outside, as an unplugged camera is. */
export class FakeTrack extends EventTarget {
  readonly id = nextId('track');
  readyState: MediaStreamTrackState = 'live';
  enabled = true;
  muted = false;
  stopCalls = 0;

  constructor(
    readonly kind: 'audio' | 'video' = 'video',
    readonly label = kind === 'video' ? 'Fake camera' : 'Fake microphone',
    private readonly settings: MediaTrackSettings = kind === 'video' ? { width: 640, height: 480, frameRate: 30 } : {},
  ) {
    super();
  }

  getSettings(): MediaTrackSettings {
    return { ...this.settings };
  }

  /** Like the browser, stop() fires no 'ended' event. */
  stop(): void {
    this.stopCalls += 1;
    this.readyState = 'ended';
  }

  /** The device went away: the track ends and says so. */
  endFromOutside(): void {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

/** A MediaStream holding fake tracks. */
export class FakeStream {
  readonly id = nextId('stream');
  readonly tracks: FakeTrack[];

  constructor(tracks: FakeTrack[] = [new FakeTrack('video')]) {
    this.tracks = [...tracks];
  }

  get active(): boolean {
    return this.tracks.some((t) => t.readyState === 'live');
  }
  getTracks(): FakeTrack[] {
    return [...this.tracks];
  }
  getVideoTracks(): FakeTrack[] {
    return this.tracks.filter((t) => t.kind === 'video');
  }
  getAudioTracks(): FakeTrack[] {
    return this.tracks.filter((t) => t.kind === 'audio');
  }
  addTrack(track: FakeTrack): void {
    this.tracks.push(track);
  }
  /** The fake, typed as the real thing for APIs that take a MediaStream. */
  get asStream(): MediaStream {
    return this as unknown as MediaStream;
  }
}

/** A promise with its settle functions outside, for answers that come late or never. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A navigator.mediaDevices whose getUserMedia answers with `answer`, recording each call's constraints. */
export function fakeMediaDevices(
  answer: (constraints: MediaStreamConstraints) => Promise<MediaStream> = async () => new FakeStream().asStream,
  devices: Partial<MediaDeviceInfo>[] = [],
): { mediaDevices: MediaDevices; calls: MediaStreamConstraints[] } {
  const calls: MediaStreamConstraints[] = [];
  const mediaDevices = {
    getUserMedia(constraints: MediaStreamConstraints) {
      calls.push(constraints);
      return answer(constraints);
    },
    async enumerateDevices() {
      return devices.map((d) => ({ deviceId: '', groupId: '', kind: 'videoinput', label: '', ...d }));
    },
  };
  return { mediaDevices: mediaDevices as unknown as MediaDevices, calls };
}

/** Timers that run only when told to, and know which are still pending. */
export class FakeTimers {
  private next = 1;
  readonly intervals = new Map<number, () => void>();
  readonly timeouts = new Map<number, () => void>();

  setInterval = (callback: () => void): number => this.add(this.intervals, callback);
  clearInterval = (handle: unknown): void => void this.intervals.delete(handle as number);
  setTimeout = (callback: () => void): number => this.add(this.timeouts, callback);
  clearTimeout = (handle: unknown): void => void this.timeouts.delete(handle as number);

  /** Runs every interval callback once, as one tick of time. */
  tick(): void {
    for (const callback of [...this.intervals.values()]) callback();
  }
  /** Runs and forgets every pending timeout. */
  runTimeouts(): void {
    const due = [...this.timeouts.values()];
    this.timeouts.clear();
    for (const callback of due) callback();
  }

  private add(map: Map<number, () => void>, callback: () => void): number {
    const handle = this.next++;
    map.set(handle, callback);
    return handle;
  }
}

/** A window and document with a canvas that can be captured and an AudioContext, for createTestPattern. */
export function fakeDocument(): {
  document: Document;
  timers: FakeTimers;
  /** How many 2D drawing calls (fillRect, fillText…) the canvas received. */
  drawCalls: () => number;
  /** Every AudioContext created, with whether it was closed. */
  audioContexts: { closed: boolean; oscillatorStopped: boolean }[];
  /** Every stream captured from a canvas, with the frame rate asked for. */
  captures: { fps: number | undefined; stream: FakeStream }[];
} {
  const timers = new FakeTimers();
  let draws = 0;
  const audioContexts: { closed: boolean; oscillatorStopped: boolean }[] = [];
  const captures: { fps: number | undefined; stream: FakeStream }[] = [];
  // Every property is a function that counts a draw, so any drawing call the pattern makes is recorded.
  const context2d = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : () => void (draws += 1)),
    set: (target, key, value) => ((target[key] = value), true),
  });
  class FakeAudioContext {
    private readonly record = { closed: false, oscillatorStopped: false };
    constructor() {
      audioContexts.push(this.record);
    }
    createOscillator() {
      const record = this.record;
      return {
        frequency: { value: 0 },
        connect: (node: unknown) => node,
        start() {},
        stop() {
          record.oscillatorStopped = true;
        },
      };
    }
    createGain() {
      return { gain: { value: 1 }, connect: (node: unknown) => node };
    }
    createMediaStreamDestination() {
      return { stream: new FakeStream([new FakeTrack('audio', 'Tone')]) };
    }
    async close() {
      if (this.record.closed) throw new Error('InvalidStateError: already closed');
      this.record.closed = true;
    }
  }
  const window = {
    setInterval: timers.setInterval,
    clearInterval: timers.clearInterval,
    performance: { now: () => Date.now() },
    Date,
    AudioContext: FakeAudioContext,
  };
  const document = {
    defaultView: window,
    createElement(tag: string) {
      if (tag !== 'canvas') throw new Error(`fakeDocument: cannot create <${tag}>`);
      return {
        width: 300,
        height: 150,
        getContext: (kind: string) => (kind === '2d' ? context2d : null),
        captureStream(fps?: number) {
          const stream = new FakeStream([new FakeTrack('video', 'canvas')]);
          captures.push({ fps, stream });
          return stream;
        },
      };
    },
  };
  return { document: document as unknown as Document, timers, drawCalls: () => draws, audioContexts, captures };
}
