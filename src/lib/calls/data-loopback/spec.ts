/** Chapter 6's call as data: each phase, the code it runs and shows, its rule and the states expected after it. */
import type { CallSpec, PhaseSpec } from '../../runner/types';
import type { DataCall } from './context';
import { phaseIds, type PhaseId } from './ids';
import { explainMistake } from './mistakes';
import * as phases from './phases';
import { verdict, type DataView } from './rules';

type Phase = Omit<PhaseSpec<DataCall, DataView>, 'id' | 'rule' | 'mistake'>;

const phase = (id: PhaseId, rest: Phase): PhaseSpec<DataCall, DataView> => ({
  id,
  rule: (view) => verdict(view, id),
  mistake: (error) => explainMistake(id, error),
  ...rest,
});

/** The loopback data channel of chapter 6, the codelab's step 3. */
export const dataLoopback: CallSpec<DataCall, DataView> = {
  id: 'data-loopback',
  source: 'calls/data-loopback/phases.ts',
  quickPath: phaseIds.slice(0, phaseIds.indexOf('exchange-ice')),
  phases: [
    phase('create-peers', {
      peer: null,
      call: 'new RTCPeerConnection(servers) ×2',
      shows: ['createPeers'],
      createsPeers: true,
      expect: { local: 'stable', remote: 'stable' },
      run: phases.createPeers,
    }),
    phase('create-channel', {
      peer: 'local',
      call: 'alice.createDataChannel(label, options)',
      shows: ['createChannel'],
      run: phases.createChannel,
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
      run: (call) => phases.exchangeIce(call, call.mistakeMode),
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
