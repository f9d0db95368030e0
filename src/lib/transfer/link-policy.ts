/**
 * When one tab of a two-tab transfer calls the other, and when it ends a call that can no longer carry transfers.
 * A pure function of what the tab sees, so the page and the tests read the same rule.
 */

/** What one tab sees of its room, its connection and its transfer channel. */
export interface LinkView {
  /** Both tabs are in the room. */
  readonly roomReady: boolean;
  /**
   * This tab joined the room after the other one (or came back to it): it calls, because the other tab is already
   * listening. A tab that has only just joined may not hear yet what the room sends it, so the first one never calls.
   */
  readonly newcomer: boolean;
  /** Milliseconds since both tabs were in the room (this time). */
  readonly readyMs: number;
  /** This tab's connection state, or null when it has no connection. */
  readonly connection: RTCPeerConnectionState | null;
  /** The transfer channel's state, or null when there is none. */
  readonly channel: RTCDataChannelState | null;
  /** Milliseconds since this tab's connection was made, while its channel has not opened. */
  readonly connectingMs: number;
  /** Calls this tab made since the transfer channel was last open or the other tab last joined. */
  readonly tries: number;
}

/** The tab's next move: make a call, end the one it has, keep waiting, or stop trying (the page says so). */
export type LinkAction = 'call' | 'end' | 'wait' | 'give-up';

/** Calls in a row that may fail to open the channel before the tab stops calling. */
export const maxTries = 3;
/**
 * How long the tab that was there first waits for the newcomer's offer before it calls itself. Over BroadcastChannel
 * a busy newcomer can settle in alone and be joined afterwards, so both tabs see the other one join and neither is
 * the newcomer; then both call after this wait, and perfect negotiation sorts out the two offers.
 */
export const offerWaitMs = 3_000;
/** How long a connection may take to open its channel before the tab ends it and tries again (a message was lost). */
export const maxConnectingMs = 10_000;

/** The next move for a tab in `view`. */
export function linkAction(view: LinkView): LinkAction {
  const { connection, channel } = view;
  if (connection === null) {
    if (!view.roomReady || !(view.newcomer || view.readyMs > offerWaitMs)) return 'wait';
    return view.tries < maxTries ? 'call' : 'give-up';
  }
  if (connection === 'failed' || connection === 'closed') return 'end';
  if (channel === 'closing' || channel === 'closed') return 'end';
  if (channel === 'open') return 'wait';
  // The tab it was calling left before the channel opened, or the call went quiet: start again.
  if (!view.roomReady || view.connectingMs > maxConnectingMs) return 'end';
  return 'wait';
}
