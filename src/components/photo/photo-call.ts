import { DataSession } from '../../lib/calls/data-loopback/engine';
import { defaultOptions } from '../../lib/calls/data-loopback/options';
import type { PeerId } from '../../lib/call/types';
import { toMediaFailure, type MediaFailure } from '../../lib/media/errors';
import { openLocalMedia, type LocalMedia, type StreamSource } from '../../lib/media/local-media';
import { faultIds, sendFault, type FaultId } from '../../lib/transfer/faults';
import { maxTransferBytes, TransferEndpoint, type EndpointEvent } from '../../lib/transfer/endpoint';
import type { Outgoing, SendResult } from '../../lib/transfer/sender';

/** Why a transfer was started, so each island shows only its own: the photo trail, the comparison, the file panel. */
export type Purpose = 'photo' | 'compare' | 'file' | 'fault';

/** An endpoint event, with the side it happened on and the purpose of the transfer it belongs to. */
export interface TaggedEvent {
  readonly side: PeerId;
  readonly purpose: Purpose;
  readonly event: EndpointEvent;
}

/** How Start went: connected (with the source that is showing), or the first phase that did not succeed. */
export type StartResult =
  | { readonly ok: true; readonly source: StreamSource; readonly cameraFailure: MediaFailure | null }
  | { readonly ok: false; readonly code: 'busy' | 'not-connected' };

/** Bob accepts any type up to 1 GiB: the same cap Alice's side checks before sending. */
const limits = { maxBytes: maxTransferBytes, fileTypes: null };

/**
 * Chapter 9's page: the chapter 6 data-channel session (two peers in this page, its engine unchanged) with a
 * TransferEndpoint on each end of the channel, and the local camera or test pattern to snap from. Islands share it.
 */
export class PhotoCall {
  readonly session: DataSession;
  #ends: Partial<Record<PeerId, TransferEndpoint>> = {};
  #offs: (() => void)[] = [];
  #media: LocalMedia | null = null;
  #starting = false;
  #purpose: Purpose = 'file';
  #faults = 0;
  #listeners = new Set<(tagged: TaggedEvent) => void>();
  #changes = new Set<() => void>();

  constructor() {
    this.session = new DataSession({
      RTCPeerConnection: window.RTCPeerConnection,
      now: () => performance.now(),
      setTimer: (callback, ms) => window.setTimeout(callback, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number),
      config: {},
    });
    this.session.options = { ...defaultOptions, label: 'photos' };
    // Thousands of chunks would flood chapter 6's message log; this page shows transfers, not messages.
    this.session.channels.quiet = true;
    this.session.onChange(() => this.#changed());
  }

  /** The local stream to snap from, while started. */
  get stream(): MediaStream | null {
    return this.#media?.stream ?? null;
  }

  /** Both ends are open and carry transfers. */
  get connected(): boolean {
    return this.#ends.local !== undefined && this.#channel('local')?.readyState === 'open';
  }

  get starting(): boolean {
    return this.#starting;
  }

  /** Opens the camera (or the test pattern when asked, or when the camera fails) and connects Alice and Bob. */
  async start(source: StreamSource): Promise<StartResult> {
    if (this.#starting || this.#media) return { ok: false, code: 'busy' };
    this.#starting = true;
    this.#changed();
    try {
      let cameraFailure: MediaFailure | null = null;
      let used = source;
      try {
        this.#media = await openLocalMedia(source, { video: { width: 640, height: 480 }, audio: false });
      } catch (error) {
        cameraFailure = toMediaFailure(error);
        used = 'test-pattern';
        this.#media = await openLocalMedia('test-pattern', {});
      }
      const result = await this.session.start();
      if (result.outcome !== 'done' || !this.#attach()) {
        this.stop();
        return { ok: false, code: 'not-connected' };
      }
      return { ok: true, source: used, cameraFailure };
    } finally {
      this.#starting = false;
      this.#changed();
    }
  }

  /** Ends everything: transfers under way (both sides say so), the connection, the camera. */
  stop(): void {
    // Detach first, while the islands still listen: each side reports its transfer under way as cut off.
    for (const end of Object.values(this.#ends)) end.detach();
    for (const off of this.#offs.splice(0)) off();
    this.#ends = {};
    this.session.hangUp();
    this.#media?.stop();
    this.#media = null;
    this.#changed();
  }

  /** Sends from Alice to Bob; refused with a code when not connected or while another send runs. */
  send(outgoing: Outgoing, purpose: Purpose): Promise<SendResult> {
    const alice = this.#ends.local;
    if (!alice) return Promise.resolve({ outcome: 'refused', code: 'not-open' });
    if (!alice.sending) this.#purpose = purpose;
    return alice.send(outgoing);
  }

  /** Alice stops her send under way. */
  cancelSend(): boolean {
    return this.#ends.local?.cancelSend() ?? false;
  }

  /** Bob gives up the transfer he is receiving. */
  cancelReceive(): boolean {
    return this.#ends.remote?.cancelReceive() ?? false;
  }

  /** Whether Alice is sending (for what) and whether Bob is receiving. */
  get busy(): { readonly sending: Purpose | null; readonly receiving: boolean } {
    return {
      sending: this.#ends.local?.sending ? this.#purpose : null,
      receiving: this.#ends.remote?.receiving ?? false,
    };
  }

  /** Alice's end of the channel plays a broken or hostile sender; Bob's checks answer. */
  playFault(fault: string): boolean {
    const channel = this.#channel('local');
    const known = faultIds.find((id): id is FaultId => id === fault);
    if (!known || !channel || channel.readyState !== 'open' || this.#ends.local?.sending) return false;
    this.#purpose = 'fault';
    sendFault(channel, known, limits.maxBytes, ++this.#faults);
    return true;
  }

  subscribe(listener: (tagged: TaggedEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  onChange(listener: () => void): () => void {
    this.#changes.add(listener);
    return () => this.#changes.delete(listener);
  }

  #channel(peer: PeerId): RTCDataChannel | null {
    return this.session.channels.channel(peer);
  }

  #attach(): boolean {
    const ends = { local: this.#channel('local'), remote: this.#channel('remote') };
    if (ends.local?.readyState !== 'open' || !ends.remote) return false;
    for (const side of ['local', 'remote'] as const) {
      const channel = ends[side];
      if (!channel) return false;
      const end = new TransferEndpoint(channel, {
        now: () => performance.now(),
        digest: (data) => crypto.subtle.digest('SHA-256', data),
        maxMessageSize: () => this.session.connection('local')?.sctp?.maxMessageSize ?? null,
        limits,
      });
      this.#offs.push(
        end.subscribe((event) => {
          const tagged = { side, purpose: this.#purpose, event };
          for (const listener of this.#listeners) listener(tagged);
          if (event.type === 'sent' || event.type === 'received' || event.type === 'failed') this.#changed();
        }),
      );
      this.#ends[side] = end;
    }
    return true;
  }

  #changed(): void {
    for (const listener of this.#changes) listener();
  }
}

let shared: PhotoCall | null = null;

/** The page's one photo call, shared by the photo booth, the file panel and the hostile sender. */
export function getPhotoCall(): PhotoCall {
  shared ??= new PhotoCall();
  return shared;
}
