import {
  peerIds,
  stateNames,
  type CallEvent,
  type CallFeed,
  type CallStatus,
  type CandidateInfo,
  type ErrorInfo,
  type HintCode,
  type PeerId,
  type StateName,
} from '../call/types';
import { PhaseRunner, type Mismatch, type RunnerHost } from '../runner/runner';
import type { CallSpec, LastRun, PhaseSpec, RunResult, Verdict } from '../runner/types';
import { abortError } from '../runner/abort';
import { createInPagePair } from '../signaling/in-page';
import { Inbox } from '../signaling/inbox';
import { other, toCandidateInfo, type LoopbackContext } from './context';
import { createTrails, recordState, type Trails } from './trails';

import type { LocalMedia } from '../media/local-media';

/** The browser APIs and clocks a session uses; the page passes the real ones, tests pass fakes. */
export interface SessionDeps {
  readonly RTCPeerConnection: new (config: RTCConfiguration) => RTCPeerConnection;
  /**
   * Work to finish before the call's first API call, run once (chapter 5 loads adapter.js here, so the shim is not on
   * the page's critical path). `RTCPeerConnection` is read after it, so a shim may replace the class.
   */
  readonly prepare?: () => Promise<void>;
  /** Opens the local camera or test pattern; only calls that send media use it. */
  openSource?(constraints: MediaStreamConstraints): Promise<LocalMedia>;
  readonly now: () => number;
  readonly setTimer: (callback: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly config?: RTCConfiguration;
  /** How long ICE may try with candidates left undelivered before the page hints at it. */
  readonly hintAfterMs?: number;
}

/** What the shared context gives a call's own context to build on. */
export interface ContextTools {
  /** Opens the local source for this call; a stream that arrives after hang-up is released and never used. */
  openStream(constraints: MediaStreamConstraints): Promise<MediaStream>;
}

/** A call between two peers in one page: its spec, and how its own context and rules' view are made. */
export interface LoopbackCallDef<C extends LoopbackContext, V> {
  readonly spec: CallSpec<C, V>;
  context(base: LoopbackContext, tools: ContextTools): C;
  view(context: C, session: SessionView): V;
  /** The phase whose success makes the call active. */
  readonly activatedBy: string;
  /** After this phase succeeds, the page hints if candidates stay undelivered while ICE cannot connect. */
  readonly hintAfter: string;
  /** The phase that hands one waiting candidate over (the reader's deliver buttons run it). */
  readonly deliverPhase: string;
  /** Delivers the first waiting candidate sent by `from` to the other peer. */
  deliver(context: C, from: PeerId): Promise<void>;
  /** Whether one candidate from `from` may be delivered now. */
  deliverRule(view: V, from: PeerId): Verdict;
}

/** What a call's view may read of the session itself. */
export interface SessionView {
  readonly status: CallStatus;
  readonly busy: string | null;
}

/** Everything a view shows, as plain data, read from the browser at the moment of the snapshot. */
export interface SessionSnapshot<V> {
  readonly view: V;
  readonly status: CallStatus;
  readonly failure: ErrorInfo | null;
  readonly mismatch: Mismatch | null;
  readonly mistake: { readonly phase: string; readonly error: ErrorInfo } | null;
  readonly states: Readonly<Record<PeerId, Readonly<Record<StateName, string | null>>>>;
  readonly trails: Readonly<Record<PeerId, Readonly<Record<StateName, readonly string[]>>>>;
  /** Candidates each peer sent that wait, undelivered, in the other peer's inbox. */
  readonly outbox: Readonly<Record<PeerId, readonly CandidateInfo[]>>;
  readonly localStream: MediaStream | null;
  readonly remoteStream: MediaStream | null;
  readonly lastRun: LastRun | null;
  readonly hint: HintCode | null;
  readonly mistakeMode: boolean;
}

/**
 * Two peers in one page, run phase by phase: owns the connections, the in-page transport between them, the state
 * trails, the hint timer and the trickle of candidates on the automatic path; the runner runs the phases.
 */
export class LoopbackSession<C extends LoopbackContext, V> implements CallFeed {
  readonly runner: PhaseRunner<C, V>;
  #def: LoopbackCallDef<C, V>;
  #deps: SessionDeps;
  #ready: Promise<void> | null = null;
  #context: C;
  #source: LocalMedia | null = null;
  #remoteStream: MediaStream | null = null;
  #status: CallStatus = 'idle';
  #failure: ErrorInfo | null = null;
  #mismatch: Mismatch | null = null;
  #trails: Trails = createTrails();
  #hint: HintCode | null = null;
  #hintTimer: unknown = null;
  #autoIce = false;
  #iceChain: Promise<void> = Promise.resolve();
  #firstFrameSeen = false;
  #events = new Set<(event: CallEvent) => void>();
  #changes = new Set<() => void>();

