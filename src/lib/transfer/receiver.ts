import { wholeHashLimit, type HashTools } from './hash';
import { protocolVersion, type CancelCode, type Chunk, type Control, type Header, type RefusalCode } from './protocol';
import { Sha256, toHex } from './sha256';

/** What this side accepts: the largest transfer, and for files the MIME types (null: any). */
export interface ReceiveLimits {
  readonly maxBytes: number;
  readonly fileTypes: readonly string[] | null;
}

/** Why an incoming transfer ended without a file: a refusal, a cancel by either side, or a channel that closed. */
export type ReceiveFailure = RefusalCode | 'sender-cancelled' | 'receiver-cancelled' | 'cut-off';

/** What the receiver reports, as data. */
export type ReceiveEvent =
  | { readonly type: 'incoming'; readonly header: Header }
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly bytes: number;
      readonly total: number;
      readonly ms: number;
    }
  | { readonly type: 'verifying'; readonly id: number }
  | { readonly type: 'received'; readonly header: Header; readonly blob: Blob; readonly ms: number }
  | {
      readonly type: 'failed';
      readonly id: number | null;
      readonly code: ReceiveFailure;
      readonly header: Header | null;
    };

/** What the receiver needs: hashing, a clock, a way to answer the sender, and a listener for its events. */
export interface ReceiveTools extends HashTools {
  readonly now: () => number;
  readonly reply: (message: Control) => void;
  readonly emit: (event: ReceiveEvent) => void;
}

/** Parts are gathered into one Blob part once this many bytes wait, so no single buffer grows with the file. */
export const foldBytes = 1024 * 1024;
/** Ids of ended transfers remembered, so chunks still in flight after a cancel are dropped quietly. */
const rememberEnded = 32;

interface Incoming {
  readonly header: Header;
  readonly started: number;
  readonly parts: Blob[];
  pending: Uint8Array[];
  pendingBytes: number;
  bytes: number;
  /** Hashes as bytes arrive when the file is too large to read back whole at the end. */
  readonly hasher: Sha256 | null;
  verifying: boolean;
}

/**
 * The receiving half of a transfer, trusting nothing: a header must pass the limits, chunks must belong to the
 * transfer under way and never exceed what the header announced, and the hash must match before the file is handed
 * on. Bytes are kept as Blob parts; a failure drops them and tells the sender why.
 */
export class TransferReceiver {
  #current: Incoming | null = null;
  #ended: number[] = [];
  #reported = new Set<number>();

  constructor(
    private readonly limits: ReceiveLimits,
    private readonly tools: ReceiveTools,
  ) {}

  /** The transfer under way, if any. */
  get current(): Header | null {
    return this.#current?.header ?? null;
  }

