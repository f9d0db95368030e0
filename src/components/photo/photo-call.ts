import { DataSession } from '../../lib/calls/data-loopback/engine';
import { defaultOptions } from '../../lib/calls/data-loopback/options';
import type { PeerId } from '../../lib/call/types';
import { toMediaFailure, type MediaFailure } from '../../lib/media/errors';
import { openLocalMedia, type LocalMedia, type StreamSource } from '../../lib/media/local-media';
import { faultIds, isFaultId, sendFault, type FaultId } from '../../lib/transfer/faults';
import { maxTransferBytes, TransferEndpoint, type EndpointEvent } from '../../lib/transfer/endpoint';
import type { Header } from '../../lib/transfer/protocol';
import type { ReceiveEvent } from '../../lib/transfer/receiver';
import type { Outgoing, SendResult } from '../../lib/transfer/sender';

/** Why a transfer was started, so each island shows only its own: the photo trail, the comparison, the file panel. */
export type Purpose = 'photo' | 'compare' | 'file' | 'fault';

/** Where the other peer is: in this page (Alice and Bob, the default) or in another tab or device. */
export type LinkMode = 'page' | 'tabs';

/**
 * An endpoint event, with the side it belongs to (`local`: a send of this page, `remote`: something it receives) and
 * the purpose of its transfer.
 */
export interface TaggedEvent {
  readonly side: PeerId;
  readonly purpose: Purpose;
  readonly event: EndpointEvent;
}

/** How Start went: connected (with the source that is showing), or the first phase that did not succeed. */
export type StartResult =
  | { readonly ok: true; readonly source: StreamSource; readonly cameraFailure: MediaFailure | null }
  | { readonly ok: false; readonly code: 'busy' | 'not-connected' };

/** What the two-tab link (loaded only when the reader picks two tabs) gives the photo call. */
export interface TabLinkHandle {
  /** This tab's transfer channel while its connection lives, or null. */
  readonly channel: RTCDataChannel | null;
  /** `pc.sctp.maxMessageSize` of this tab's connection, or null. */
  readonly maxMessageSize: number | null;
  onChange(listener: () => void): () => void;
  /** Leaves the room: the connection closes, the other tab hears it. */
  close(): void;
}

/** The receiver accepts any type up to 1 GiB: the same cap the sender checks before sending. */
const limits = { maxBytes: maxTransferBytes, fileTypes: null };

const sendEvents: ReadonlySet<EndpointEvent['type']> = new Set(['send-progress', 'sent']);

/** Which island an incoming transfer belongs to in two tabs, where the other tab's purpose is not known here. */
function incomingPurpose(id: number | null, header: Header | null): Purpose | null {
  if (id === null || isFaultId(id)) return 'fault';
  return header ? (header.kind === 'photo' ? 'photo' : 'file') : null;
}

/**
 * Chapter 9's page. In one page: the chapter 6 data-channel session (its engine unchanged) with a TransferEndpoint on
 * each end of the channel, Alice's sending and Bob's receiving. In two tabs: one endpoint on this tab's end of the
 * channel the room's call opens, which both sends and receives. Either way, the local camera or test pattern to snap
 * from. Islands share it.
 */
export class PhotoCall {
  readonly session: DataSession;
  #mode: LinkMode = 'page';
  #link: TabLinkHandle | null = null;
  #linkOff: (() => void) | null = null;
  /** The channel this page sends on, and the endpoints that send and receive (one and the same in two tabs). */
  #channel: RTCDataChannel | null = null;
  #sender: TransferEndpoint | null = null;
  #receiver: TransferEndpoint | null = null;
  #offs: (() => void)[] = [];
  #media: LocalMedia | null = null;
  #starting = false;
  #purpose: Purpose = 'file';
  #incoming: Purpose = 'file';
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

  get mode(): LinkMode {
    return this.#mode;
  }

  /** The local stream to snap from, while started. */
  get stream(): MediaStream | null {
    return this.#media?.stream ?? null;
  }

  /** The channel is open and carries transfers. */
  get connected(): boolean {
    return this.#sender !== null && this.#channel?.readyState === 'open';
  }

  get starting(): boolean {
    return this.#starting;
  }

  /** `pc.sctp.maxMessageSize` of the connection that carries this page's sends, or null. */
  get maxMessageSize(): number | null {
    if (this.#mode === 'tabs') return this.#link?.maxMessageSize ?? null;
    return this.session.connection('local')?.sctp?.maxMessageSize ?? null;
  }

  /**
   * Opens the camera (or the test pattern when asked, or when the camera fails). In one page it also connects Alice
   * and Bob; in two tabs the room's call connects on its own, and the camera is only for snapping.
   */
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
      if (this.#mode === 'tabs') return { ok: true, source: used, cameraFailure };
      const result = await this.session.start();
      if (result.outcome !== 'done' || !this.#attachPage()) {
        this.stop();
        return { ok: false, code: 'not-connected' };
      }
      return { ok: true, source: used, cameraFailure };
    } finally {
      this.#starting = false;
      this.#changed();
    }
  }

