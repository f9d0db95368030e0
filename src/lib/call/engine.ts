import { toErrorInfo } from './errors';
import { checkAfter } from './expectations';
import { other, type LoopbackCall } from './loopback';
import * as phases from './phases';
import { deliverVerdict, verdict, type CallView, type PeerView, type Reason, type Verdict } from './rules';
import {
  peerIds,
  phaseIds,
  stateNames,
  type CallEvent,
  type CallFeed,
  type CallStatus,
  type CandidateInfo,
  type ErrorInfo,
  type HintCode,
  type PeerId,
  type PhaseId,
  type StateName,
} from './types';

/** A local video source: the camera, or the test pattern. `release` stops whatever feeds it. */
export interface LocalSource {
  readonly stream: MediaStream;
  release(): void;
}

/** The browser APIs and clocks the engine uses; the page passes the real ones, tests pass fakes. */
export interface EngineDeps {
  readonly RTCPeerConnection: new (config: RTCConfiguration) => RTCPeerConnection;
  openSource(constraints: MediaStreamConstraints): Promise<LocalSource>;
  readonly now: () => number;
  readonly setTimer: (callback: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly config?: RTCConfiguration;
  /** How long ICE may try with candidates left undelivered before the page hints at it. */
  readonly hintAfterMs?: number;
}

/** What one run of a phase came to. */
export type RunResult =
  | { readonly outcome: 'done' }
  | { readonly outcome: 'refused'; readonly reason: Reason }
  | { readonly outcome: 'error'; readonly error: ErrorInfo; readonly phase: PhaseId }
  | { readonly outcome: 'aborted' };

/** Everything a view shows, as plain data, read from the browser at the moment of the snapshot. */
export interface EngineSnapshot {
  readonly view: CallView;
  readonly status: CallStatus;
  readonly failure: ErrorInfo | null;
  readonly mistake: { readonly phase: PhaseId; readonly error: ErrorInfo } | null;
  readonly states: Readonly<Record<PeerId, Readonly<Record<StateName, string | null>>>>;
  readonly trails: Readonly<Record<PeerId, Readonly<Record<StateName, readonly string[]>>>>;
  readonly outbox: Readonly<Record<PeerId, readonly CandidateInfo[]>>;
  readonly offerSdp: string | null;
  readonly answerSdp: string | null;
  readonly localStream: MediaStream | null;
  readonly remoteStream: MediaStream | null;
  readonly lastRun: { readonly phase: PhaseId; readonly result: RunResult; readonly durationMs: number } | null;
  readonly hint: HintCode | null;
  readonly mistakeMode: boolean;
}

/** How each phase reads as code in the trace. */
const callText: Record<PhaseId, { readonly peer: PeerId | null; readonly call: string }> = {
  'get-user-media': { peer: null, call: 'navigator.mediaDevices.getUserMedia({ video: true })' },
  'create-peers': { peer: null, call: 'new RTCPeerConnection(servers) ×2' },
  'add-tracks': { peer: 'local', call: 'alice.addTrack(track, stream)' },
  'create-offer': { peer: 'local', call: 'alice.createOffer()' },
  'set-local-offer': { peer: 'local', call: 'alice.setLocalDescription(offer)' },
  'set-remote-offer': { peer: 'remote', call: 'bob.setRemoteDescription(offer)' },
  'create-answer': { peer: 'remote', call: 'bob.createAnswer()' },
  'set-local-answer': { peer: 'remote', call: 'bob.setLocalDescription(answer)' },
  'set-remote-answer': { peer: 'local', call: 'alice.setRemoteDescription(answer)' },
  'exchange-ice': { peer: null, call: 'addIceCandidate(candidate) for each waiting candidate' },
  'hang-up': { peer: null, call: 'alice.close(); bob.close(); track.stop()' },
};

/** Which description a phase sets, so the engine can report it with its SDP. */
const setsDescription: Partial<Record<PhaseId, { peer: PeerId; side: 'local' | 'remote' }>> = {
  'set-local-offer': { peer: 'local', side: 'local' },
  'set-remote-offer': { peer: 'remote', side: 'remote' },
  'set-local-answer': { peer: 'remote', side: 'local' },
  'set-remote-answer': { peer: 'local', side: 'remote' },
};

const emptyTrails = (): Record<PeerId, Record<StateName, string[]>> => ({
  local: { signalingState: [], iceGatheringState: [], iceConnectionState: [], connectionState: [] },
  remote: { signalingState: [], iceGatheringState: [], iceConnectionState: [], connectionState: [] },
});

class Aborted extends Error {
  constructor() {
    super('The call was hung up before this finished');
    this.name = 'AbortError';
  }
}

/**
 * A loopback call that the reader advances one phase at a time. It owns the peer connections, asks the rules before
 * every phase, checks the browser's states after it, and reports everything as events. Hang-up aborts whatever is in
 * flight: a promise that settles afterwards can no longer touch the page.
 */
export class CallEngine implements CallFeed {
  #deps: EngineDeps;
  #call: LoopbackCall;
  #source: LocalSource | null = null;
  #remoteStream: MediaStream | null = null;
  #status: CallStatus = 'idle';
  #failure: ErrorInfo | null = null;
  #mistake: { phase: PhaseId; error: ErrorInfo } | null = null;
  #busy: PhaseId | null = null;
  #abort = new AbortController();
  #trails = emptyTrails();
  #lastRun: EngineSnapshot['lastRun'] = null;
  #hint: HintCode | null = null;
  #hintTimer: unknown = null;
  #iceChain: Promise<void> = Promise.resolve();
  #seq = 0;
  #firstFrameSeen = false;
  #events = new Set<(event: CallEvent) => void>();
  #changes = new Set<() => void>();
  /** Mistake mode lets the reader run a phase out of order to see the browser's own error. */
  #mistakeMode = false;
  /** Deliver candidates as soon as the receiver can use them (the quick path), instead of waiting for the reader. */
  autoIce = false;

