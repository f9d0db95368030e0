import { toErrorInfo } from '../call/errors';
import type { CallEvent, ErrorInfo, PeerId } from '../call/types';
import { whileNotAborted, abortError } from './abort';
import type { CallSpec, LastRun, PhaseSpec, RunResult, Verdict } from './types';
import { gate } from './gate';
import { mayRun, refusal } from './verdict';

/** A browser state that differs from what a phase should have produced: the model is wrong, so the call fails. */
export interface Mismatch {
  readonly phase: string;
  readonly peer: PeerId;
  readonly expected: RTCSignalingState;
  readonly actual: RTCSignalingState | 'missing';
}

/** What the runner needs from the call that owns it; the owner keeps the connections, the runner only runs phases. */
export interface RunnerHost<C> {
  /** The current call's context; a new one after every hang-up, which is how late work knows it is stale. */
  context(): C;
  now(): number;
  emit(event: CallEvent): void;
  /** Something a view shows has changed. */
  changed(): void;
  /** Whether the call has failed: then only phases marked `anytime` may run. */
  failed(): boolean;
  /** Each peer's signaling state right now (null: no connection), to check a phase's `expect`. */
  signalingStates(context: C): Readonly<Record<PeerId, RTCSignalingState | null>>;
  /** After a phase succeeded and matched its expectations. */
  succeeded(phase: PhaseSpec<C, unknown>, context: C): void;
  /** Ends the call (the phase marked `ends`): the owner aborts, closes and reports it. */
  end(): void;
  /** A phase failed outside mistake mode, or a state did not match: the call fails with this error. */
  fail(error: ErrorInfo, mismatch: Mismatch | null): void;
}

/** Options of one reported piece of work. */
export interface PerformOptions {
  /** Background work (trickled candidates) does not block the buttons or count as the reader's last run. */
  readonly background?: boolean;
  readonly peer?: PeerId | null;
  /** The code the trace shows when it differs from the phase's. */
  readonly call?: string;
}

/**
 * Runs the phases of one call, one at a time: asks each phase's rule whether it may run (mistake mode lets a wrong
 * order through), races it against hang-up's abort, checks the browser's signaling states afterwards, reports every
 * run as events and remembers the last one. It knows no particular call: the spec says what each phase does.
 */
export class PhaseRunner<C, V> {
  readonly spec: CallSpec<C, V>;
  #host: RunnerHost<C>;
  #view: () => V;
  #phases: ReadonlyMap<string, PhaseSpec<C, V>>;
  #abort = new AbortController();
  #busy: string | null = null;
  #lastRun: LastRun | null = null;
  #mistake: { readonly phase: string; readonly error: ErrorInfo } | null = null;
  #mistakeMode = false;
  #seq = 0;
  /** The phases that succeeded in the current call, so a step box can say "done" instead of why it cannot run. */
  #done = new Set<string>();

  constructor(spec: CallSpec<C, V>, host: RunnerHost<C>, view: () => V) {
    this.spec = spec;
    this.#host = host;
    this.#view = view;
    this.#phases = new Map(spec.phases.map((phase) => [phase.id, phase]));
  }

  /** The phase running now on the reader's behalf, if any. */
  get busy(): string | null {
    return this.#busy;
  }

  get lastRun(): LastRun | null {
    return this.#lastRun;
  }

  /** The error of the last phase run out of order in mistake mode, while the call goes on. */
  get mistake(): { readonly phase: string; readonly error: ErrorInfo } | null {
    return this.#mistake;
  }

  get mistakeMode(): boolean {
    return this.#mistakeMode;
  }

  set mistakeMode(on: boolean) {
    this.#mistakeMode = on;
    this.#host.changed();
  }

  /** The spec of a phase; throws for an id the call does not have (a programming error, not a reader's). */
  phase(id: string): PhaseSpec<C, V> {
    const phase = this.#phases.get(id);
    if (!phase) throw new Error(`Unknown phase ${id} in call ${this.spec.id}`);
    return phase;
  }

