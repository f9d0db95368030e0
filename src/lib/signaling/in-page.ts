import type { PeerId } from '../call/types';
import type { SignalMessage, Transport, TransportEvent } from './types';

/** The size a message would have on a wire, in bytes of its JSON, so every carrier reports sizes alike. */
export function messageSize(message: SignalMessage): number {
  return new TextEncoder().encode(JSON.stringify(message)).byteLength;
}

/**
 * Two ends of a transport inside one page, for two peers in one page: what one end sends, the other receives at
 * once. It never touches a peer connection; the receiving call decides when to use what arrived.
 */
export function createInPagePair(): Readonly<Record<PeerId, Transport>> {
  const listeners: Record<PeerId, Set<(event: TransportEvent) => void>> = { local: new Set(), remote: new Set() };
  const open: Record<PeerId, boolean> = { local: true, remote: true };
  const tell = (peer: PeerId, event: TransportEvent) => {
    for (const listener of [...listeners[peer]]) listener(event);
  };
  const end = (peer: PeerId): Transport => {
    const otherPeer: PeerId = peer === 'local' ? 'remote' : 'local';
    return {
      kind: 'in-page',
      get state() {
        return open[peer] ? 'open' : 'closed';
      },
      send(message) {
        if (!open[peer] || !open[otherPeer]) return false;
        const size = messageSize(message);
        tell(peer, { type: 'sent', message, size });
        tell(otherPeer, { type: 'signal', message, from: peer, size });
        return true;
      },
      subscribe(listener) {
        listeners[peer].add(listener);
        return () => listeners[peer].delete(listener);
      },
      close() {
        if (!open[peer]) return;
        open[peer] = false;
        tell(peer, { type: 'state', state: 'closed' });
        listeners[peer].clear();
      },
    };
  };
  return { local: end('local'), remote: end('remote') };
}
