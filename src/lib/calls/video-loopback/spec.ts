/** Chapter 5's call as data: each phase, the code it runs and shows, its rule and the states expected after it. */
import type { CallSpec, PhaseSpec } from '../../runner/types';
import type { VideoCall } from './context';
import { explainMistake } from './mistakes';
import * as phases from './phases';
import { phaseIds, type PhaseId } from './ids';
import { verdict, type CallView } from './rules';

export { phaseIds, type PhaseId };

type Phase = Omit<PhaseSpec<VideoCall, CallView>, 'id' | 'rule' | 'mistake'>;

const phase = (id: PhaseId, rest: Phase): PhaseSpec<VideoCall, CallView> => ({
  id,
  rule: (view) => verdict(view, id),
  mistake: (error) => explainMistake(id, error),
  ...rest,
});

/** The loopback video call of chapter 5, the codelab's step 2. */
export const videoLoopback: CallSpec<VideoCall, CallView> = {
  id: 'video-loopback',
  source: 'calls/video-loopback/phases.ts',
  quickPath: phaseIds.slice(phaseIds.indexOf('create-peers'), phaseIds.indexOf('exchange-ice')),
  phases: [
    phase('get-user-media', {
      peer: null,
      call: 'navigator.mediaDevices.getUserMedia({ video: true })',
      shows: ['getUserMedia'],
      run: phases.getUserMedia,
    }),
    phase('create-peers', {
      peer: null,
      call: 'new RTCPeerConnection(servers) ×2',
      shows: ['createPeers'],
      createsPeers: true,
      expect: { local: 'stable', remote: 'stable' },
      run: phases.createPeers,
    }),
    phase('add-tracks', {
      peer: 'local',
      call: 'alice.addTrack(track, stream)',
      shows: ['addTracks'],
      run: phases.addTracks,
    }),
    phase('create-offer', {
      peer: 'local',
      call: 'alice.createOffer()',
      shows: ['createOffer'],
      run: phases.createOffer,
    }),
    phase('set-local-offer', {
      peer: 'local',
      call: 'alice.setLocalDescription(offer)',
      shows: ['setLocalOffer'],
      expect: { local: 'have-local-offer' },
      describes: { peer: 'local', side: 'local' },
      run: phases.setLocalOffer,
    }),
    phase('set-remote-offer', {
      peer: 'remote',
      call: 'bob.setRemoteDescription(offer)',
      shows: ['setRemoteOffer'],
      expect: { remote: 'have-remote-offer' },
      describes: { peer: 'remote', side: 'remote' },
      run: phases.setRemoteOffer,
    }),
    phase('create-answer', {
      peer: 'remote',
      call: 'bob.createAnswer()',
      shows: ['createAnswer'],
      run: phases.createAnswer,
    }),
    phase('set-local-answer', {
      peer: 'remote',
      call: 'bob.setLocalDescription(answer)',
      shows: ['setLocalAnswer'],
      expect: { remote: 'stable' },
      describes: { peer: 'remote', side: 'local' },
      run: phases.setLocalAnswer,
    }),
    phase('set-remote-answer', {
      peer: 'local',
      call: 'alice.setRemoteDescription(answer)',
      shows: ['setRemoteAnswer'],
      expect: { local: 'stable' },
      describes: { peer: 'local', side: 'remote' },
      run: phases.setRemoteAnswer,
    }),
    phase('exchange-ice', {
      peer: null,
      call: 'addIceCandidate(candidate) for each waiting candidate',
      shows: ['exchangeIce', 'deliverCandidate'],
      // Mistake mode delivers even to a peer without a remote description, to show the browser's refusal.
      run: (call) => phases.exchangeIce(call, call.mistakeMode),
    }),
    phase('hang-up', {
      peer: null,
      call: 'alice.close(); bob.close(); track.stop()',
      shows: ['hangUp'],
      anytime: true,
      ends: true,
      run: phases.hangUp,
    }),
  ],
};
