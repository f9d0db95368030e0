import type { SignalMessage, Transport } from './types';

type Of<T extends SignalMessage['type']> = Extract<SignalMessage, { type: T }>;

/**
 * What one side has received and not yet used, in arrival order. Transports push messages as they arrive; the call
 * takes them when the reader (or the automatic path) applies them, so a message can wait, as a letter waits in a box.
 */
export class Inbox {
  #waiting: SignalMessage[] = [];
  #listeners = new Set<() => void>();
  #unsubscribe: () => void;

  constructor(transport: Transport) {
    this.#unsubscribe = transport.subscribe((event) => {
      if (event.type !== 'signal') return;
      this.#waiting.push(event.message);
      this.#changed();
    });
  }

  /** How many messages of a type are waiting. */
  count(type: SignalMessage['type']): number {
    return this.#waiting.filter((message) => message.type === type).length;
  }

  /** The oldest waiting message of a type, left in the inbox. */
  peek<T extends SignalMessage['type']>(type: T): Of<T> | null {
    return (this.#waiting.find((message) => message.type === type) as Of<T> | undefined) ?? null;
  }

  /** Every waiting message of a type, oldest first. */
  all<T extends SignalMessage['type']>(type: T): Of<T>[] {
    return this.#waiting.filter((message): message is Of<T> => message.type === type);
  }

  /** Takes the oldest waiting message of a type out of the inbox. */
  take<T extends SignalMessage['type']>(type: T): Of<T> | null {
    const message = this.peek(type);
    if (message) this.remove(message);
    return message;
  }

  /** Removes one message once it has been used. */
  remove(message: SignalMessage): void {
    const index = this.#waiting.indexOf(message);
    if (index === -1) return;
    this.#waiting.splice(index, 1);
    this.#changed();
  }

  /** Calls `listener` whenever a message arrives or leaves; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops listening to the transport and drops what was waiting. */
  close(): void {
    this.#unsubscribe();
    this.#waiting = [];
    this.#listeners.clear();
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
