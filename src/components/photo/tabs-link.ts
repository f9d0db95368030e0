import { TabSession, type TabSnapshot, type TabTransport } from '../../lib/calls/tab-call/session';
import { openLocalMedia } from '../../lib/media/local-media';
import type { RoomStatus } from '../../lib/signaling/room-status';
import { linkAction, maxConnectingMs, offerWaitMs, type LinkAction } from '../../lib/transfer/link-policy';
import { openTransport } from '../signal/open-transport';
import type { TabLinkHandle } from './photo-call';

/**
 * Both tabs make the transfer channel themselves with the same id (a negotiated channel), so neither waits for a
 * `datachannel` event and chapter 8's own `control` channel keeps to itself.
 */
export const transferChannel = { label: 'transfer', id: 0 } as const;

/** What the room panel shows: chapter 8's snapshot, the transfer channel's state, and whether calling stopped. */
export interface LinkSnapshot {
  readonly tab: TabSnapshot;
  readonly channel: RTCDataChannelState | null;
  readonly gaveUp: boolean;
  readonly tries: number;
}

/**
 * Chapter 9 between two tabs or devices: chapter 8's TabSession joins the room and negotiates automatically (perfect
 * negotiation), with no media, and this tab's transfer channel opens on its connection. The tab that joins second
 * calls as soon as it is in the room; a call whose channel closed, whose other tab left, or that went quiet ends so
 * the next one starts fresh (`lib/transfer/link-policy.ts`).
 */
export class TabsLink implements TabLinkHandle {
  readonly session: TabSession;
  #channel: RTCDataChannel | null = null;
  #tries = 0;
  #last: LinkAction = 'wait';
  #room: RoomStatus = 'idle';
  #newcomer = false;
  #readySince = 0;
  #readyTimer: number | undefined;
  /** When this tab's connection was made, and the timer that looks again once it has had time to open. */
  #since = 0;
  #stallTimer: number | undefined;
  #stepping = false;
  #changes = new Set<() => void>();

  constructor(serverUrl: string) {
    this.session = new TabSession({
      RTCPeerConnection,
      openTransport: (kind, room) => openTransport(kind, room, serverUrl),
      // Never called: this page's camera is for snapping and never goes over the call.
      openSource: (source) => openLocalMedia(source, {}),
      now: Date.now,
      dataOnly: true,
      onConnection: (pc) => this.#open(pc),
    });
    // Chapter 8 teaches the negotiation by hand; here it only has to happen.
    this.session.setMode('automatic');
    this.session.onChange(() => this.#step());
  }

  get channel(): RTCDataChannel | null {
    return this.#channel;
  }

  get maxMessageSize(): number | null {
    return this.session.connection()?.sctp?.maxMessageSize ?? null;
  }

  onChange(listener: () => void): () => void {
    this.#changes.add(listener);
    return () => this.#changes.delete(listener);
  }

  /** Joins `room` over `kind`; the previous room, and its call, are left first. */
  join(kind: TabTransport, room: string): void {
    this.#tries = 0;
    this.session.join(kind, room);
  }

  close(): void {
    window.clearTimeout(this.#stallTimer);
    window.clearTimeout(this.#readyTimer);
    this.session.leave();
  }

  snapshot(): LinkSnapshot {
    return {
      tab: this.session.snapshot(),
      channel: this.#channel?.readyState ?? null,
      gaveUp: this.#last === 'give-up',
      tries: this.#tries,
    };
  }

  #open(pc: RTCPeerConnection): void {
    const channel = pc.createDataChannel(transferChannel.label, { negotiated: true, id: transferChannel.id });
    channel.binaryType = 'arraybuffer';
    this.#channel = channel;
    this.#since = performance.now();
    window.clearTimeout(this.#stallTimer);
    this.#stallTimer = window.setTimeout(() => this.#step(), maxConnectingMs + 100);
    const changed = (): void => {
      if (channel !== this.#channel) return;
      if (channel.readyState === 'open') this.#tries = 0;
      this.#step();
    };
    channel.addEventListener('open', changed);
    channel.addEventListener('close', changed);
  }

  /** Reads what the tab sees, does what the policy says, then tells the photo call and the panel. */
  #step(): void {
    // A call or a hang-up changes the session again at once: that change is read by the loop below, not re-entered.
    if (this.#stepping) return;
    this.#stepping = true;
    try {
      for (let action = this.#decide(); action === 'call' || action === 'end'; action = this.#decide()) {
        if (action === 'call') {
          this.#tries++;
          if (this.session.call().outcome !== 'done') break;
        } else {
          this.session.hangUp();
        }
      }
    } finally {
      this.#stepping = false;
    }
    for (const listener of [...this.#changes]) listener();
  }

  #decide(): LinkAction {
    const pc = this.session.connection();
    if (!pc) this.#channel = null;
    const { room } = this.session.view();
    if (room !== this.#room) {
      // Ready after waiting alone: the other tab joined this one. Ready straight after joining: this tab is the newcomer.
      if (room === 'ready') {
        this.#newcomer = this.#room !== 'waiting';
        this.#tries = 0;
        this.#readySince = performance.now();
        window.clearTimeout(this.#readyTimer);
        if (!this.#newcomer) this.#readyTimer = window.setTimeout(() => this.#step(), offerWaitMs + 100);
      }
      this.#room = room;
    }
    const channel = this.#channel?.readyState ?? null;
    this.#last = linkAction({
      roomReady: room === 'ready',
      newcomer: this.#newcomer,
      readyMs: performance.now() - this.#readySince,
      connection: pc?.connectionState ?? null,
      channel,
      connectingMs: pc && channel !== 'open' ? performance.now() - this.#since : 0,
      tries: this.#tries,
    });
    return this.#last;
  }
}
