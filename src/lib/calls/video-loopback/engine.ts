import { LoopbackSession, type LoopbackCallDef, type SessionDeps, type SessionSnapshot } from '../../loopback/session';
import { negotiationPeer, negotiationView } from '../../loopback/negotiation-view';
import type { VideoCall } from './context';
import { deliverCandidate } from './phases';
import { deliverVerdict, type CallView } from './rules';
import { videoLoopback } from './spec';

export type { LocalMedia } from '../../media/local-media';
export type { RunResult } from '../../runner/types';

/** The browser APIs and clocks the call uses; the page passes the real ones, tests pass fakes. */
export type EngineDeps = SessionDeps & Required<Pick<SessionDeps, 'openSource'>>;

/** Everything chapter 5's views show. */
export type EngineSnapshot = SessionSnapshot<CallView>;

/** How chapter 5's call makes its context and the view its rules read. */
export const videoLoopbackDef: LoopbackCallDef<VideoCall, CallView> = {
  spec: videoLoopback,
  activatedBy: 'get-user-media',
  hintAfter: 'set-remote-answer',
  deliverPhase: 'exchange-ice',
  context: (base, tools) =>
    Object.assign(base, {
      localStream: null,
      offer: null,
      answer: null,
      getLocalStream: tools.openStream,
    }),
  view: (call, session): CallView => {
    const peerView = (pc: RTCPeerConnection | null) =>
      pc && { ...negotiationPeer(pc), iceConnectionState: pc.iceConnectionState };
    return {
      ...negotiationView(call, session),
      hasStream: call.localStream !== null,
      peers: { local: peerView(call.pc.local), remote: peerView(call.pc.remote) },
      tracksAdded: (call.pc.local?.getSenders() ?? []).some((sender) => sender.track !== null),
    };
  },
  deliver: deliverCandidate,
  deliverRule: deliverVerdict,
};

/** Chapter 5's loopback call: the video call's spec on a two-peer session. */
export class CallEngine extends LoopbackSession<VideoCall, CallView> {
  constructor(deps: EngineDeps) {
    super(videoLoopbackDef, deps);
  }
}