  constructor(def: LoopbackCallDef<C, V>, deps: SessionDeps) {
    this.#def = def;
    this.#deps = deps;
    this.#context = this.#newContext();
    const host: RunnerHost<C> = {
      context: () => this.#context,
      now: () => this.#deps.now(),
      emit: (event) => this.#emit(event),
      changed: () => this.#changed(),
      failed: () => this.#status === 'failed',
      signalingStates: (context) => ({
        local: context.pc.local?.signalingState ?? null,
        remote: context.pc.remote?.signalingState ?? null,
      }),
      succeeded: (phase, context) => this.#afterSuccess(phase, context),
      end: () => this.hangUp(),
      fail: (error, mismatch) => this.#fail(error, mismatch),
    };
    this.runner = new PhaseRunner(def.spec, host, () => this.#view());
  }

  get spec(): CallSpec<C, V> {
    return this.#def.spec;
  }

  get call(): string {
    return this.#def.spec.id;
  }

  get mistakeMode(): boolean {
    return this.runner.mistakeMode;
  }

  set mistakeMode(on: boolean) {
    this.runner.mistakeMode = on;
  }

  subscribe(listener: (event: CallEvent) => void): () => void {
    this.#events.add(listener);
    return () => this.#events.delete(listener);
  }

  /** Calls `listener` after anything a view shows has changed. */
  onChange(listener: () => void): () => void {
    this.#changes.add(listener);
    return () => this.#changes.delete(listener);
  }

  connection(peer: PeerId): RTCPeerConnection | null {
    return this.#context.pc[peer];
  }

  /** The stream Alice sends and the one Bob receives, without building a whole snapshot. */
  streams(): { readonly local: MediaStream | null; readonly remote: MediaStream | null } {
    return { local: this.#source?.stream ?? null, remote: this.#remoteStream };
  }

  /** The current call's context, for what a page shows beyond the snapshot (channels, descriptions). */
  get context(): C {
    return this.#context;
  }

  verdict(phase: string): Verdict {
    return this.runner.verdict(phase);
  }

  canRun(phase: string): boolean {
    return this.runner.canRun(phase);
  }

  async run(phase: string): Promise<RunResult> {
    await this.#prepared();
    return this.runner.run(phase);
  }

  /** The rules' answer for delivering one candidate sent by `from`. */
  deliverVerdict(from: PeerId): Verdict {
    const verdict = this.runner.verdict(this.#def.deliverPhase);
    if (!verdict.allowed && (verdict.reason.code === 'busy' || verdict.reason.code === 'failed')) return verdict;
    return this.#def.deliverRule(this.#view(), from);
  }

  /** Delivers the first waiting candidate sent by `from` to the other peer (a deliver button). */
  async deliverOne(from: PeerId): Promise<RunResult> {
    const verdict = this.deliverVerdict(from);
    if (!verdict.allowed && !(this.runner.mistakeMode && verdict.mistake)) {
      return { outcome: 'refused', reason: verdict.reason };
    }
    const context = this.#context;
    return this.runner.perform(this.runner.phase(this.#def.deliverPhase), () => this.#def.deliver(context, from), {
      peer: other(from),
      call: `${other(from) === 'local' ? 'alice' : 'bob'}.addIceCandidate(candidate)`,
    });
  }

  /** The codelab's one button: the spec's quick path, with candidates trickled as soon as the receiver can use them. */
  quickCall(): Promise<RunResult> {
    const first = this.#def.spec.quickPath[0];
    if (first === undefined) return Promise.resolve({ outcome: 'done' });
    const verdict = this.runner.verdict(first);
    if (!verdict.allowed) return Promise.resolve({ outcome: 'refused', reason: verdict.reason });
    this.#autoIce = true;
    return this.#prepared().then(() => this.runner.runAll(this.#def.spec.quickPath));
  }

  /** Resolves once the page's `prepare` work is done (at once when there is none). */
  #prepared(): Promise<void> {
    this.#ready ??= this.#deps.prepare?.() ?? Promise.resolve();
    return this.#ready;
  }

  /** Closes one peer's connection, as if that side went away; the other side's states then tell the story. */
  leave(peer: PeerId): void {
    const pc = this.#context.pc[peer];
    if (!pc || pc.signalingState === 'closed') return;
    pc.close();
    this.#recordStates(peer, pc);
    this.#changed();
  }

  /** Ends the call whatever its state: aborts work in flight, runs the ending phase, releases the source. */
  hangUp(): void {
    const context = this.#context;
    const hadCall = this.#source !== null || context.pc.local !== null || context.pc.remote !== null;
    const pcs = { ...context.pc };
    this.runner.abortAll();
    this.#clearHint();
    if (hadCall) {
      const ending = this.#def.spec.phases.find((phase) => phase.ends);
      // close() fires no state events, so the final states are read from the closed connections afterwards.
      if (ending) {
        this.runner.performNow(
          ending,
          () => void ending.run(context),
          () => {
            for (const peer of peerIds) {
              const pc = pcs[peer];
              if (pc) this.#recordStates(peer, pc);
            }
          },
        );
      }
    }
    this.#source?.stop();
    this.#source = null;
    this.#remoteStream = null;
    this.#failure = null;
    this.#mismatch = null;
    this.#firstFrameSeen = false;
    this.#autoIce = false;
    this.#iceChain = Promise.resolve();
    for (const peer of peerIds) {
      context.inbox[peer].close();
      context.signal[peer].close();
    }
    this.#context = this.#newContext();
    // Back at idle there is no call to show: the panel starts empty, as it does for a saved call's events.
    if (!hadCall) this.#trails = createTrails();
    this.#setStatus(hadCall ? 'ended' : 'idle', null);
    this.#changed();
  }

  /** Hang up and forget the previous call's trails, back to a clean start. */
  reset(): void {
    this.hangUp();
    this.#trails = createTrails();
    this.runner.forget();
    this.#setStatus('idle', null);
    this.#changed();
  }

  /** The view saw the first frame of the remote video. */
  reportFirstFrame(width: number, height: number): void {
    if (this.#firstFrameSeen || !this.#remoteStream) return;
    this.#firstFrameSeen = true;
    this.#emit({ type: 'first-frame', width, height, at: this.#deps.now() });
    this.#changed();
  }

  snapshot(): SessionSnapshot<V> {
    const context = this.#context;
    const states = {} as Record<PeerId, Record<StateName, string | null>>;
    for (const peer of peerIds) {
      const pc = context.pc[peer];
      const last = (name: StateName) => this.#trails[peer][name].at(-1) ?? null;
      states[peer] = Object.fromEntries(stateNames.map((name) => [name, pc?.[name] ?? last(name)])) as Record<
        StateName,
        string | null
      >;
    }
    return {
      view: this.#view(),
      status: this.#status,
      failure: this.#failure,
      mismatch: this.#mismatch,
      mistake: this.runner.mistake,
      states,
      trails: this.#trails,
      outbox: { local: this.#waitingFrom('local'), remote: this.#waitingFrom('remote') },
      localStream: this.#source?.stream ?? null,
      remoteStream: this.#remoteStream,
      lastRun: this.runner.lastRun,
      hint: this.#hint,
      mistakeMode: this.runner.mistakeMode,
    };
  }

  /** Candidates `from` sent that wait in the other peer's inbox. */
  #waitingFrom(from: PeerId): CandidateInfo[] {
    return this.#context.inbox[other(from)]
      .all('candidate')
      .flatMap((message) => (message.candidate ? [message.candidate] : []));
  }

  #view(): V {
    return this.#def.view(this.#context, { status: this.#status, busy: this.runner.busy });
  }

  #afterSuccess(phase: PhaseSpec<C, unknown>, context: C): void {
    if (phase.id === this.#def.activatedBy) this.#setStatus('active', null);
    if (phase.createsPeers) this.#startTrails();
    if (phase.describes) {
      const pc = context.pc[phase.describes.peer];
      const description = phase.describes.side === 'local' ? pc?.localDescription : pc?.remoteDescription;
      if (description) {
        this.#emit({
          type: 'description',
          peer: phase.describes.peer,
          side: phase.describes.side,
          sdpType: description.type,
          sdp: description.sdp,
          at: this.#deps.now(),
        });
      }
      if (phase.describes.side === 'remote') this.#flushIce();
    }
    if (phase.id === this.#def.hintAfter) this.#armHint();
  }

  #fail(error: ErrorInfo, mismatch: Mismatch | null): void {
    this.#failure = error;
    this.#mismatch = mismatch;
    this.#setStatus('failed', error);
  }

