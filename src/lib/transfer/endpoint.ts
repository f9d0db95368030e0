import type { HashTools } from './hash';
import { decode, type CancelCode, type Control } from './protocol';
import { TransferReceiver, type ReceiveEvent, type ReceiveLimits } from './receiver';
import {
  hangUpReason,
  sendTransfer,
  type Outgoing,
  type SendProgress,
  type SendResult,
  type TransferChannel,
} from './sender';

/** Everything one side of a transfer reports: its sends and what it receives. */
export type EndpointEvent =
  | ReceiveEvent
  | { readonly type: 'send-progress'; readonly progress: SendProgress }
  | { readonly type: 'sent'; readonly result: SendResult };

/** What an endpoint needs besides its channel. */
export interface EndpointTools extends HashTools {
  readonly now: () => number;
  /** `pc.sctp.maxMessageSize`, read when a send starts (null: unknown). */
  readonly maxMessageSize: () => number | null;
  readonly limits: ReceiveLimits;
}

/** The default cap on one transfer, in both directions: 1 GiB. */
export const maxTransferBytes = 1024 * 1024 * 1024;

interface Active {
  readonly id: number;
  readonly local: AbortController;
  readonly remote: AbortController;
  acked: () => void;
}

/**
 * One side of any RTCDataChannel that sends and receives transfers: the same class serves Alice and Bob in one page
 * or one peer in each tab. It decodes every message, routes it to the receiver or to the send under way, refuses
 * a second send while one runs and any send while the channel is not open, and lets go of the channel on `detach`.
 */
export class TransferEndpoint {
  #channel: TransferChannel;
  #tools: EndpointTools;
  #receiver: TransferReceiver;
  #active: Active | null = null;
  #nextId = 1;
  #listeners = new Set<(event: EndpointEvent) => void>();
  #detach: () => void;

  constructor(channel: TransferChannel, tools: EndpointTools) {
    this.#channel = channel;
    this.#tools = tools;
    channel.binaryType = 'arraybuffer';
    this.#receiver = new TransferReceiver(tools.limits, {
      ...tools,
      reply: (message) => this.#reply(message),
      emit: (event) => this.#emit(event),
    });
    const onMessage = (event: Event) => this.#onMessage((event as MessageEvent<unknown>).data);
    const onClose = () => this.#receiver.cutOff();
    channel.addEventListener('message', onMessage);
    channel.addEventListener('close', onClose);
    this.#detach = () => {
      channel.removeEventListener('message', onMessage);
      channel.removeEventListener('close', onClose);
    };
  }

  /** Calls `listener` with every event of this side; returns the unsubscribe function. */
  subscribe(listener: (event: EndpointEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Whether a send is under way (a second one is refused). */
  get sending(): boolean {
    return this.#active !== null;
  }

  /** The incoming transfer under way, if any. */
  get receiving(): boolean {
    return this.#receiver.current !== null;
  }

  /** Sends one transfer; refuses at once when the channel is not open, a send is under way, or the file is too large. */
  async send(outgoing: Outgoing): Promise<SendResult> {
    const refused = this.#refusal(outgoing);
    if (refused) {
      const result: SendResult = { outcome: 'refused', code: refused };
      this.#emit({ type: 'sent', result });
      return result;
    }
    const active: Active = {
      id: this.#nextId++,
      local: new AbortController(),
      remote: new AbortController(),
      acked: () => undefined,
    };
    const acked = new Promise<void>((resolve) => (active.acked = resolve));
    this.#active = active;
    try {
      const result = await sendTransfer(this.#channel, active.id, outgoing, {
        ...this.#tools,
        maxMessageSize: this.#tools.maxMessageSize(),
        signal: active.local.signal,
        remote: active.remote.signal,
        acked,
        onProgress: (progress) => this.#emit({ type: 'send-progress', progress }),
      });
      this.#emit({ type: 'sent', result });
      return result;
    } finally {
      this.#active = null;
    }
  }

  /** Stops this side's send under way, and tells the receiver. */
  cancelSend(): boolean {
    if (!this.#active) return false;
    this.#active.local.abort();
    return true;
  }

  /** Gives up the incoming transfer under way, and tells the sender. */
  cancelReceive(): boolean {
    return this.#receiver.cancel();
  }

  /** Stops listening to the channel; anything under way ends as cut off, on both sides of this endpoint. */
  detach(): void {
    this.#detach();
    this.#active?.local.abort(hangUpReason);
    this.#receiver.cutOff();
    this.#listeners.clear();
  }

  #refusal(outgoing: Outgoing): 'not-open' | 'busy' | 'empty-name' | 'too-large' | null {
    if (this.#channel.readyState !== 'open') return 'not-open';
    if (this.#active) return 'busy';
    if (outgoing.name.trim() === '') return 'empty-name';
    return outgoing.blob.size > this.#tools.limits.maxBytes ? 'too-large' : null;
  }

  #onMessage(data: unknown): void {
    const decoded = decode(data);
    if (!decoded.ok) return this.#receiver.refuse(decoded.code, decoded.id);
    const message = decoded.message;
    if (message.type === 'ack') {
      if (this.#active?.id === message.id) this.#active.acked();
      return;
    }
    if (message.type === 'cancel' && message.from === 'receiver') {
      if (this.#active?.id === message.id) this.#active.remote.abort(message.code satisfies CancelCode);
      return;
    }
    this.#receiver.take(message);
  }

  #reply(message: Control): void {
    if (this.#channel.readyState === 'open') this.#channel.send(JSON.stringify(message));
  }

  #emit(event: EndpointEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}
