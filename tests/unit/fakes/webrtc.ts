/**
 * Small fakes of the WebRTC objects the call engine touches, faithful to the state rules Chromium enforces
 * (see ENVIRONMENT.md): InvalidStateError for answers and candidates out of order, InvalidAccessError for a track
 * added twice, no events after close(). Timing is driven by the test through `settle()`.
 */

export class FakeTrack {
  readyState: 'live' | 'ended' = 'live';
  constructor(
    readonly kind: 'video' | 'audio' = 'video',
    readonly id = `track-${Math.random().toString(36).slice(2)}`,
  ) {}
  stop(): void {
    this.readyState = 'ended';
  }
}

export class FakeStream {
  readonly id = `stream-${Math.random().toString(36).slice(2)}`;
  constructor(readonly tracks: FakeTrack[] = [new FakeTrack()]) {}
  getTracks(): FakeTrack[] {
    return this.tracks;
  }
}

const domError = (name: string, message: string) => Object.assign(new Error(message), { name });

type Description = { type: 'offer' | 'answer'; sdp: string };

let nextId = 0;

/** Every fake peer connection made, to check that hang-up closes them all. */
export const createdPeers: FakePeerConnection[] = [];

export class FakePeerConnection extends EventTarget {
  readonly id = ++nextId;
  signalingState: RTCSignalingState = 'stable';
  iceGatheringState: RTCIceGatheringState = 'new';
  iceConnectionState: RTCIceConnectionState = 'new';
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: Description | null = null;
  remoteDescription: Description | null = null;
  readonly senders: { track: FakeTrack | null }[] = [];
  readonly received: unknown[] = [];
  remoteStreams: FakeStream[] = [];
  /** Makes the next call of this method hang forever (a prompt nobody answers, a createOffer after close). */
  static hang: string | null = null;
  /** Makes the next call of this method reject with this error name. */
  static failNext: { method: string; name: string } | null = null;
  /** Breaks the state machine: setLocalDescription resolves without changing the state. */
  static ignoreStateChanges = false;

  constructor(readonly config: RTCConfiguration = {}) {
    super();
    createdPeers.push(this);
  }

  getSenders() {
    return this.senders;
  }

  /** Data channels made here; each opens when the connection connects, and the partner gets a `datachannel`. */
  readonly channels: FakeDataChannel[] = [];

  createDataChannel(label: string, init: RTCDataChannelInit = {}): FakeDataChannel {
    this.#open();
    const channel = new FakeDataChannel(label, init);
    this.channels.push(channel);
    if (this.connectionState === 'connected') this.#openChannels();
    return channel;
  }

