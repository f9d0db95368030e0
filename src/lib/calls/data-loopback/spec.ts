/** Chapter 6's call as data: each phase, the code it runs and shows, its rule and the states expected after it. */
import { createPeersPhase, offerAnswerPhases, phaseMaker } from '../../loopback/negotiation-spec';
import type { CallSpec } from '../../runner/types';
import type { DataCall } from './context';
import { phaseIds, type PhaseId } from './ids';
import { explainMistake } from './mistakes';
import * as phases from './phases';
import { verdict, type DataView } from './rules';

const phase = phaseMaker<PhaseId, DataCall, DataView>(verdict, explainMistake);

/** The loopback data channel of chapter 6, the codelab's step 3. */
export const dataLoopback: CallSpec<DataCall, DataView> = {
  id: 'data-loopback',
  source: 'calls/data-loopback/phases.ts',
  quickPath: phaseIds.slice(0, phaseIds.indexOf('exchange-ice')),
  phases: [
    createPeersPhase(phase, phases.createPeers),
    phase('create-channel', {
      peer: 'local',
      call: 'alice.createDataChannel(label, options)',
      shows: ['createChannel'],
      run: phases.createChannel,
    }),
    // Alice's offer and Bob's answer, each made and set on both sides, then the candidates: as in every loopback call.
    ...offerAnswerPhases(phase, {
      offer: [phases.createOffer, phases.setLocalOffer, phases.setRemoteOffer],
      answer: [phases.createAnswer, phases.setLocalAnswer, phases.setRemoteAnswer],
      exchangeIce: phases.exchangeIce,
    }),
    phase('receive-channel', {
      peer: 'remote',
      call: "bob.addEventListener('datachannel', …)",
      shows: ['receiveChannel'],
      run: phases.receiveChannel,
    }),
    phase('send-text', {
      peer: 'local',
      call: 'aliceChannel.send(text)',
      shows: ['sendText'],
      run: phases.sendText,
    }),
    phase('send-binary', {
      peer: 'local',
      call: 'aliceChannel.send(bytes)',
      shows: ['sendBinary'],
      run: phases.sendBinary,
    }),
    phase('reply-text', {
      peer: 'remote',
      call: 'bobChannel.send(text)',
      shows: ['replyText'],
      run: phases.replyText,
    }),
    phase('close-channel', {
      peer: 'local',
      call: 'aliceChannel.close()',
      shows: ['closeChannel'],
      run: phases.closeChannel,
    }),
    phase('hang-up', {
      peer: null,
      call: 'channel.close(); alice.close(); bob.close()',
      shows: ['hangUp'],
      anytime: true,
      ends: true,
      run: phases.hangUp,
    }),
  ],
};
