/** The data channel options the reader picks in the page, and how they become `RTCDataChannelInit`. */

/** How the channel retransmits: reliably (the default), at most N times, or for at most N milliseconds. */
export type Reliability =
  | { readonly kind: 'reliable' }
  | { readonly kind: 'retransmits'; readonly maxRetransmits: number }
  | { readonly kind: 'lifetime'; readonly maxPacketLifeTime: number };

/** Everything the page lets the reader choose before Alice creates the channel. */
export interface ChannelOptions {
  readonly label: string;
  readonly ordered: boolean;
  readonly reliability: Reliability;
  /** A channel both sides create themselves with the same id, without the in-band announcement. */
  readonly negotiated: boolean;
  readonly id: number;
  readonly protocol: string;
}

/** The codelab's channel: label `sendDataChannel`, ordered and reliable. */
export const defaultOptions: ChannelOptions = {
  label: 'sendDataChannel',
  ordered: true,
  reliability: { kind: 'reliable' },
  negotiated: false,
  id: 0,
  protocol: '',
};

/** Why a choice of options cannot make a channel; each code has a sentence in the dictionary. */
export type OptionProblem = 'label-too-long' | 'bad-id' | 'bad-retransmits' | 'bad-lifetime';

/** Checks options the way the browser would, so the page can say what is wrong before calling it. */
export function optionProblem(options: ChannelOptions): OptionProblem | null {
  if (new TextEncoder().encode(options.label).byteLength > 65535) return 'label-too-long';
  if (options.negotiated && !(Number.isInteger(options.id) && options.id >= 0 && options.id <= 65534)) return 'bad-id';
  const r = options.reliability;
  if (r.kind === 'retransmits' && !(Number.isInteger(r.maxRetransmits) && r.maxRetransmits >= 0)) {
    return 'bad-retransmits';
  }
  if (r.kind === 'lifetime' && !(Number.isInteger(r.maxPacketLifeTime) && r.maxPacketLifeTime >= 0)) {
    return 'bad-lifetime';
  }
  return null;
}

/** The options as the browser takes them: `createDataChannel(label, init)`. */
export function toInit(options: ChannelOptions): RTCDataChannelInit {
  const r = options.reliability;
  return {
    ordered: options.ordered,
    protocol: options.protocol,
    ...(r.kind === 'retransmits' ? { maxRetransmits: r.maxRetransmits } : {}),
    ...(r.kind === 'lifetime' ? { maxPacketLifeTime: r.maxPacketLifeTime } : {}),
    ...(options.negotiated ? { negotiated: true, id: options.id } : {}),
  };
}
