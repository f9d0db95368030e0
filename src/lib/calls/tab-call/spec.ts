/** One side of chapter 8's call as data: each phase, the code it runs and shows, and the states expected after it. */
import type { CallSpec, PhaseSpec } from '../../runner/types';
import type { TabCall } from './context';
import { phaseIds, type PhaseId } from './ids';
import * as phases from './phases';
import { verdict, type TabView } from './rules';

export { phaseIds, type PhaseId };

type Phase = Omit<PhaseSpec<TabCall, TabView>, 'id' | 'rule'>;

const phase = (id: PhaseId, rest: Phase): PhaseSpec<TabCall, TabView> => ({
  id,
  rule: (view) => verdict(view, id),
  ...rest,
});

/** The phases of one tab's side; `local` is always this tab's own connection. */
export const tabCall: CallSpec<TabCall, TabView> = {
  id: 'tab-call',
  source: 'calls/tab-call/phases.ts',
  // The automatic path is perfect negotiation (perfect-negotiation.ts), not a list of these phases.
  quickPath: [],
  phases: [
    phase('create-peer', {
      peer: 'local',
      call: 'new RTCPeerConnection(config)',
      shows: ['createPeer'],
      createsPeers: true,
      expect: { local: 'stable' },
      run: phases.createPeer,
    }),
    phase('add-tracks', {
      peer: 'local',
      call: 'pc.addTrack(track, stream)',
      shows: ['addTracks'],
      run: phases.addTracks,
    }),
    phase('create-offer', { peer: 'local', call: 'pc.createOffer()', shows: ['createOffer'], run: phases.createOffer }),
    phase('set-local-offer', {
      peer: 'local',
      call: 'pc.setLocalDescription(offer); send(offer)',
      shows: ['setLocalOffer'],
      expect: { local: 'have-local-offer' },
      describes: { peer: 'local', side: 'local' },
      run: phases.setLocalOffer,
    }),
    phase('set-remote-offer', {
      peer: 'local',
      call: 'pc.setRemoteDescription(offer)',
      shows: ['setRemoteOffer'],
      expect: { local: 'have-remote-offer' },
      describes: { peer: 'local', side: 'remote' },
      run: phases.setRemoteOffer,
    }),
    phase('create-answer', {
      peer: 'local',
      call: 'pc.createAnswer()',
      shows: ['createAnswer'],
      run: phases.createAnswer,
    }),
    phase('set-local-answer', {
      peer: 'local',
      call: 'pc.setLocalDescription(answer); send(answer)',
      shows: ['setLocalAnswer'],
      expect: { local: 'stable' },
      describes: { peer: 'local', side: 'local' },
      run: phases.setLocalAnswer,
    }),
    phase('set-remote-answer', {
      peer: 'local',
      call: 'pc.setRemoteDescription(answer)',
      shows: ['setRemoteAnswer'],
      expect: { local: 'stable' },
      describes: { peer: 'local', side: 'remote' },
      run: phases.setRemoteAnswer,
    }),
    phase('add-candidates', {
      peer: 'local',
      call: 'pc.addIceCandidate(candidate) for each waiting candidate',
      shows: ['addCandidates'],
      run: phases.addCandidates,
    }),
    phase('hang-up', {
      peer: 'local',
      call: "send({ type: 'bye' }); pc.close(); track.stop()",
      shows: ['hangUp'],
      anytime: true,
      ends: true,
      run: phases.hangUp,
    }),
  ],
};
