import { toErrorInfo } from '../../call/errors';
import { stateNames, type CallEvent, type CallStatus, type ErrorInfo, type StateName } from '../../call/types';
import type { LocalMedia, StreamSource } from '../../media/local-media';
import { PhaseRunner, type RunnerHost } from '../../runner/runner';
import type { RunResult, Verdict } from '../../runner/types';
import { no, yes } from '../../runner/verdict';
import { Inbox } from '../../signaling/inbox';
import { logEntryOf, type LogEntry } from '../../signaling/message-log';
import { foldRoom, idleRoom, type RoomView } from '../../signaling/room-status';
import type { SignalMessage, Transport, TransportEvent, TransportState } from '../../signaling/types';
import { toCandidateInfo, type TabCall } from './context';
import { roleOf, type Role } from './ids';
import { perfectNegotiation, type Negotiation, type NegotiationEvent } from './perfect-negotiation';
import { addTracks, createPeer } from './phases';
import type { CallMode, TabView } from './rules';
import { tabCall } from './spec';

/** The carriers a tab can reach the other side with. */
export type TabTransport = 'broadcast' | 'websocket';

/** The browser APIs and clocks a tab's session uses; the page passes the real ones, tests pass fakes. */
export interface TabDeps {
  readonly RTCPeerConnection: new (config: RTCConfiguration) => RTCPeerConnection;
  openTransport(kind: TabTransport, room: string): Transport;
  openSource(source: StreamSource): Promise<LocalMedia>;
  /** Wraps received tracks that came without a stream (a peer that sends no stream id). */
  wrapTracks?(tracks: MediaStreamTrack[]): MediaStream;
  readonly now: () => number;
  readonly config?: RTCConfiguration;
  /** The automatic Call may start without a camera: a call of data channels only (chapter 9's transfers). */
  readonly dataOnly?: boolean;
  /** Called with each connection the automatic path makes, before it negotiates, to open the page's own channels. */
  onConnection?(pc: RTCPeerConnection): void;
}

/** Something about the call the page should say that no state shows by itself. */
export type CallNotice = 'bye' | 'media-failed' | 'negotiation-failed';

/** Something about the room and its link the page should say: the other side went away, the link dropped or came back. */
export type RoomNotice = 'peer-left' | 'reconnecting' | 'reconnected' | 'transport-failed';

/** The message the "both offer at once" button sends over the call's own data channel. */
export const offerNowMessage = 'offer-now';

/** One line of the negotiation log: what perfect negotiation did, and when. */
export type NegotiationNote = NegotiationEvent & { readonly at: number };

/** Everything the page shows of this tab's side, as plain data. */
export interface TabSnapshot {
  readonly mode: CallMode;
  readonly status: CallStatus;
  readonly failure: ErrorInfo | null;
  readonly transport: { readonly kind: TabTransport; readonly state: TransportState } | null;
  readonly room: RoomView;
  readonly role: Role | null;
  readonly states: Readonly<Record<StateName, string | null>>;
  readonly trails: Readonly<Record<StateName, readonly string[]>>;
  readonly localStream: MediaStream | null;
  readonly remoteStream: MediaStream | null;
  readonly waiting: { readonly descriptions: number; readonly candidates: number };
  readonly notice: CallNotice | null;
  readonly roomNotice: RoomNotice | null;
  readonly glareReady: boolean;
}

const emptyTrails = (): Record<StateName, string[]> =>
  Object.fromEntries(stateNames.map((name) => [name, [] as string[]])) as Record<StateName, string[]>;

/**
 * One side of a call across two tabs or devices: this tab's peer connection, its local media, the room's transport
 * and the inbox where what the other side sent waits. By hand, the phase runner runs this side's phases; automatic,
 * perfect negotiation does the same work as the browser asks for it. Hang-up, the other side's bye, a lost link and a
 * rejoin all end here.
 */
