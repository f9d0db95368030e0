/**
 * What a room looks like from one side, folded from its transport's events: alone (`waiting`), with the other peer
 * (`ready`), turned away (`full`), or cut off (`error`). A pure `(view, event) => view`, so the lab and the tests read
 * the same rules.
 */
import type { TransportEvent } from './types';

/** Where this side stands in its room. */
export type RoomStatus = 'idle' | 'waiting' | 'ready' | 'full' | 'error';

/** Why a room view is in `error`, or what the server last refused. */
export type RoomProblem = 'unreachable' | 'failed' | 'room-expired';

/** One side's view of its room. */
export interface RoomView {
  readonly status: RoomStatus;
  /** The role this side got for perfect negotiation; null before `joined`. */
  readonly polite: boolean | null;
  readonly problem: RoomProblem | null;
  /** The code of the last `error` the server sent (it answers one message; the room goes on). */
  readonly lastError: string | null;
}

/** Before joining, and after leaving. */
export const idleRoom: RoomView = { status: 'idle', polite: null, problem: null, lastError: null };

/** The view after one more event. */
export function foldRoom(view: RoomView, event: TransportEvent): RoomView {
  if (event.type === 'state') {
    switch (event.state) {
      case 'connecting':
      case 'open':
        return view;
      case 'reconnecting':
        // The link dropped (or never came up): no room until the transport joins again.
        return { ...view, status: 'error', problem: 'unreachable' };
      case 'failed':
        return { ...view, status: 'error', problem: 'failed' };
      case 'closed':
        return idleRoom;
    }
  }
  if (event.type !== 'room') return view;
  const message = event.message;
  switch (message.type) {
    case 'joined':
      return { ...view, status: message.peers === 2 ? 'ready' : 'waiting', polite: message.polite, problem: null };
    case 'peer-joined':
      return { ...view, status: 'ready' };
    case 'peer-left':
      return { ...view, status: 'waiting' };
    case 'full':
      return { ...view, status: 'full', polite: null };
    case 'error':
      return message.code === 'room-expired'
        ? { ...view, status: 'error', problem: 'room-expired', lastError: message.code }
        : { ...view, lastError: message.code };
  }
}
