/** The vocabulary of a call described as data: phase specs, verdicts, reasons and run results. */
import type { ErrorInfo, PeerId } from '../call/types';

/** Why a phase cannot run now: a code with one sentence in the dictionary, and the values it names. */
export interface Reason {
  readonly code: string;
  /** Values the sentence names, e.g. `{ state: 'stable' }`; a `phase` value is a phase id. */
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Whether a phase may run. `mistake` is true when the order is wrong but the browser can still be asked, so that
 * mistake mode may run it and show the browser's own answer; impossible phases (no object to call) stay closed.
 */
export type Verdict =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: Reason; readonly mistake: boolean };

/** What one run of a phase came to. */
export type RunResult =
  | { readonly outcome: 'done' }
  | { readonly outcome: 'refused'; readonly reason: Reason }
  | { readonly outcome: 'error'; readonly error: ErrorInfo; readonly phase: string }
  | { readonly outcome: 'aborted' };

/** The last phase the reader ran, what it came to and how long it took. */
export interface LastRun {
  readonly phase: string;
  readonly result: RunResult;
  readonly durationMs: number;
}

/**
 * One phase of a call: one API call (or a small group) that the reader runs by hand. `C` is the call's context (its
 * peer connections, streams, transport), `V` the plain-data view its rules read.
 */
export interface PhaseSpec<C, V> {
  readonly id: string;
  /** The peer whose connection the phase calls, or null for both or neither. */
  readonly peer: PeerId | null;
  /** How the phase reads as code in the trace: `alice.createOffer()`. */
  readonly call: string;
  /** The top-level functions of the call's source file that the page shows for this phase. */
  readonly shows: readonly string[];
  /** May run whatever the call's state, even while another phase runs or after a failure (hang-up). */
  readonly anytime?: boolean;
  /** Ends the call: the runner hands it to the call's owner, which aborts work in flight and closes everything. */
  readonly ends?: boolean;
  /** Creates the peer connections: their state trails start anew. */
  readonly createsPeers?: boolean;
  /** Runs the phase against the browser. */
  run(context: C): Promise<void> | void;
  /** Whether the phase may run in this view, and why not. */
  rule(view: V): Verdict;
  /** The signaling state each peer must be in after the phase succeeds; anything else fails the call. */
  readonly expect?: Partial<Record<PeerId, RTCSignalingState>>;
  /** Which description the phase sets, so that its SDP is reported. */
  readonly describes?: { readonly peer: PeerId; readonly side: 'local' | 'remote' };
  /** The explanation code (`call.mistake.<code>`) for an error thrown when the phase ran out of order. */
  mistake?(error: ErrorInfo): string;
}

/** A call: its phases in the order a correct call runs them. */
export interface CallSpec<C, V> {
  /** Names the call in saved logs and in the page: `video-loopback`. */
  readonly id: string;
  /** The file (under src/lib) whose functions the page shows for the phases. */
  readonly source: string;
  readonly phases: readonly PhaseSpec<C, V>[];
  /** The phases the codelab's one-button path runs, in order. */
  readonly quickPath: readonly string[];
}