export class TabSession {
  readonly runner: PhaseRunner<TabCall, TabView>;
  #deps: TabDeps;
  #mode: CallMode = 'by-hand';
  #transport: Transport | null = null;
  #transportKind: TabTransport = 'broadcast';
  #unsubscribe: (() => void) | null = null;
  #inbox: Inbox | null = null;
  #room: RoomView = idleRoom;
  #media: LocalMedia | null = null;
  #context: TabCall;
  #negotiation: Negotiation | null = null;
  #chain: Promise<void> = Promise.resolve();
  /**
   * While "both offer at once" runs, what arrives waits until this side's own offer has gone out: that is what makes
   * the two offers cross every time, however fast the other side's offer travels.
   */
  #glareHold: { readonly done: Promise<void>; readonly release: () => void } | null = null;
  #control: RTCDataChannel | null = null;
  #remoteStream: MediaStream | null = null;
  #status: CallStatus = 'idle';
  #failure: ErrorInfo | null = null;
  #notice: CallNotice | null = null;
  #roomNotice: RoomNotice | null = null;
  #trails = emptyTrails();
  #changes = new Set<() => void>();
  #events = new Set<(event: CallEvent) => void>();
  #logs = new Set<(entry: LogEntry) => void>();
  #notes = new Set<(note: NegotiationNote) => void>();

  constructor(deps: TabDeps) {
    this.#deps = deps;
    this.#context = this.#newContext();
    const host: RunnerHost<TabCall> = {
      context: () => this.#context,
      now: () => deps.now(),
      emit: (event) => this.#emit(event),
      changed: () => this.#changed(),
      failed: () => this.#status === 'failed',
      signalingStates: (context) => ({ local: context.pc?.signalingState ?? null, remote: null }),
      succeeded: (phase) => {
        if (phase.createsPeers) this.#startTrails();
        this.#setStatus('active', null);
      },
      end: () => this.hangUp(),
      fail: (error) => this.#fail(error),
    };
    this.runner = new PhaseRunner(tabCall, host, () => this.view());
  }

  /** Calls `listener` after anything the page shows has changed; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#changes.add(listener);
    return () => this.#changes.delete(listener);
  }

  /** Calls `listener` with every signaling message sent, received or rejected. */
  onLog(listener: (entry: LogEntry) => void): () => void {
    this.#logs.add(listener);
    return () => this.#logs.delete(listener);
  }

  /** Calls `listener` with everything perfect negotiation does. */
  onNote(listener: (note: NegotiationNote) => void): () => void {
    this.#notes.add(listener);
    return () => this.#notes.delete(listener);
  }

  /** Calls `listener` with every call event (API calls, states, candidates). */
  subscribe(listener: (event: CallEvent) => void): () => void {
    this.#events.add(listener);
    return () => this.#events.delete(listener);
  }

