import { stateNames, type CallEvent, type PeerId, type StateName } from './types';

/** What the state panel shows for both peers: current states, their trails, and candidates waiting to be delivered. */
export interface PanelView {
  readonly states: Record<PeerId, Record<StateName, string | null>>;
  readonly trails: Record<PeerId, Record<StateName, string[]>>;
  readonly waiting: Record<PeerId, number>;
}

/** The same, read-only: what a view needs, whether it comes from a live engine or from a saved call. */
export interface PanelReadout {
  readonly states: Readonly<Record<PeerId, Readonly<Record<StateName, string | null>>>>;
  readonly trails: Readonly<Record<PeerId, Readonly<Record<StateName, readonly string[]>>>>;
  readonly waiting: Readonly<Record<PeerId, number>>;
}

/** A panel with no call in it. */
export function emptyPanel(): PanelView {
  const perPeer = <T>(make: () => T) => ({ local: make(), remote: make() });
  const perState = <T>(make: () => T) =>
    Object.fromEntries(stateNames.map((name) => [name, make()])) as Record<StateName, T>;
  return {
    states: perPeer(() => perState<string | null>(() => null)),
    trails: perPeer(() => perState<string[]>(() => [])),
    waiting: { local: 0, remote: 0 },
  };
}

/**
 * Adds one event to a panel: creating the peers starts new trails, a state event extends its trail, gathered
 * candidates wait until delivered, hang-up empties the outboxes and a call back at idle (reset) starts empty. The
 * live call and a saved one are both shown this way, from their events alone.
 */
export function foldEvent(panel: PanelView, event: CallEvent): PanelView {
  switch (event.type) {
    case 'api-call':
      if (event.phase === 'create-peers' && event.status === 'start') return emptyPanel();
      if (event.phase === 'hang-up' && event.status === 'success') panel.waiting.local = panel.waiting.remote = 0;
      return panel;
    case 'call-status':
      return event.status === 'idle' ? emptyPanel() : panel;
    case 'state': {
      const trail = panel.trails[event.peer][event.name];
      if (trail.at(-1) !== event.value) trail.push(event.value);
      panel.states[event.peer][event.name] = event.value;
      return panel;
    }
    case 'candidate-gathered':
      if (event.candidate && event.candidate.candidate !== '') panel.waiting[event.peer]++;
      return panel;
    case 'candidate-delivered':
      panel.waiting[event.peer] = Math.max(0, panel.waiting[event.peer] - 1);
      return panel;
    default:
      return panel;
  }
}

/** The panel of a whole list of events. */
export function panelOf(events: readonly CallEvent[]): PanelView {
  return events.reduce(foldEvent, emptyPanel());
}