  /** Opens this side's channels and gives the partner its ends, once both are connected. */
  #openChannels() {
    const partner = FakePeerConnection.peerOf?.(this);
    for (const channel of this.channels) {
      if (channel.readyState !== 'connecting' || !partner) continue;
      if (channel.negotiated) {
        // A negotiated channel opens once both sides have made one with the same id; no `datachannel` event.
        const twin = partner.channels.find((c) => c.negotiated && c.id === channel.id && c.readyState === 'connecting');
        if (!twin) continue;
        channel.partner = twin;
        twin.partner = channel;
        channel.open();
        queueMicrotask(() => twin.open());
        continue;
      }
      const remote = new FakeDataChannel(channel.label, { ordered: channel.ordered, protocol: channel.protocol });
      channel.partner = remote;
      remote.partner = channel;
      channel.open();
      queueMicrotask(() => {
        partner.#fire('datachannel', { channel: remote });
        remote.open();
      });
    }
  }

  addTrack(track: FakeTrack, stream: FakeStream) {
    this.#open();
    if (this.senders.some((s) => s.track === track))
      throw domError('InvalidAccessError', 'A sender already exists for the track.');
    this.senders.push({ track });
    this.remoteStreams = [stream];
    return this.senders.at(-1);
  }

  createOffer(): Promise<Description> {
    return this.#async('createOffer', () => {
      if (this.signalingState !== 'stable' && this.signalingState !== 'have-local-offer') {
        throw domError('InvalidStateError', `Cannot create an offer in state ${this.signalingState}`);
      }
      return { type: 'offer', sdp: `v=0\r\no=- ${this.id} 2 IN IP4 127.0.0.1\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n` };
    });
  }

  createAnswer(): Promise<Description> {
    return this.#async('createAnswer', () => {
      if (this.signalingState !== 'have-remote-offer') {
        throw domError(
          'InvalidStateError',
          `Cannot create an answer in a state other than have-remote-offer or have-local-pranswer.`,
        );
      }
      return { type: 'answer', sdp: `v=0\r\no=- ${this.id} 2 IN IP4 127.0.0.1\r\n` };
    });
  }

  setLocalDescription(description: Description): Promise<void> {
    return this.#async('setLocalDescription', () => {
      const next =
        description.type === 'offer'
          ? this.#fromState('stable', 'have-local-offer', 'offer')
          : this.#fromState('have-remote-offer', 'stable', 'answer');
      this.localDescription = description;
      this.#setSignaling(next);
      this.#gather();
    });
  }

  setRemoteDescription(description: Description): Promise<void> {
    return this.#async('setRemoteDescription', () => {
      const next =
        description.type === 'offer'
          ? this.#fromState('stable', 'have-remote-offer', 'offer')
          : this.#fromState('have-local-offer', 'stable', 'answer');
      this.remoteDescription = description;
      this.#setSignaling(next);
      if (description.type === 'offer' && FakePeerConnection.peerOf) {
        const sender = FakePeerConnection.peerOf(this);
        const track = sender?.senders[0]?.track;
        if (track) queueMicrotask(() => this.#fire('track', { track, streams: sender.remoteStreams }));
      }
    });
  }

  addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    return this.#async('addIceCandidate', () => {
      if (!this.remoteDescription) throw domError('InvalidStateError', 'The remote description was null');
      this.received.push(candidate);
      if (this.iceConnectionState === 'new') {
        this.#set('iceConnectionState', 'checking', 'iceconnectionstatechange');
        this.#set('connectionState', 'connecting', 'connectionstatechange');
      }
      // Connected once both sides know each other's session and have a candidate from the other.
      const partner = FakePeerConnection.peerOf?.(this);
      if (partner && partner.received.length > 0 && partner.remoteDescription) {
        for (const pc of [this, partner]) {
          pc.#set('iceConnectionState', 'connected', 'iceconnectionstatechange');
          pc.#set('connectionState', 'connected', 'connectionstatechange');
        }
        for (const pc of [this, partner]) pc.#openChannels();
      }
    });
  }

  close(): void {
    for (const channel of this.channels) channel.close();
    this.signalingState = 'closed';
    this.iceConnectionState = 'closed';
    this.connectionState = 'closed';
  }

  /** Finds the other fake in a two-peer test; set by `pairPeers()`. */
  static peerOf: ((pc: FakePeerConnection) => FakePeerConnection | undefined) | null = null;

  #open() {
    if (this.signalingState === 'closed')
      throw domError('InvalidStateError', 'The RTCPeerConnection signalingState is closed.');
  }

  #fromState(from: RTCSignalingState, to: RTCSignalingState, what: string): RTCSignalingState {
    if (this.signalingState !== from) {
      throw domError('InvalidStateError', `Failed to set ${what}: Called in wrong state: ${this.signalingState}`);
    }
    return FakePeerConnection.ignoreStateChanges ? this.signalingState : to;
  }

  #async<T>(method: string, body: () => T): Promise<T> {
    if (FakePeerConnection.hang === method) {
      FakePeerConnection.hang = null;
      return new Promise<T>(() => undefined);
    }
    return Promise.resolve().then(() => {
      this.#open();
      const fail = FakePeerConnection.failNext;
      if (fail?.method === method) {
        FakePeerConnection.failNext = null;
        throw domError(fail.name, `${method} failed on purpose`);
      }
      return body();
    });
  }

  #setSignaling(state: RTCSignalingState) {
    this.#set('signalingState', state, 'signalingstatechange');
  }

  #gather() {
    if (this.iceGatheringState !== 'new') return;
    queueMicrotask(() => {
      if (this.signalingState === 'closed') return;
      this.#set('iceGatheringState', 'gathering', 'icegatheringstatechange');
      this.#fire('icecandidate', {
        candidate: {
          candidate: `candidate:1 1 udp 2122260223 192.168.1.${this.id} 5000${this.id} typ host generation 0`,
          sdpMid: '0',
          sdpMLineIndex: 0,
          usernameFragment: `u${this.id}`,
        },
      });
      this.#set('iceGatheringState', 'complete', 'icegatheringstatechange');
      this.#fire('icecandidate', { candidate: null });
    });
  }

  #set<K extends 'signalingState' | 'iceGatheringState' | 'iceConnectionState' | 'connectionState'>(
    key: K,
    value: this[K],
    event: string,
  ) {
    if (this.signalingState === 'closed' || this[key] === value) return;
    this[key] = value;
    this.dispatchEvent(new Event(event));
  }

  #fire(type: string, props: Record<string, unknown>) {
    if (this.signalingState === 'closed') return;
    this.dispatchEvent(Object.assign(new Event(type), props));
  }
}