  /**
   * One page: ends everything (transfers under way, and both sides say so; the connection; the camera). Two tabs:
   * turns the camera off; the tab stays in its room and goes on receiving.
   */
  stop(): void {
    if (this.#mode === 'page') {
      this.#detach();
      this.session.hangUp();
    }
    this.#media?.stop();
    this.#media = null;
    this.#changed();
  }

  /** Switches to two tabs over `link`: whatever ran in one page ends first. */
  useTabs(link: TabLinkHandle): void {
    this.#leaveMode();
    this.#mode = 'tabs';
    this.#link = link;
    this.#linkOff = link.onChange(() => this.#followLink());
    this.#followLink();
  }

  /** Back to one page: leaves the room (the other tab hears it) and turns the camera off. */
  usePage(): void {
    this.#leaveMode();
    this.#mode = 'page';
    this.#changed();
  }

  /** Sends to the other side; refused with a code when not connected or while another send runs. */
  send(outgoing: Outgoing, purpose: Purpose): Promise<SendResult> {
    const sender = this.#sender;
    if (!sender) return Promise.resolve({ outcome: 'refused', code: 'not-open' });
    if (!sender.sending) this.#purpose = purpose;
    return sender.send(outgoing);
  }

  /** Stops this page's send under way. */
  cancelSend(): boolean {
    return this.#sender?.cancelSend() ?? false;
  }

  /** Gives up the transfer being received. */
  cancelReceive(): boolean {
    return this.#receiver?.cancelReceive() ?? false;
  }

  /** Whether this page is sending (for what) and whether it is receiving. */
  get busy(): { readonly sending: Purpose | null; readonly receiving: boolean } {
    return {
      sending: this.#sender?.sending ? this.#purpose : null,
      receiving: this.#receiver?.receiving ?? false,
    };
  }

  /** This page's end of the channel plays a broken or hostile sender; the receiving side's checks answer. */
  playFault(fault: string): boolean {
    const channel = this.#channel;
    const known = faultIds.find((id): id is FaultId => id === fault);
    if (!known || !channel || channel.readyState !== 'open' || this.#sender?.sending) return false;
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

  #leaveMode(): void {
    this.stop();
    this.#detach();
    this.#linkOff?.();
    this.#linkOff = null;
    this.#link?.close();
    this.#link = null;
  }

  /** Two tabs: puts this tab's one endpoint on the link's channel once it is open, and takes it off when it goes. */
  #followLink(): void {
    const channel = this.#link?.channel ?? null;
    const open = channel?.readyState === 'open' ? channel : null;
    if (open !== this.#channel) {
      this.#detach();
      if (open) {
        const end = this.#endpoint(open, () => this.#link?.maxMessageSize ?? null);
        this.#listen(end, () => true);
        this.#channel = open;
        this.#sender = end;
        this.#receiver = end;
      }
    }
    this.#changed();
  }

  /** One page: Alice's endpoint sends on her end of the channel, Bob's receives on his. */
  #attachPage(): boolean {
    const alice = this.session.channels.channel('local');
    const bob = this.session.channels.channel('remote');
    if (alice?.readyState !== 'open' || !bob) return false;
    const maxMessageSize = () => this.session.connection('local')?.sctp?.maxMessageSize ?? null;
    this.#sender = this.#endpoint(alice, maxMessageSize);
    this.#receiver = this.#endpoint(bob, maxMessageSize);
    this.#listen(this.#sender, (event) => sendEvents.has(event.type));
    this.#listen(this.#receiver, (event) => !sendEvents.has(event.type));
    this.#channel = alice;
    return true;
  }

  #endpoint(channel: RTCDataChannel, maxMessageSize: () => number | null): TransferEndpoint {
    return new TransferEndpoint(channel, {
      now: () => performance.now(),
      digest: (data) => crypto.subtle.digest('SHA-256', data),
      maxMessageSize,
      limits,
    });
  }

  #listen(end: TransferEndpoint, forwards: (event: EndpointEvent) => boolean): void {
    this.#offs.push(
      end.subscribe((event) => {
        if (!forwards(event)) return;
        const sending = sendEvents.has(event.type);
        const purpose = sending ? this.#purpose : this.#receivedPurpose(event as ReceiveEvent);
        const tagged: TaggedEvent = { side: sending ? 'local' : 'remote', purpose, event };
        for (const listener of this.#listeners) listener(tagged);
        if (event.type === 'sent' || event.type === 'received' || event.type === 'failed') this.#changed();
      }),
    );
  }

  /** In one page the sender's purpose is known here; in two tabs it is read from what arrives. */
  #receivedPurpose(event: ReceiveEvent): Purpose {
    if (this.#mode === 'page') return this.#purpose;
    const id = 'id' in event ? event.id : event.header.id;
    const header = 'header' in event ? event.header : null;
    const purpose = incomingPurpose(id, header) ?? this.#incoming;
    if (event.type === 'incoming') this.#incoming = purpose;
    return purpose;
  }

  /** Takes the endpoints off the channel: anything under way ends as cut off, on each side this page holds. */
  #detach(): void {
    // Detach first, while the islands still listen: each side reports its transfer under way as cut off.
    for (const end of new Set([this.#sender, this.#receiver])) end?.detach();
    for (const off of this.#offs.splice(0)) off();
    this.#sender = null;
    this.#receiver = null;
    this.#channel = null;
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