  constructor(deps: EngineDeps) {
    this.#deps = deps;
    this.#call = this.#newCall();
  }

  get mistakeMode(): boolean {
    return this.#mistakeMode;
  }

  set mistakeMode(on: boolean) {
    this.#mistakeMode = on;
    this.#changed();
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

  /** The stream Alice sends and the one Bob receives, without building a whole snapshot. */
  streams(): { readonly local: MediaStream | null; readonly remote: MediaStream | null } {
    return { local: this.#call.localStream, remote: this.#remoteStream };
  }

  connection(peer: PeerId): RTCPeerConnection | null {
    return this.#call.pc[peer];
  }

  /** The rules' answer for a phase, taking mistake mode into account. */
  verdict(phase: PhaseId): Verdict {
    return verdict(this.#view(), phase);
  }

  /** True when the phase may run now: allowed, or a mistake that mistake mode lets through. */
  canRun(phase: PhaseId): boolean {
    const v = this.verdict(phase);
    return v.allowed || (this.#mistakeMode && v.mistake);
  }

  /** The rules' answer for delivering one candidate from `from`. */
  deliverVerdict(from: PeerId): Verdict {
    return deliverVerdict(this.#view(), from);
  }

  snapshot(): EngineSnapshot {
    const call = this.#call;
    const states = {} as Record<PeerId, Record<StateName, string | null>>;
    for (const peer of peerIds) {
      const pc = call.pc[peer];
      const last = (name: StateName) => this.#trails[peer][name].at(-1) ?? null;
      states[peer] = {
        signalingState: pc?.signalingState ?? last('signalingState'),
        iceGatheringState: pc?.iceGatheringState ?? last('iceGatheringState'),
        iceConnectionState: pc?.iceConnectionState ?? last('iceConnectionState'),
        connectionState: pc?.connectionState ?? last('connectionState'),
      };
    }
    return {
      view: this.#view(),
      status: this.#status,
      failure: this.#failure,
      mistake: this.#mistake,
      states,
      trails: this.#trails,
      outbox: { local: [...call.outbox.local], remote: [...call.outbox.remote] },
      offerSdp: call.offer?.sdp ?? null,
      answerSdp: call.answer?.sdp ?? null,
      localStream: call.localStream,
      remoteStream: this.#remoteStream,
      lastRun: this.#lastRun,
      hint: this.#hint,
      mistakeMode: this.#mistakeMode,
    };
  }

  /** Runs one phase if the rules (or mistake mode) allow it. Never throws; the result says what happened. */
  async run(phase: PhaseId): Promise<RunResult> {
    const v = this.verdict(phase);
    if (!v.allowed && !(this.#mistakeMode && v.mistake)) return { outcome: 'refused', reason: v.reason };
    if (phase === 'hang-up') {
      this.hangUp();
      return { outcome: 'done' };
    }
    return this.#perform(phase, callText[phase].call, () => this.#phase(phase));
  }

  /** Delivers the first waiting candidate of `from` to the other peer. */
  async deliverOne(from: PeerId): Promise<RunResult> {
    const v = this.deliverVerdict(from);
    if (!v.allowed && !(this.#mistakeMode && v.mistake)) return { outcome: 'refused', reason: v.reason };
    const to = other(from) === 'local' ? 'alice' : 'bob';
    const deliver = () => phases.deliverCandidate(this.#call, from);
    return this.#perform('exchange-ice', `${to}.addIceCandidate(candidate)`, deliver, false, other(from));
  }

  /** The codelab's Call button: every phase from creating the peers to the answer, with candidates trickled. */
  async quickCall(): Promise<RunResult> {
    const v = this.verdict('create-peers');
    if (!v.allowed) return { outcome: 'refused', reason: v.reason };
    this.autoIce = true;
    // phaseIds lists the phases in call order; candidates trickle on their own, so exchange-ice is not among these.
    const order = phaseIds.slice(phaseIds.indexOf('create-peers'), phaseIds.indexOf('exchange-ice'));
    for (const phase of order) {
      const result = await this.run(phase);
      if (result.outcome !== 'done') return result;
    }
    return { outcome: 'done' };
  }

  /** Closes one peer's connection, as if that side went away; the other side's states then tell the story. */
  leave(peer: PeerId): void {
    const pc = this.#call.pc[peer];
    if (!pc || pc.signalingState === 'closed') return;
    pc.close();
    this.#recordStates(peer, pc);
    this.#changed();
  }

  /** Ends the call whatever its state: aborts work in flight, closes both peers, stops every track. */
  hangUp(): void {
    const call = this.#call;
    const hadCall = call.localStream !== null || call.pc.local !== null || call.pc.remote !== null;
    const pcs = { local: call.pc.local, remote: call.pc.remote };
    const started = this.#deps.now();
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#clearHint();
    if (hadCall) {
      const id = ++this.#seq;
      const at = this.#deps.now();
      this.#emit({
        type: 'api-call',
        status: 'start',
        id,
        phase: 'hang-up',
        peer: null,
        call: callText['hang-up'].call,
        at,
      });
      phases.hangUp(call);
      // close() fires no state events, so the final states are read from the closed connections here.
      for (const peer of peerIds) {
        const pc = pcs[peer];
        if (pc) this.#recordStates(peer, pc);
      }
      this.#emit({
        type: 'api-call',
        status: 'success',
        id,
        phase: 'hang-up',
        peer: null,
        call: callText['hang-up'].call,
        at: this.#deps.now(),
        durationMs: this.#deps.now() - at,
      });
    }
    if (hadCall)
      this.#lastRun = { phase: 'hang-up', result: { outcome: 'done' }, durationMs: this.#deps.now() - started };
    this.#source?.release();
    this.#source = null;
    this.#remoteStream = null;
    this.#busy = null;
    this.#mistake = null;
    this.#failure = null;
    this.#firstFrameSeen = false;
    this.autoIce = false;
    this.#iceChain = Promise.resolve();
    this.#call = this.#newCall();
    this.#setStatus(hadCall ? 'ended' : 'idle', null);
    this.#changed();
  }

  /** Hang up and forget the previous call's trails, back to a clean start. */
  reset(): void {
    this.hangUp();
    this.#trails = emptyTrails();
    this.#lastRun = null;
    this.#setStatus('idle', null);
    this.#changed();
  }

  /** The view saw the first frame of the remote video. */
  reportFirstFrame(width: number, height: number): void {
    if (this.#firstFrameSeen || !this.#remoteStream) return;
    this.#firstFrameSeen = true;
    this.#emit({ type: 'first-frame', width, height, at: this.#deps.now() });
  }

  #phase(phase: PhaseId): Promise<void> | void {
    const call = this.#call;
    switch (phase) {
      case 'get-user-media':
        return phases.getUserMedia(call);
      case 'create-peers':
        // New connections start new trails; the previous call's ended with 'closed'.
        this.#trails = emptyTrails();
        phases.createPeers(call);
        for (const peer of peerIds) this.#recordStates(peer, call.pc[peer]);
        return;
      case 'add-tracks':
        return phases.addTracks(call);
      case 'create-offer':
        return phases.createOffer(call);
      case 'set-local-offer':
        return phases.setLocalOffer(call);
      case 'set-remote-offer':
        return phases.setRemoteOffer(call);
      case 'create-answer':
        return phases.createAnswer(call);
      case 'set-local-answer':
        return phases.setLocalAnswer(call);
      case 'set-remote-answer':
        return phases.setRemoteAnswer(call);
      case 'exchange-ice':
        return phases.exchangeIce(call, this.#mistakeMode);
      case 'hang-up':
        return phases.hangUp(call);
    }
  }

  /** Runs `work` as one reported API call. Background work (trickled candidates) does not block the buttons. */
  async #perform(
    phase: PhaseId,
    text: string,
    work: () => Promise<void> | void,
    background = false,
    peer: PeerId | null = callText[phase].peer,
  ): Promise<RunResult> {
    const call = this.#call;
    const signal = this.#abort.signal;
    const id = ++this.#seq;
    const started = this.#deps.now();
    if (!background) this.#busy = phase;
    this.#emit({ type: 'api-call', status: 'start', id, phase, peer, call: text, at: started });
    this.#changed();
    let result: RunResult;
    try {
      await whileNotAborted(Promise.resolve().then(work), signal);
      if (signal.aborted) throw new Aborted();
      const at = this.#deps.now();
      this.#emit({ type: 'api-call', status: 'success', id, phase, peer, call: text, at, durationMs: at - started });
      if (phase === 'get-user-media') this.#setStatus('active', null);
      this.#afterSuccess(phase);
      this.#mistake = null;
      result = { outcome: 'done' };
    } catch (thrown) {
      const error = toErrorInfo(thrown);
      const at = this.#deps.now();
      this.#emit({
        type: 'api-call',
        status: 'failure',
        id,
        phase,
        peer,
        call: text,
        at,
        durationMs: at - started,
        error,
      });
      if (signal.aborted || call !== this.#call) return { outcome: 'aborted' };
      result = { outcome: 'error', error, phase };
      if (this.#mistakeMode && !this.#mismatch(phase)) this.#mistake = { phase, error };
      else this.#fail(error);
    }
    if (call === this.#call) {
      if (!background) {
        this.#busy = null;
        this.#lastRun = { phase, result, durationMs: this.#deps.now() - started };
      }
      this.#changed();
    }
    return result;
  }

  #afterSuccess(phase: PhaseId): void {
    const call = this.#call;
    const described = setsDescription[phase];
    if (described) {
      const pc = call.pc[described.peer];
      const description = described.side === 'local' ? pc?.localDescription : pc?.remoteDescription;
      if (description) {
        this.#emit({
          type: 'description',
          peer: described.peer,
          side: described.side,
          sdpType: description.type,
          sdp: description.sdp,
          at: this.#deps.now(),
        });
      }
    }
    const mismatch = this.#mismatch(phase);
    if (mismatch) {
      this.#fail({
        name: 'StateMismatch',
        message: `After ${phase}, ${mismatch.peer === 'local' ? 'Alice' : 'Bob'}'s signalingState should be ${mismatch.expected}, but the browser says ${mismatch.actual}.`,
      });
      return;
    }
    if (phase === 'set-remote-offer' || phase === 'set-remote-answer') this.#flushIce();
    if (phase === 'set-remote-answer') this.#armHint();
  }

  #mismatch(phase: PhaseId) {
    const { local, remote } = this.#call.pc;
    return checkAfter(phase, { local: local?.signalingState ?? null, remote: remote?.signalingState ?? null });
  }