/**
 * A data channel that follows Chromium's rules: send before 'open' throws InvalidStateError, a message over
 * `maxMessageSize` throws TypeError; closing one end closes the other.
 */
export class FakeDataChannel extends EventTarget {
  readyState: RTCDataChannelState = 'connecting';
  bufferedAmount = 0;
  bufferedAmountLowThreshold = 0;
  binaryType: BinaryType = 'arraybuffer';
  readonly ordered: boolean;
  readonly negotiated: boolean;
  readonly id: number | null;
  readonly protocol: string;
  readonly maxRetransmits: number | null;
  readonly maxPacketLifeTime: number | null;
  partner: FakeDataChannel | null = null;
  readonly sent: unknown[] = [];
  static maxMessageSize = 262144;

  constructor(
    readonly label: string,
    init: RTCDataChannelInit = {},
  ) {
    super();
    this.ordered = init.ordered ?? true;
    this.negotiated = init.negotiated ?? false;
    this.id = init.id ?? null;
    this.protocol = init.protocol ?? '';
    this.maxRetransmits = init.maxRetransmits ?? null;
    this.maxPacketLifeTime = init.maxPacketLifeTime ?? null;
  }

  open(): void {
    if (this.readyState !== 'connecting') return;
    this.readyState = 'open';
    this.dispatchEvent(new Event('open'));
  }

  send(data: string | ArrayBuffer | ArrayBufferView): void {
    if (this.readyState !== 'open') throw domError('InvalidStateError', "RTCDataChannel.readyState is not 'open'");
    const size = typeof data === 'string' ? new TextEncoder().encode(data).byteLength : data.byteLength;
    if (size > FakeDataChannel.maxMessageSize) throw domError('TypeError', 'Max message size exceeded.');
    this.sent.push(data);
    const partner = this.partner;
    queueMicrotask(() => partner?.dispatchEvent(Object.assign(new Event('message'), { data })));
  }

  close(): void {
    if (this.readyState === 'closed' || this.readyState === 'closing') return;
    this.readyState = 'closing';
    this.dispatchEvent(new Event('closing'));
    const partner = this.partner;
    queueMicrotask(() => {
      this.readyState = 'closed';
      this.dispatchEvent(new Event('close'));
      partner?.close();
    });
  }
}

/** Lets each fake find its partner: the first two created after this call form the pair. */
export function pairPeers(): void {
  const start = createdPeers.length;
  FakePeerConnection.peerOf = (pc) => {
    const pair = createdPeers.slice(start);
    const index = pair.indexOf(pc);
    if (index === -1) return undefined;
    const base = index - (index % 2);
    return pair[index % 2 === 0 ? base + 1 : base];
  };
}

/** Waits until every queued promise and microtask has run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