  /** Whether a phase may run now, and why not. */
  verdict(id: string): Verdict {
    const phase = this.phase(id);
    if (phase.anytime) return phase.rule(this.#view());
    return gate(this.#busy, this.#host.failed()) ?? phase.rule(this.#view());
  }

  /** The one answer to "may it run": allowed, or a mistake that mistake mode lets through. */
  canRun(id: string): boolean {
    return mayRun(this.verdict(id), this.#mistakeMode);
  }

  /** Runs one phase if it may run. Never throws; the result says what happened. */
  run(id: string): Promise<RunResult> {
    const reason = refusal(this.verdict(id), this.#mistakeMode);
    if (reason) return Promise.resolve({ outcome: 'refused', reason });
    const phase = this.phase(id);
    if (phase.ends) {
      this.#host.end();
      return Promise.resolve({ outcome: 'done' });
    }
    return this.perform(phase, () => phase.run(this.#host.context()));
  }

  /** Runs the given phases in order, stopping at the first that does not succeed. */
  async runAll(ids: readonly string[]): Promise<RunResult> {
    for (const id of ids) {
      const result = await this.run(id);
      if (result.outcome !== 'done') return result;
    }
    return { outcome: 'done' };
  }

  /** Whether a phase succeeded in the current call (since the last hang-up). */
  isDone(id: string): boolean {
    return this.#done.has(id);
  }

  /** The first phase, in the spec's order, that has not succeeded yet and may run now: what the reader does next. */
  next(): string | null {
    const ready = this.spec.phases.find(
      (phase) => !phase.ends && !this.#done.has(phase.id) && this.verdict(phase.id).allowed,
    );
    return ready?.id ?? null;
  }

  /** Aborts everything in flight: a promise that settles afterwards can no longer act. A new call starts fresh. */
  abortAll(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#busy = null;
    this.#mistake = null;
    this.#done.clear();
  }

  /** Forgets the last run (a reset). */
  forget(): void {
    this.#lastRun = null;
    this.#done.clear();
  }

  /**
   * Runs a phase that must finish at once and cannot be refused (hang-up: close() is synchronous), reported like
   * any other run. `after` runs between the phase and its success event (to read the closed connections' states).
   */
  performNow(phase: PhaseSpec<C, V>, work: () => void, after: () => void = () => {}): void {
    const host = this.#host;
    const id = this.nextId();
    const started = host.now();
    const base = { type: 'api-call', id, phase: phase.id, peer: phase.peer, call: phase.call } as const;
    host.emit({ ...base, status: 'start', at: started });
    let result: RunResult = { outcome: 'done' };
    try {
      work();
      after();
      const at = host.now();
      host.emit({ ...base, status: 'success', at, durationMs: at - started });
      this.#done.add(phase.id);
    } catch (thrown) {
      const error = toErrorInfo(thrown);
      const at = host.now();
      host.emit({ ...base, status: 'failure', at, durationMs: at - started, error });
      result = { outcome: 'error', error, phase: phase.id };
    }
    this.#lastRun = { phase: phase.id, result, durationMs: host.now() - started };
  }

  /** A new id for an API call event, shared by every report of this call. */
  nextId(): number {
    return ++this.#seq;
  }

  /** Runs `work` as one reported API call of `phase`, checks the states after it and records the run. */
  async perform(
    phase: PhaseSpec<C, V>,
    work: () => Promise<void> | void,
    options: PerformOptions = {},
  ): Promise<RunResult> {
    const host = this.#host;
    const context = host.context();
    const signal = this.#abort.signal;
    const background = options.background ?? false;
    const peer = options.peer === undefined ? phase.peer : options.peer;
    const call = options.call ?? phase.call;
    const id = this.nextId();
    const started = host.now();
    if (!background) this.#busy = phase.id;
    host.emit({ type: 'api-call', status: 'start', id, phase: phase.id, peer, call, at: started });
    host.changed();
    let result: RunResult;
    try {
      await whileNotAborted(Promise.resolve().then(work), signal);
      if (signal.aborted) throw abortError();
      const at = host.now();
      host.emit({ type: 'api-call', status: 'success', id, phase: phase.id, peer, call, at, durationMs: at - started });
      this.#mistake = null;
      const mismatch = this.#mismatch(phase, context);
      if (mismatch) host.fail(mismatchError(mismatch), mismatch);
      else {
        this.#done.add(phase.id);
        host.succeeded(phase, context);
      }
      result = { outcome: 'done' };
    } catch (thrown) {
      const error = toErrorInfo(thrown);
      const at = host.now();
      host.emit({
        type: 'api-call',
        status: 'failure',
        id,
        phase: phase.id,
        peer,
        call,
        at,
        durationMs: at - started,
        error,
      });
      if (signal.aborted || context !== host.context()) return { outcome: 'aborted' };
      result = { outcome: 'error', error, phase: phase.id };
      const mismatch = this.#mismatch(phase, context);
      if (this.#mistakeMode && !mismatch) this.#mistake = { phase: phase.id, error };
      else host.fail(error, null);
    }
    if (context === host.context()) {
      if (!background) {
        this.#busy = null;
        this.#lastRun = { phase: phase.id, result, durationMs: host.now() - started };
      }
      host.changed();
    }
    return result;
  }

  #mismatch(phase: PhaseSpec<C, V>, context: C): Mismatch | null {
    const actual = this.#host.signalingStates(context);
    for (const [peer, expected] of Object.entries(phase.expect ?? {}) as [PeerId, RTCSignalingState][]) {
      const real = actual[peer] ?? 'missing';
      if (real !== expected) return { phase: phase.id, peer, expected, actual: real };
    }
    return null;
  }
}

/**
 * A mismatch as an error record for the log and the trace. Like a browser's own error message, its text is a
 * diagnostic in English; the page explains it with a dictionary sentence built from the mismatch's data.
 */
function mismatchError(m: Mismatch): ErrorInfo {
  const who = m.peer === 'local' ? 'Alice' : 'Bob';
  return {
    name: 'StateMismatch',
    message: `After ${m.phase}, ${who}'s signalingState should be ${m.expected}, but the browser says ${m.actual}.`,
  };
}
