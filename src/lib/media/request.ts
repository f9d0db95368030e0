import { toMediaFailure, type MediaFailure } from './errors';
import type { LocalMedia, StreamSource } from './local-media';

export type { LocalMedia, StreamSource } from './local-media';

/** Why nothing is showing. */
export type IdleReason = 'initial' | 'stopped' | 'cancelled' | 'ended';

/** Where the page's local media stands; only `live` holds media, only `failed` holds a failure. */
export type StreamState =
  | { readonly status: 'idle'; readonly reason: IdleReason }
  | {
      readonly status: 'requesting';
      readonly request: number;
      readonly source: StreamSource;
      /** True once the request has taken long enough that the browser is probably showing a permission prompt. */
      readonly waitingForPermission: boolean;
    }
  | { readonly status: 'live'; readonly request: number; readonly source: StreamSource; readonly media: LocalMedia }
  | {
      readonly status: 'failed';
      readonly request: number;
      readonly source: StreamSource;
      readonly failure: MediaFailure;
    };

/** What can happen to a request; `request` ties an answer to the request it answers. */
export type StreamEvent =
  | { readonly type: 'request'; readonly request: number; readonly source: StreamSource }
  | { readonly type: 'still-waiting'; readonly request: number }
  | { readonly type: 'granted'; readonly request: number; readonly media: LocalMedia }
  | { readonly type: 'rejected'; readonly request: number; readonly failure: MediaFailure }
  | { readonly type: 'ended'; readonly request: number }
  | { readonly type: 'cancel' }
  | { readonly type: 'stop' };

export const initialStreamState: StreamState = { status: 'idle', reason: 'initial' };

/** The next state; an event that does not apply (a second request in flight, a stale answer) leaves it unchanged. */
export function nextStreamState(state: StreamState, event: StreamEvent): StreamState {
  const answers = (request: number) => state.status === 'requesting' && state.request === request;
  switch (event.type) {
    case 'request':
      if (state.status === 'requesting') return state;
      return { status: 'requesting', request: event.request, source: event.source, waitingForPermission: false };
    case 'still-waiting':
      return answers(event.request) && state.status === 'requesting' ? { ...state, waitingForPermission: true } : state;
    case 'granted':
      return answers(event.request) && state.status === 'requesting'
        ? { status: 'live', request: event.request, source: state.source, media: event.media }
        : state;
    case 'rejected':
      return answers(event.request) && state.status === 'requesting'
        ? { status: 'failed', request: event.request, source: state.source, failure: event.failure }
        : state;
    case 'ended':
      return state.status === 'live' && state.request === event.request ? { status: 'idle', reason: 'ended' } : state;
    case 'cancel':
      return state.status === 'requesting' ? { status: 'idle', reason: 'cancelled' } : state;
    case 'stop':
      if (state.status === 'requesting') return { status: 'idle', reason: 'cancelled' };
      return state.status === 'live' ? { status: 'idle', reason: 'stopped' } : state;
  }
}

/** Owns the page's one local stream: at most one request in flight, and every stream it lets go of is stopped. */
export interface StreamController {
  readonly state: StreamState;
  /** Starts a request, replacing (and stopping) any live media; returns false when one is already in flight. */
  start(source: StreamSource, acquire: () => Promise<LocalMedia>): boolean;
  /** Gives up on the request in flight; if its answer ever arrives, that media is stopped, not shown. */
  cancel(): void;
  /** Stops the live media (or cancels the request in flight). */
  stop(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: StreamState) => void): () => void;
}

export interface StreamControllerOptions {
  /** How long a request may take before the page says it is waiting for permission. */
  permissionHintMs?: number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

/** Creates a controller; timers are injected so tests can run it without waiting. */
export function createStreamController(options: StreamControllerOptions = {}): StreamController {
  const {
    permissionHintMs = 1000,
    setTimeout = (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout = (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  } = options;
  let state = initialStreamState;
  let lastRequest = 0;
  let hintTimer: unknown = null;
  const listeners = new Set<(state: StreamState) => void>();

  const held = (s: StreamState) => (s.status === 'live' ? s.media : null);

  function dispatch(event: StreamEvent): void {
    const before = state;
    const after = nextStreamState(before, event);
    // Any media the new state does not hold is released: a replaced stream, or an answer nobody waits for any more.
    if (event.type === 'granted' && held(after) !== event.media) event.media.stop();
    const previous = held(before);
    if (previous && held(after) !== previous) previous.stop();
    if (after === before) return;
    if (before.status === 'requesting' && (after.status !== 'requesting' || after.request !== before.request)) {
      clearHint();
    }
    state = after;
    if (after.status === 'live' && before.status !== 'live') watchEnded(after.request, after.media);
    for (const listener of listeners) listener(state);
  }

  function clearHint(): void {
    if (hintTimer !== null) clearTimeout(hintTimer);
    hintTimer = null;
  }

  // A camera that is unplugged, or whose permission is revoked, ends its tracks without anyone calling stop().
  function watchEnded(request: number, media: LocalMedia): void {
    const tracks = media.stream.getTracks();
    const onEnded = () => {
      if (tracks.every((track) => track.readyState === 'ended')) dispatch({ type: 'ended', request });
    };
    for (const track of tracks) track.addEventListener('ended', onEnded, { once: true });
  }

  return {
    get state() {
      return state;
    },
    start(source, acquire) {
      if (state.status === 'requesting') return false;
      const request = ++lastRequest;
      dispatch({ type: 'request', request, source });
      hintTimer = setTimeout(() => dispatch({ type: 'still-waiting', request }), permissionHintMs);
      // An acquire that throws before returning its promise is a failed request like any other.
      new Promise<LocalMedia>((resolve) => resolve(acquire())).then(
        (media) => dispatch({ type: 'granted', request, media }),
        (error: unknown) => dispatch({ type: 'rejected', request, failure: toMediaFailure(error) }),
      );
      return true;
    },
    cancel() {
      dispatch({ type: 'cancel' });
    },
    stop() {
      dispatch({ type: 'stop' });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
