import { CallEngine } from '../../lib/calls/video-loopback/engine';
import type { CallEvent } from '../../lib/call/types';
import { toMediaFailure, type MediaFailure } from '../../lib/media/errors';
import { openLocalMedia, type LocalMedia, type StreamSource } from '../../lib/media/local-media';
import { providePageCall, setCallFeed } from '../page-store';

/** Where Alice's video comes from. */
export type SourceKind = StreamSource;

/** The one call of the page, shared by the stage, the steps and the quick path. */
export interface PageCall {
  readonly engine: CallEngine;
  source: SourceKind;
  /** Why the camera last failed, with the code the media module gave it; cleared on the next try. */
  readonly mediaFailure: MediaFailure | null;
  /** Marks the Call click for the setup time (and the benchmark's `webrtc:call` mark). */
  markCall(): void;
  /** Milliseconds from the last Call click to the first remote frame, once both happened. */
  readonly setupMs: number | null;
}

let pageCall: PageCall | null = null;

/** The page's call, created on first use: the engine wired to the real browser, adapter.js loaded before it runs. */
export function getPageCall(): PageCall {
  pageCall ??= createPageCall();
  return pageCall;
}

function createPageCall(): PageCall {
  let mediaFailure: MediaFailure | null = null;
  let callClickedAt: number | null = null;
  let setupMs: number | null = null;

  const call: PageCall = {
    engine: null as unknown as CallEngine, // assigned right below; the engine needs `call.source` in its deps
    source: 'camera',
    get mediaFailure() {
      return mediaFailure;
    },
    get setupMs() {
      return setupMs;
    },
    markCall() {
      for (const name of ['webrtc:call', 'webrtc:create-offer', 'webrtc:connected', 'webrtc:first-frame']) {
        performance.clearMarks(name);
      }
      performance.mark('webrtc:call');
      callClickedAt = performance.now();
      setupMs = null;
    },
  };

  async function openSource(constraints: MediaStreamConstraints): Promise<LocalMedia> {
    mediaFailure = null;
    try {
      return await openLocalMedia(call.source, constraints);
    } catch (error) {
      mediaFailure = toMediaFailure(error);
      // The trace shows the browser's own error name and message, not our wrapper's.
      throw Object.assign(new Error(mediaFailure.errorMessage), { name: mediaFailure.errorName });
    }
  }

  const engine = new CallEngine({
    // adapter.js may replace the class, so it is read when a connection is made.
    get RTCPeerConnection() {
      return window.RTCPeerConnection;
    },
    prepare: loadAdapter,
    openSource,
    now: () => performance.now(),
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    config: {},
  });
  (call as { engine: CallEngine }).engine = engine;

  // Timing marks shared with bench/: the same names the baseline page records.
  engine.subscribe((event: CallEvent) => {
    if (event.type === 'api-call' && event.status === 'start' && event.phase === 'create-offer') {
      performance.mark('webrtc:create-offer');
    } else if (event.type === 'state' && event.name === 'connectionState' && event.value === 'connected') {
      const both = ['local', 'remote'] as const;
      if (both.every((peer) => engine.connection(peer)?.connectionState === 'connected')) {
        performance.mark('webrtc:connected');
      }
    } else if (event.type === 'first-frame') {
      performance.mark('webrtc:first-frame');
      if (callClickedAt !== null) setupMs = event.at - callClickedAt;
    } else if (event.type === 'call-status' && event.status !== 'active') {
      callClickedAt = null;
    }
  });

  setCallFeed(engine);
  providePageCall(engine.call, engine);
  engine.onChange(() => exposeForConsole(engine));
  return call;
}

/**
 * Loads adapter.js when the reader starts the call rather than with the page: it shims browser differences before the
 * first API call, and the page needs none of it until then. If it cannot load (the reader went offline), current
 * browsers run the call without it, so the call goes on.
 */
function loadAdapter(): Promise<void> {
  return import('webrtc-adapter').then(
    () => undefined,
    () => undefined,
  );
}

declare global {
  interface Window {
    localPeerConnection?: RTCPeerConnection;
    remotePeerConnection?: RTCPeerConnection;
    localStream?: MediaStream;
  }
}

/**
 * The codelab's names, on `window` while a call exists, so a reader can poke the real objects from the console
 * (`localPeerConnection.getStats()`); they disappear when the call ends.
 */
function exposeForConsole(engine: CallEngine): void {
  const names = {
    localPeerConnection: engine.connection('local'),
    remotePeerConnection: engine.connection('remote'),
    localStream: engine.streams().local,
  } as const;
  for (const [name, value] of Object.entries(names) as [keyof typeof names, (typeof names)[keyof typeof names]][]) {
    if (value) Object.assign(window, { [name]: value });
    else Reflect.deleteProperty(window, name);
  }
}
