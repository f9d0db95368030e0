import type { CallFeed } from '../../lib/call/types';
import { reachMilestone } from './reach';

/**
 * Chapter 5's milestone: a call connected by hand. It counts when Alice's offer and Bob's answer were both applied
 * from the reader's own step buttons and both peers then reach `connected`. The quick path runs the same phases with
 * no step-button click before them, so it never counts. Returns the function that stops watching.
 */
export function watchManualCall(call: CallFeed, doc: Document = document): () => void {
  let clicked: string | null = null;
  let byHand = new Set<string>();
  const connected = new Set<string>();
  const onClick = (event: Event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('call-step [data-phase]');
    clicked = button?.dataset['phase'] ?? null;
  };
  doc.addEventListener('click', onClick, true);
  const unsubscribe = call.subscribe((event) => {
    if (event.type === 'api-call' && event.status === 'start') {
      if (event.phase === 'create-peers') {
        byHand = new Set();
        connected.clear();
      }
      if (clicked === event.phase) byHand.add(event.phase);
      clicked = null;
    } else if (event.type === 'state' && event.name === 'connectionState') {
      if (event.value === 'connected') connected.add(event.peer);
      else connected.delete(event.peer);
      if (connected.size === 2 && byHand.has('set-local-offer') && byHand.has('set-remote-answer')) {
        reachMilestone('05-peer-connection', 'manual-call', doc);
      }
    }
  });
  return () => {
    doc.removeEventListener('click', onClick, true);
    unsubscribe();
  };
}