  /** The stream this tab sends and the one it receives, without building a whole snapshot. */
  streams(): { readonly local: MediaStream | null; readonly remote: MediaStream | null } {
    return { local: this.#media?.stream ?? null, remote: this.#remoteStream };
  }

  /** This tab's live connection, or null. */
  connection(): RTCPeerConnection | null {
    return this.#context.pc;
  }

  get mode(): CallMode {
    return this.#mode;
  }

  /** Changes how this side runs; only between calls, so a call never mixes both ways. */
  setMode(mode: CallMode): boolean {
    if (mode === this.#mode) return true;
    if (this.#context.pc) return false;
    this.#mode = mode;
    this.#changed();
    return true;
  }

  /** The call as the rules see it. */
  view(): TabView {
    const pc = this.#context.pc;
    const waiting = this.#inbox?.peek('description')?.description.type ?? null;
    return {
      mode: this.#mode,
      status: this.#status,
      busy: this.runner.busy,
      room: this.#room.status,
      role: roleOf(this.#room.polite),
      hasStream: this.#media !== null,
      peer: pc && { signalingState: pc.signalingState, hasRemoteDescription: pc.remoteDescription !== null },
      tracksAdded: (pc?.getSenders() ?? []).some((sender) => sender.track !== null),
      hasOffer: this.#context.offer !== null,
      hasAnswer: this.#context.answer !== null,
      waitingDescription: waiting,
      waitingCandidates: this.#inbox?.count('candidate') ?? 0,
    };
  }

  verdict(phase: string): Verdict {
    return this.runner.verdict(phase);
  }

  canRun(phase: string): boolean {
    return this.runner.canRun(phase);
  }

  /** Runs one of this side's phases by hand. */
  run(phase: string): Promise<RunResult> {
    return this.runner.run(phase);
  }

  /** Joins a room over a carrier; leaves the previous room (and ends its call) first. */
  join(kind: TabTransport, room: string): void {
    this.leave();
    this.#room = idleRoom;
    this.#roomNotice = null;
    this.#transportKind = kind;
    const transport = this.#deps.openTransport(kind, room);
    this.#transport = transport;
    this.#inbox = new Inbox(transport);
    this.#inbox.onChange(() => this.#changed());
    this.#unsubscribe = transport.subscribe((event) => this.#onTransport(transport, event));
    this.#changed();
  }

  /** Leaves the room: ends the call (telling the other side), then closes the transport. */
  leave(): void {
    if (!this.#transport) return;
    if (this.#context.pc || this.#media) this.hangUp();
    const transport = this.#transport;
    this.#transport = null;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#inbox?.close();
    this.#inbox = null;
    transport.close();
    this.#room = idleRoom;
    this.#changed();
  }

  /** Opens the camera or the test pattern; automatic, a call in progress starts sending it at once. */
  async start(source: StreamSource): Promise<RunResult> {
    if (this.#media) return { outcome: 'refused', reason: { code: 'has-stream', params: {} } };
    const context = this.#context;
    try {
      const media = await this.#deps.openSource(source);
      if (context !== this.#context || this.#media) {
        media.stop();
        return { outcome: 'aborted' };
      }
      this.#media = media;
      if (this.#status === 'idle' || this.#status === 'ended') this.#setStatus('active', null);
      if (this.#mode === 'automatic' && context.pc) addTracks(context);
      this.#notice = null;
      this.#changed();
      return { outcome: 'done' };
    } catch (error) {
      this.#notice = 'media-failed';
      this.#failure = toErrorInfo(error);
      this.#changed();
      return { outcome: 'error', error: this.#failure, phase: 'start' };
    }
  }

  /** Whether the automatic Call may run now, and why not. */
  callVerdict(): Verdict {
    if (this.#mode !== 'automatic') return no('by-hand');
    if (this.#room.status !== 'ready') return no('alone');
    if (!this.#media && !this.#deps.dataOnly) return no('no-stream');
    if (this.#context.pc) return no('peer-exists');
    return yes;
  }

  /** Automatic: creates this tab's connection and adds the tracks; perfect negotiation makes the offer. */
  call(): RunResult {
    const verdict = this.callVerdict();
    if (!verdict.allowed) return { outcome: 'refused', reason: verdict.reason };
    const pc = this.#openAutomatic();
    this.#watchControl(pc.createDataChannel('control'));
    if (this.#media) addTracks(this.#context);
    return { outcome: 'done' };
  }

  /** Whether "both offer at once" may run: an automatic call whose control channel is open. */
  glareVerdict(): Verdict {
    if (this.#mode !== 'automatic') return no('by-hand');
    return this.#control?.readyState === 'open' ? yes : no('no-call');
  }

  /**
   * Makes both sides offer at the same moment: asks the other side over the call's data channel to renegotiate
   * (an ICE restart) and does the same here, so two offers cross and perfect negotiation has to resolve the glare.
   */
  bothOffer(): RunResult {
    const verdict = this.glareVerdict();
    if (!verdict.allowed) return { outcome: 'refused', reason: verdict.reason };
    this.#control?.send(offerNowMessage);
    this.#offerNow();
    return { outcome: 'done' };
  }

  /** Ends the call whatever its state: tells the other side, closes the connection, stops the local media. */
  hangUp(): void {
    const context = this.#context;
    const hadCall = context.pc !== null || this.#media !== null;
    this.runner.abortAll();
    if (hadCall) {
      const ending = this.runner.phase('hang-up');
      const pc = context.pc;
      // close() fires no state events: the final states are read from the closed connection afterwards.
      this.runner.performNow(
        ending,
        () => void ending.run(context),
        () => pc && this.#recordStates(pc),
      );
    }
    this.#endCall(hadCall ? 'ended' : 'idle');
  }

  /** Everything the page shows, read at this moment. */
  snapshot(): TabSnapshot {
    const pc = this.#context.pc;
    const states = Object.fromEntries(
      stateNames.map((name) => [name, pc?.[name] ?? this.#trails[name].at(-1) ?? null]),
    ) as Record<StateName, string | null>;
    return {
      mode: this.#mode,
      status: this.#status,
      failure: this.#failure,
      transport: this.#transport ? { kind: this.#transportKind, state: this.#transport.state } : null,
      room: this.#room,
      role: roleOf(this.#room.polite),
      states,
      trails: this.#trails,
      localStream: this.#media?.stream ?? null,
      remoteStream: this.#remoteStream,
      waiting: {
        descriptions: this.#inbox?.count('description') ?? 0,
        candidates: this.#inbox?.count('candidate') ?? 0,
      },
      notice: this.#notice,
      roomNotice: this.#roomNotice,
      glareReady: this.glareVerdict().allowed,
    };
  }

  #newContext(): TabCall {
    const media = () => this.#media;
    const inbox = () => this.#inbox;
    const context: TabCall = {
      pc: null,
      get localStream() {
        return media()?.stream ?? null;
      },
      offer: null,
      answer: null,
      send: (message) => this.#transport?.send(message) ?? false,
      get inbox() {
        return inbox();
      },
      config: this.#deps.config ?? {},
      RTCPeerConnection: this.#deps.RTCPeerConnection,
      report: {
        candidate: (candidate) => {
          if (context !== this.#context) return;
          const info = candidate ? toCandidateInfo(candidate) : null;
          this.#emit({ type: 'candidate-gathered', peer: 'local', candidate: info, at: this.#deps.now() });
        },
        track: (event) => {
          if (context !== this.#context) return;
          this.#remoteStream = event.streams[0] ?? this.#deps.wrapTracks?.([event.track]) ?? null;
          this.#emit({ type: 'track', peer: 'local', kind: event.track.kind, at: this.#deps.now() });
          this.#changed();
        },
        state: (name) => {
          if (context !== this.#context || !context.pc) return;
          this.#recordState(name, context.pc[name]);
          this.#changed();
        },
        applied: (candidate) => {
          if (context === this.#context)
            this.#emit({ type: 'candidate-delivered', peer: 'local', candidate, at: this.#deps.now() });
        },
      },
    };
    return context;
  }

  #onTransport(transport: Transport, event: TransportEvent): void {
    if (transport !== this.#transport) return;
    const entry = logEntryOf(event, this.#deps.now());
    if (entry) for (const listener of [...this.#logs]) listener(entry);
    this.#room = foldRoom(this.#room, event);
    if (event.type === 'state') this.#onTransportState(event.state);
    if (event.type === 'room' && event.message.type === 'peer-left') this.#roomNotice = 'peer-left';
    // Back in the room after the link dropped: only a `joined` says so, not the socket opening.
    if (event.type === 'room' && event.message.type === 'joined' && this.#roomNotice === 'reconnecting') {
      this.#roomNotice = 'reconnected';
    }
    if (event.type === 'room' && event.message.type === 'peer-joined' && this.#roomNotice === 'peer-left') {
      this.#roomNotice = null;
    }
    if (event.type === 'signal') this.#onSignal(event.message);
    this.#changed();
  }

  #onTransportState(state: TransportState): void {
    if (state === 'reconnecting') this.#roomNotice = 'reconnecting';
    else if (state === 'failed') this.#roomNotice = 'transport-failed';
  }

  #onSignal(message: SignalMessage): void {
    if (message.type === 'bye') {
      this.#inbox?.remove(message);
      this.#remoteHangUp();
      return;
    }
    if (this.#mode !== 'automatic') return;
    // Automatic: what arrives is handed to perfect negotiation at once, in arrival order. The chain orders the hand-
    // overs, not their completion: the connection queues its own operations in call order, so a candidate that
    // arrives during the answer is queued behind it instead of waiting a main-thread round trip per earlier message.
    this.#inbox?.remove(message);
    const context = this.#context;
    this.#chain = this.#chain.then(async () => {
      await this.#glareHold?.done;
      if (context !== this.#context) return;
      if (!context.pc && message.type === 'description' && message.description.type === 'offer') {
        this.#openAutomatic();
        if (this.#media) addTracks(context);
      }
      this.#negotiation?.receive(message).catch((error: unknown) => {
        if (context === this.#context) this.#negotiationFailed(toErrorInfo(error));
      });
    });
  }

  /** Creates the connection for the automatic path, with perfect negotiation and the control channel wired. */
  #openAutomatic(): RTCPeerConnection {
    const context = this.#context;
    createPeer(context);
    const pc = context.pc!;
    this.#deps.onConnection?.(pc);
    this.#startTrails();
    this.#setStatus('active', null);
    this.#negotiation = perfectNegotiation(pc, {
      polite: this.#room.polite ?? false,
      send: (message) => this.#transport?.send(message) ?? false,
      report: (event) => {
        if (context !== this.#context) return;
        if (event.type === 'offer-sent' || event.type === 'error') this.#glareHold?.release();
        if (event.type === 'error') this.#negotiationFailed(event.error);
        const note: NegotiationNote = { ...event, at: this.#deps.now() };
        for (const listener of [...this.#notes]) listener(note);
        this.#changed();
      },
    });
    pc.addEventListener('datachannel', (event) => this.#watchControl(event.channel));
    return pc;
  }

  #watchControl(channel: RTCDataChannel): void {
    const context = this.#context;
    channel.addEventListener('open', () => {
      if (context !== this.#context) return;
      this.#control ??= channel;
      this.#changed();
    });
    channel.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (context !== this.#context || event.data !== offerNowMessage) return;
      this.#offerNow();
    });
  }

  /** Restarts ICE, so this side offers; from a stable call, what arrives meanwhile waits until the offer is out. */
  #offerNow(): void {
    const pc = this.#context.pc;
    if (!pc) return;
    if (pc.signalingState === 'stable' && !this.#glareHold) {
      let release = (): void => {};
      const done = new Promise<void>((resolve) => (release = resolve));
      this.#glareHold = {
        done,
        release: () => {
          this.#glareHold = null;
          release();
        },
      };
    }
    pc.restartIce();
  }

  #negotiationFailed(error: ErrorInfo): void {
    this.#notice = 'negotiation-failed';
    this.#failure = error;
  }

  /** The other side hung up or left the page: this side ends its call the same way, without sending bye back. */
  #remoteHangUp(): void {
    const context = this.#context;
    if (!context.pc && !this.#media) return;
    const pc = context.pc;
    this.runner.abortAll();
    pc?.close();
    if (pc) this.#recordStates(pc);
    this.#endCall('ended');
    this.#notice = 'bye';
  }

  #endCall(status: CallStatus): void {
    this.#negotiation?.close();
    this.#negotiation = null;
    this.#control = null;
    this.#glareHold?.release();
    this.#chain = Promise.resolve();
    this.#context.pc?.close();
    this.#media?.stop();
    this.#media = null;
    this.#remoteStream = null;
    this.#failure = null;
    this.#context = this.#newContext();
    // Messages of the call that ended would only confuse the next one.
    for (const type of ['description', 'candidate'] as const) {
      for (const message of this.#inbox?.all(type) ?? []) this.#inbox?.remove(message);
    }
    this.#setStatus(status, null);
    this.#changed();
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

  #startTrails(): void {
    this.#trails = emptyTrails();
    const pc = this.#context.pc;
    if (pc) this.#recordStates(pc);
  }

  #recordStates(pc: RTCPeerConnection): void {
    for (const name of stateNames) this.#recordState(name, pc[name]);
  }

  #recordState(name: StateName, value: string): void {
    const trail = this.#trails[name];
    if (trail.at(-1) === value) return;
    trail.push(value);
    this.#emit({ type: 'state', peer: 'local', name, value, at: this.#deps.now() });
  }

  #emit(event: CallEvent): void {
    for (const listener of [...this.#events]) listener(event);
  }

  #changed(): void {
    for (const listener of [...this.#changes]) listener();
  }
}