  #setStatus(status: CallStatus, reason: ErrorInfo | null): void {
    if (status === this.#status && reason === null) return;
    this.#status = status;
    this.#emit({ type: 'call-status', status, reason, at: this.#deps.now() });
  }

  #newContext(): C {
    const signal = createInPagePair();
    const inbox = { local: new Inbox(signal.local), remote: new Inbox(signal.remote) };
    const runner = () => this.runner;
    const deps = this.#deps;
    const base: LoopbackContext = {
      get mistakeMode() {
        return runner().mistakeMode;
      },
      pc: { local: null, remote: null },
      signal,
      inbox,
      config: this.#deps.config ?? {},
      // Read when a phase creates a connection, not now: `prepare` may have replaced the class by then.
      get RTCPeerConnection() {
        return deps.RTCPeerConnection;
      },
      report: {
        candidate: (peer, candidate) => this.#onCandidate(context, peer, candidate),
        track: (peer, event) => this.#onTrack(context, peer, event),
        state: (peer, name) => {
          if (context !== this.#context) return;
          const pc = context.pc[peer];
          if (pc) this.#recordState(peer, name, pc[name]);
          if (name === 'connectionState' && this.#bothConnected()) this.#clearHint();
          this.#changed();
        },
        delivered: (from, candidate) => {
          if (context === this.#context)
            this.#emit({ type: 'candidate-delivered', peer: from, candidate, at: this.#deps.now() });
        },
      },
    };
    const tools: ContextTools = {
      openStream: async (constraints) => {
        if (!this.#deps.openSource) throw Object.assign(new Error('no media source'), { name: 'NotSupportedError' });
        const source = await this.#deps.openSource(constraints);
        // The reader may have hung up while the browser was asking for permission: drop the late stream.
        if (context !== this.#context) {
          source.stop();
          throw abortError();
        }
        this.#source = source;
        return source.stream;
      },
    };
    const context = this.#def.context(base, tools);
    for (const peer of peerIds) inbox[peer].onChange(() => this.#onInbox(context));
    return context;
  }

  #onInbox(context: C): void {
    if (context !== this.#context) return;
    if (this.#autoIce) this.#flushIce();
    this.#changed();
  }

  #onCandidate(context: C, peer: PeerId, candidate: RTCIceCandidate | null): void {
    if (context !== this.#context) return;
    const info = candidate ? toCandidateInfo(candidate) : null;
    this.#emit({ type: 'candidate-gathered', peer, candidate: info, at: this.#deps.now() });
    this.#changed();
  }

  #onTrack(context: C, peer: PeerId, event: RTCTrackEvent): void {
    if (context !== this.#context) return;
    this.#remoteStream = event.streams[0] ?? new MediaStream([event.track]);
    this.#emit({ type: 'track', peer, kind: event.track.kind, at: this.#deps.now() });
    this.#changed();
  }

  /** Trickle: delivers, one at a time and in order, every candidate whose receiver can already use it. */
  #flushIce(): void {
    if (!this.#autoIce) return;
    const context = this.#context;
    const deliverPhase = this.runner.phase(this.#def.deliverPhase);
    this.#iceChain = this.#iceChain.then(async () => {
      for (const from of peerIds) {
        const to = other(from);
        while (
          context === this.#context &&
          context.inbox[to].count('candidate') > 0 &&
          context.pc[to]?.remoteDescription
        ) {
          const result = await this.runner.perform(deliverPhase, () => this.#def.deliver(context, from), {
            background: true,
            peer: to,
            call: `${to === 'local' ? 'alice' : 'bob'}.addIceCandidate(candidate)`,
          });
          if (result.outcome !== 'done') return;
        }
      }
    });
  }

  #armHint(): void {
    this.#clearHint();
    this.#hintTimer = this.#deps.setTimer(() => {
      this.#hintTimer = null;
      const waiting = this.#waitingFrom('local').length + this.#waitingFrom('remote').length > 0;
      if (!this.#bothConnected() && waiting && this.#status === 'active') {
        this.#hint = 'candidates-waiting';
        this.#emit({ type: 'hint', code: 'candidates-waiting', peer: null, at: this.#deps.now() });
        this.#changed();
      }
    }, this.#deps.hintAfterMs ?? 10_000);
  }

  #clearHint(): void {
    if (this.#hintTimer !== null) this.#deps.clearTimer(this.#hintTimer);
    this.#hintTimer = null;
    this.#hint = null;
  }

  #bothConnected(): boolean {
    return peerIds.every((peer) => this.#context.pc[peer]?.connectionState === 'connected');
  }

  #recordStates(peer: PeerId, pc: RTCPeerConnection): void {
    for (const name of stateNames) this.#recordState(peer, name, pc[name]);
  }

  #recordState(peer: PeerId, name: StateName, value: string): void {
    if (recordState(this.#trails, peer, name, value)) {
      this.#emit({ type: 'state', peer, name, value, at: this.#deps.now() });
    }
  }

  /** New connections start new trails; the previous call's ended with 'closed'. */
  #startTrails(): void {
    this.#trails = createTrails();
    for (const peer of peerIds) {
      const pc = this.#context.pc[peer];
      if (pc) this.#recordStates(peer, pc);
    }
  }

  #emit(event: CallEvent): void {
    for (const listener of this.#events) listener(event);
  }

  #changed(): void {
    for (const listener of this.#changes) listener();
  }
}
