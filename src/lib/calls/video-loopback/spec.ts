/** Chapter 5's call as data: each phase, the code it runs and shows, its rule and the states expected after it. */
import { createPeersPhase, offerAnswerPhases, phaseMaker } from '../../loopback/negotiation-spec';
import type { CallSpec } from '../../runner/types';
import type { VideoCall } from './context';
import { explainMistake } from './mistakes';
import * as phases from './phases';
import { phaseIds, type PhaseId } from './ids';
import { verdict, type CallView } from './rules';

export { phaseIds, type PhaseId };

const phase = phaseMaker<PhaseId, VideoCall, CallView>(verdict, explainMistake);

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
    createPeersPhase(phase, phases.createPeers),
    phase('add-tracks', {
      peer: 'local',
      call: 'alice.addTrack(track, stream)',
      shows: ['addTracks'],
      run: phases.addTracks,
    }),
    // Alice's offer and Bob's answer, each made and set on both sides, then the candidates: as in every loopback call.
    ...offerAnswerPhases(phase, {
      offer: [phases.createOffer, phases.setLocalOffer, phases.setRemoteOffer],
      answer: [phases.createAnswer, phases.setLocalAnswer, phases.setRemoteAnswer],
      exchangeIce: phases.exchangeIce,
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
