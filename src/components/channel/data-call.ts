import { DataSession } from '../../lib/calls/data-loopback/engine';
import { providePageCall, setCallFeed } from '../page-store';

let session: DataSession | null = null;

/** The one data channel call of chapter 6's page, shared by the stage, the steps, the quick path and the experiments. */
export function getDataCall(): DataSession {
  if (session) return session;
  session = new DataSession({
    RTCPeerConnection: window.RTCPeerConnection,
    now: () => performance.now(),
    setTimer: (callback, ms) => window.setTimeout(callback, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    config: {},
  });
  // The SDP inspector follows the page's call feed; the step boxes find the call by its id.
  setCallFeed(session);
  providePageCall(session.call, session);
  return session;
}