  #fail(error: ErrorInfo): void {
    this.#failure = error;
    this.#setStatus('failed', error);
  }

  #setStatus(status: CallStatus, reason: ErrorInfo | null): void {
    if (status === this.#status && reason === null) return;
    this.#status = status;
    this.#emit({ type: 'call-status', status, reason, at: this.#deps.now() });
  }

  #newCall(): LoopbackCall {
    const call: LoopbackCall = {
      localStream: null,
      pc: { local: null, remote: null },
      offer: null,
      answer: null,
      outbox: { local: [], remote: [] },
      config: this.#deps.config ?? {},
      api: {
        RTCPeerConnection: this.#deps.RTCPeerConnection,
        getLocalStream: async (constraints) => {
          const source = await this.#deps.openSource(constraints);
          // The reader may have hung up while the browser was asking for permission: drop the late stream.
          if (call !== this.#call) {
            source.release();
            throw new Aborted();
          }
          this.#source = source;
          return source.stream;
        },
      },
      report: {
        candidate: (peer, candidate) => this.#onCandidate(call, peer, candidate),
        track: (peer, event) => this.#onTrack(call, peer, event),
        state: (peer, name) => {
          if (call !== this.#call) return;
          const pc = call.pc[peer];
          if (pc) this.#recordState(peer, name, pc[name]);
          if (name === 'connectionState' && this.#bothConnected()) this.#clearHint();
          this.#changed();
        },
        delivered: (from, candidate) => {
          if (call === this.#call)
            this.#emit({ type: 'candidate-delivered', peer: from, candidate, at: this.#deps.now() });
        },
      },
    };
    return call;
  }

  #onCandidate(call: LoopbackCall, peer: PeerId, candidate: RTCIceCandidate | null): void {
    if (call !== this.#call) return;
    const info = candidate ? toCandidateInfo(candidate) : null;
    this.#emit({ type: 'candidate-gathered', peer, candidate: info, at: this.#deps.now() });
    if (info && info.candidate !== '') {
      call.outbox[peer].push(info);
      if (this.autoIce) this.#flushIce();
    }
    this.#changed();
  }

  #onTrack(call: LoopbackCall, peer: PeerId, event: RTCTrackEvent): void {
    if (call !== this.#call) return;
    this.#remoteStream = event.streams[0] ?? new MediaStream([event.track]);
    this.#emit({ type: 'track', peer, kind: event.track.kind, at: this.#deps.now() });
    this.#changed();
  }

  /** Trickle: delivers, one at a time and in order, every candidate whose receiver can already use it. */
  #flushIce(): void {
    if (!this.autoIce) return;
    const call = this.#call;
    this.#iceChain = this.#iceChain.then(async () => {
      for (const from of peerIds) {
        while (call === this.#call && call.outbox[from].length > 0 && call.pc[other(from)]?.remoteDescription) {
          const to = other(from) === 'local' ? 'alice' : 'bob';
          const deliver = () => phases.deliverCandidate(call, from);
          const result = await this.#perform(
            'exchange-ice',
            `${to}.addIceCandidate(candidate)`,
            deliver,
            true,
            other(from),
          );
          if (result.outcome !== 'done') return;
        }
      }
    });
  }

  #armHint(): void {
    this.#clearHint();
    this.#hintTimer = this.#deps.setTimer(() => {
      this.#hintTimer = null;
      const waiting = this.#call.outbox.local.length + this.#call.outbox.remote.length > 0;
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
    return peerIds.every((peer) => this.#call.pc[peer]?.connectionState === 'connected');
  }

  #recordStates(peer: PeerId, pc: RTCPeerConnection | null): void {
    if (!pc) return;
    for (const name of stateNames) this.#recordState(peer, name, pc[name]);
  }

  #recordState(peer: PeerId, name: StateName, value: string): void {
    const trail = this.#trails[peer][name];
    if (trail.at(-1) === value) return;
    trail.push(value);
    this.#emit({ type: 'state', peer, name, value, at: this.#deps.now() });
  }

  #view(): CallView {
    const call = this.#call;
    const peerView = (pc: RTCPeerConnection | null): PeerView | null =>
      pc && {
        signalingState: pc.signalingState,
        iceGatheringState: pc.iceGatheringState,
        iceConnectionState: pc.iceConnectionState,
        connectionState: pc.connectionState,
        hasRemoteDescription: pc.remoteDescription !== null,
      };
    return {
      status: this.#status,
      busy: this.#busy,
      hasStream: call.localStream !== null,
      peers: { local: peerView(call.pc.local), remote: peerView(call.pc.remote) },
      tracksAdded: (call.pc.local?.getSenders() ?? []).some((sender) => sender.track !== null),
      hasOffer: call.offer !== null,
      hasAnswer: call.answer !== null,
      outbox: { local: call.outbox.local.length, remote: call.outbox.remote.length },
    };
  }

  #emit(event: CallEvent): void {
    for (const listener of this.#events) listener(event);
  }

  #changed(): void {
    for (const listener of this.#changes) listener();
  }
}

/** Resolves or rejects with `work`, or rejects as soon as the signal aborts (a pending promise may never settle). */
function whileNotAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

function toCandidateInfo(candidate: RTCIceCandidate): CandidateInfo {
  return {
    candidate: candidate.candidate,
    sdpMid: candidate.sdpMid,
    sdpMLineIndex: candidate.sdpMLineIndex,
    usernameFragment: candidate.usernameFragment,
  };
}
