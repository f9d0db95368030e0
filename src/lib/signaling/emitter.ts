/** The listener set every transport keeps: subscribe returns its own unsubscribe; one bad listener stops no other. */
import type { TransportEvent } from './types';

/** Listeners of one transport. */
export interface Emitter {
  subscribe(listener: (event: TransportEvent) => void): () => void;
  emit(event: TransportEvent): void;
  clear(): void;
}

/** A fresh, empty listener set. */
export function createEmitter(): Emitter {
  const listeners = new Set<(event: TransportEvent) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // A listener's failure is the listener's; the transport and the other listeners carry on.
        }
      }
    },
    clear() {
      listeners.clear();
    },
  };
}