  /** Takes one decoded message meant for the receiving side. */
  take(message: Header | Chunk | Extract<Control, { type: 'end' | 'cancel' }>): void {
    switch (message.type) {
      case 'header':
        return this.#header(message);
      case 'chunk':
        return this.#chunk(message);
      case 'end':
        return void this.#end(message.id);
      case 'cancel':
        if (this.#current?.header.id === message.id && !this.#current.verifying) this.#drop('sender-cancelled');
    }
  }

  /**
   * A message that failed to decode. It spoils the transfer under way when it names that transfer or none; one that
   * names another transfer is refused back to its sender, and that transfer's later messages are dropped quietly.
   */
  refuse(code: RefusalCode, id: number | null): void {
    const current = this.#current;
    if (current && !current.verifying && (id === null || id === current.header.id)) return this.#drop(code, true);
    if (id === null) return this.tools.emit({ type: 'failed', id: null, code, header: null });
    if (this.#ended.includes(id)) return;
    this.#remember(id);
    this.tools.reply(cancelOf(id, code));
    this.tools.emit({ type: 'failed', id, code, header: null });
  }

  /** This side gives up the transfer under way and tells the sender. */
  cancel(): boolean {
    if (!this.#current || this.#current.verifying) return false;
    this.#drop('receiver-cancelled', true);
    return true;
  }

  /** The channel closed or the call ended: whatever was under way is cut off. */
  cutOff(): void {
    if (this.#current) this.#drop('cut-off');
  }

  #header(header: Header): void {
    if (this.#current) return this.#answer(header.id, 'busy', header);
    if (header.size > this.limits.maxBytes) return this.#answer(header.id, 'too-large', header);
    const types = this.limits.fileTypes;
    if (header.kind === 'file' && types && !types.includes(header.mime)) {
      return this.#answer(header.id, 'type-refused', header);
    }
    this.#reported.delete(header.id);
    this.#current = {
      header,
      started: this.tools.now(),
      parts: [],
      pending: [],
      pendingBytes: 0,
      bytes: 0,
      hasher: header.size > (this.tools.wholeHashLimit ?? wholeHashLimit) ? new Sha256() : null,
      verifying: false,
    };
    this.tools.emit({ type: 'incoming', header });
  }

  #chunk({ id, payload }: Chunk): void {
    const current = this.#current;
    if (!current || current.header.id !== id || current.verifying) return this.#stray(id);
    if (current.bytes + payload.length > current.header.size) return this.#drop('too-many-bytes', true);
    current.bytes += payload.length;
    current.hasher?.update(payload);
    current.pending.push(payload);
    current.pendingBytes += payload.length;
    if (current.pendingBytes >= foldBytes) fold(current);
    this.tools.emit({
      type: 'progress',
      id,
      bytes: current.bytes,
      total: current.header.size,
      ms: this.tools.now() - current.started,
    });
  }

  async #end(id: number): Promise<void> {
    const current = this.#current;
    if (!current || current.header.id !== id || current.verifying) return this.#stray(id);
    if (current.bytes < current.header.size) return this.#drop('too-few-bytes', true);
    current.verifying = true;
    this.tools.emit({ type: 'verifying', id });
    // A transfer smaller than one fold (every photo) is still in memory: hash it there instead of reading it back.
    const inMemory = current.parts.length === 0 ? joined(current.pending, current.bytes) : null;
    const blob = new Blob([...current.parts, ...(current.pending as BlobPart[])], { type: current.header.mime });
    let hash: string;
    try {
      hash = current.hasher
        ? toHex(current.hasher.digest())
        : toHex(new Uint8Array(await this.tools.digest(inMemory ?? (await blob.arrayBuffer()))));
    } catch {
      hash = '';
    }
    // The channel may have closed while the hash was computed: that transfer is already reported as cut off.
    if (this.#current !== current) return;
    if (hash !== current.header.sha256) return this.#drop('hash-mismatch', true);
    this.#finish(current);
    this.tools.reply({ v: protocolVersion, type: 'ack', id });
    this.tools.emit({ type: 'received', header: current.header, blob, ms: this.tools.now() - current.started });
  }

  /** A chunk or end for a transfer that is not under way: quiet if it just ended, otherwise refused once. */
  #stray(id: number): void {
    if (this.#ended.includes(id) || this.#reported.has(id)) return;
    this.#reported.add(id);
    this.#answer(id, 'unknown-transfer');
  }

  #drop(code: ReceiveFailure, tellSender = false): void {
    const current = this.#current;
    if (!current) return;
    this.#finish(current);
    if (tellSender) this.tools.reply(cancelOf(current.header.id, code));
    this.tools.emit({ type: 'failed', id: current.header.id, code, header: current.header });
  }

  #finish(current: Incoming): void {
    current.parts.length = 0;
    current.pending = [];
    this.#current = null;
    this.#remember(current.header.id);
  }

  #remember(id: number): void {
    this.#ended = [...this.#ended.slice(1 - rememberEnded), id];
  }

  #answer(id: number, code: RefusalCode, header: Header | null = null): void {
    // The refused transfer's chunks may already be on their way: drop them quietly.
    if (header) this.#remember(id);
    this.tools.reply(cancelOf(id, code));
    this.tools.emit({ type: 'failed', id, code, header });
  }
}

function cancelOf(id: number, code: ReceiveFailure): Control {
  const wire: CancelCode = code === 'cut-off' ? 'receiver-cancelled' : code;
  return { v: protocolVersion, type: 'cancel', id, from: 'receiver', code: wire };
}

function fold(current: Incoming): void {
  if (current.pending.length === 0) return;
  current.parts.push(new Blob(current.pending as BlobPart[]));
  current.pending = [];
  current.pendingBytes = 0;
}

function joined(pieces: readonly Uint8Array[], size: number): ArrayBuffer {
  const whole = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole.buffer;
}
