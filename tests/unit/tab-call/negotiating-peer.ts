/**
 * A fake RTCPeerConnection for perfect negotiation: `setLocalDescription()` without arguments, implicit rollback of a
 * local offer when a remote offer is applied, `negotiationneeded` after addTrack/restartIce in the stable state,
 * InvalidStateError for descriptions in the wrong state, and 'failed' ICE on demand. Descriptions and candidates go
 * through one operations chain, in call order, as in the browser; `remoteGate` holds remote descriptions back so a test
 * can see what is called meanwhile (`calls`). Descriptions carry the id of the connection that made them and a counter,
 * so a test can tell which offer won.
 */
const domError = (name: string, message: string) => Object.assign(new Error(message), { name });

type Description = { type: RTCSdpType; sdp: string };

let nextId = 0;

export class NegotiatingPeer extends EventTarget {
  readonly id = ++nextId;
  signalingState: RTCSignalingState = 'stable';
  iceConnectionState: RTCIceConnectionState = 'new';
  connectionState: RTCPeerConnectionState = 'new';
  iceGatheringState: RTCIceGatheringState = 'new';
  localDescription: Description | null = null;
  remoteDescription: Description | null = null;
  readonly senders: { track: unknown }[] = [];
  readonly candidates: RTCIceCandidateInit[] = [];
  /** Every signaling state this connection went through. */
  readonly trail: RTCSignalingState[] = ['stable'];
  rollbacks = 0;
  restarts = 0;
  /** The methods called on this connection, in call order. */
  readonly calls: string[] = [];
  /** While set, a remote description waits for it before it is applied. */
  remoteGate: Promise<void> | null = null;
  #tail: Promise<void> = Promise.resolve();
  #made = 0;
  #needed = false;
  #queued = false;
  #ops = 0;

  getSenders() {
    return this.senders;
  }

  addTrack(track: unknown) {
    this.senders.push({ track });
    this.#negotiationNeeded();
    return this.senders.at(-1);
  }

  /** A channel that never opens here: the session only needs it to exist and to ask for negotiation. */
  createDataChannel(label: string) {
    this.#negotiationNeeded();
    return Object.assign(new EventTarget(), { label, readyState: 'connecting' as RTCDataChannelState });
  }

  restartIce(): void {
    this.restarts += 1;
    this.#negotiationNeeded();
  }

  setLocalDescription(description?: Description): Promise<void> {
    this.calls.push('setLocalDescription');
    return this.#operation(() => this.#setLocal(description));
  }

  setRemoteDescription(description: Description): Promise<void> {
    this.calls.push('setRemoteDescription');
    const gate = this.remoteGate;
    return this.#operation(() => this.#setRemote(description), gate);
  }

  #setLocal(description?: Description): void {
    const type = description?.type ?? (this.signalingState === 'have-remote-offer' ? 'answer' : 'offer');
    if (type === 'offer') {
      if (this.signalingState !== 'stable' && this.signalingState !== 'have-local-offer') {
        throw domError('InvalidStateError', `Cannot set a local offer in state ${this.signalingState}`);
      }
      this.localDescription = { type, sdp: `v=0\r\no=- ${this.id} ${++this.#made} IN IP4 127.0.0.1\r\n` };
      this.#needed = false;
      this.#setState('have-local-offer');
    } else {
      if (this.signalingState !== 'have-remote-offer') {
        throw domError('InvalidStateError', `Cannot set a local answer in state ${this.signalingState}`);
      }
      // The answer carries this side's tracks too: nothing is left to negotiate.
      this.#needed = false;
      this.localDescription = { type: 'answer', sdp: `v=0\r\no=- ${this.id} ${++this.#made} IN IP4 127.0.0.1\r\n` };
      this.#setState('stable');
      this.#connected();
    }
  }

  #setRemote(description: Description): void {
    if (description.type === 'offer') {
      if (this.signalingState === 'have-local-offer') {
        // Implicit rollback: the local offer is dropped before the remote one is applied.
        this.rollbacks += 1;
        this.localDescription = null;
        // What the dropped offer would have negotiated is still needed once the other side's offer is answered.
        this.#needed = true;
        this.#setState('stable');
      }
      if (this.signalingState !== 'stable') {
        throw domError('InvalidStateError', `Cannot set a remote offer in state ${this.signalingState}`);
      }
      this.remoteDescription = description;
      this.#setState('have-remote-offer');
    } else {
      if (this.signalingState !== 'have-local-offer') {
        throw domError('InvalidStateError', `Called in wrong state: ${this.signalingState}`);
      }
      this.remoteDescription = description;
      this.#setState('stable');
      this.#connected();
    }
  }

  addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    this.calls.push('addIceCandidate');
    return this.#operation(() => {
      if (!this.remoteDescription) throw domError('InvalidStateError', 'The remote description was null');
      this.candidates.push(candidate);
    });
  }

  /** ICE gave up: the connection says so as the browser does. */
  failIce(): void {
    this.iceConnectionState = 'failed';
    this.dispatchEvent(new Event('iceconnectionstatechange'));
  }

  close(): void {
    this.signalingState = 'closed';
    this.connectionState = 'closed';
  }

  #connected(): void {
    this.iceConnectionState = 'connected';
    this.connectionState = 'connected';
    if (this.#needed) this.#negotiationNeeded();
  }

  /** Like the browser's operations chain: one operation at a time in call order; meanwhile negotiationneeded waits. */
  #operation(body: () => void, gate: Promise<void> | null = null): Promise<void> {
    this.#ops += 1;
    const run = this.#tail.then(async () => {
      try {
        await (gate ?? Promise.resolve());
        body();
      } finally {
        this.#ops -= 1;
        if (this.#ops === 0 && this.#needed) this.#negotiationNeeded();
      }
    });
    this.#tail = run.catch(() => undefined);
    return run;
  }

  #negotiationNeeded(): void {
    this.#needed = true;
    if (this.#queued) return;
    // Like the browser, several changes in a row fire one event.
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.signalingState === 'stable' && this.#needed && this.#ops === 0)
        this.dispatchEvent(new Event('negotiationneeded'));
    });
  }

  #setState(state: RTCSignalingState): void {
    this.signalingState = state;
    this.trail.push(state);
    this.dispatchEvent(new Event('signalingstatechange'));
  }
}
