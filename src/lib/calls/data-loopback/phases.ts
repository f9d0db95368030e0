import { peerIds, type PeerId } from '../../call/types';
import { alice, bob, connectionOf, need, other, toCandidateInfo } from '../../loopback/context';
import type { DataCall } from './context';
import { toInit } from './options';

/** Creates Alice's and Bob's peer connections; Bob listens for the channel Alice will announce. */
export function createPeers(call: DataCall): void {
  for (const peer of peerIds) {
    const pc = new call.RTCPeerConnection(call.config);
    pc.addEventListener('icecandidate', ({ candidate }) => {
      call.report.candidate(peer, candidate);
      if (candidate?.candidate) call.signal[peer].send({ type: 'candidate', candidate: toCandidateInfo(candidate) });
    });
    pc.addEventListener('signalingstatechange', () => call.report.state(peer, 'signalingState'));
    pc.addEventListener('icegatheringstatechange', () => call.report.state(peer, 'iceGatheringState'));
    pc.addEventListener('iceconnectionstatechange', () => call.report.state(peer, 'iceConnectionState'));
    pc.addEventListener('connectionstatechange', () => call.report.state(peer, 'connectionState'));
    call.pc[peer] = pc;
  }
  // The channel Alice creates reaches Bob as a `datachannel` event once the connection is up.
  bob(call).addEventListener('datachannel', ({ channel }) => {
    call.watch('remote', channel);
    call.incoming = channel;
  });
}

/** Alice creates her end of the channel, with the label and options chosen in the page. */
export function createChannel(call: DataCall): void {
  const channel = alice(call).createDataChannel(call.options.label, toInit(call.options));
  channel.binaryType = 'arraybuffer';
  call.watch('local', channel);
  call.channel.local = channel;
}

/** Alice describes the session she wants; the data channel adds an `m=application` section. */
export async function createOffer(call: DataCall): Promise<void> {
  call.offer = await alice(call).createOffer();
}

/** Alice commits to her offer and sends it to Bob through the signaling transport. */
export async function setLocalOffer(call: DataCall): Promise<void> {
  const offer = need(call.offer, 'offer');
  await alice(call).setLocalDescription(offer);
  call.signal.local.send({ type: 'description', description: { type: 'offer', sdp: offer.sdp ?? '' } });
}

/** Bob takes Alice's offer out of his inbox and applies it. */
export async function setRemoteOffer(call: DataCall): Promise<void> {
  const message = need(call.inbox.remote.peek('description'), 'offer');
  await bob(call).setRemoteDescription(message.description);
  call.inbox.remote.remove(message);
}

/** Bob answers: he accepts the data section and names his own SCTP port and message size. */
export async function createAnswer(call: DataCall): Promise<void> {
  call.answer = await bob(call).createAnswer();
}

/** Bob commits to his answer and sends it to Alice. */
export async function setLocalAnswer(call: DataCall): Promise<void> {
  const answer = need(call.answer, 'answer');
  await bob(call).setLocalDescription(answer);
  call.signal.remote.send({ type: 'description', description: { type: 'answer', sdp: answer.sdp ?? '' } });
}

/** Alice takes Bob's answer out of her inbox and applies it. */
export async function setRemoteAnswer(call: DataCall): Promise<void> {
  const message = need(call.inbox.local.peek('description'), 'answer');
  await alice(call).setRemoteDescription(message.description);
  call.inbox.local.remove(message);
}

/** Hands the oldest candidate that `from` sent to the other peer. */
export async function deliverCandidate(call: DataCall, from: PeerId): Promise<void> {
  const to = other(from);
  const message = need(call.inbox[to].peek('candidate'), 'candidate waiting');
  const candidate = need(message.candidate, 'candidate waiting');
  await connectionOf(call, to).addIceCandidate(candidate);
  call.inbox[to].remove(message);
  call.report.delivered(from, candidate);
}

/** Delivers every waiting candidate, both ways, to each peer that already knows the other's description. */
export async function exchangeIce(call: DataCall, evenIfEarly = false): Promise<void> {
  for (const from of peerIds) {
    const receiver = connectionOf(call, other(from));
    if (!receiver.remoteDescription && !evenIfEarly) continue;
    while (call.inbox[other(from)].count('candidate') > 0) await deliverCandidate(call, from);
  }
}

/** Bob takes his end: the one his `datachannel` event brought, or, for a negotiated channel, one he makes himself. */
export function receiveChannel(call: DataCall): void {
  if (call.options.negotiated) {
    const channel = bob(call).createDataChannel(call.options.label, toInit(call.options));
    call.watch('remote', channel);
    call.channel.remote = channel;
  } else {
    call.channel.remote = need(call.incoming, 'datachannel event');
    call.incoming = null;
  }
  call.channel.remote.binaryType = 'arraybuffer';
}

/** Alice sends the text in the box: a string arrives as a string. */
export function sendText(call: DataCall): void {
  need(call.channel.local, 'channel').send(call.draft.text);
}

/** Alice sends bytes: an ArrayBuffer arrives as an ArrayBuffer, because Bob's binaryType is 'arraybuffer'. */
export function sendBinary(call: DataCall): void {
  need(call.channel.local, 'channel').send(call.draft.bytes);
}

/** Bob answers on the same channel: a data channel carries messages both ways. */
export function replyText(call: DataCall): void {
  need(call.channel.remote, "Bob's channel").send(call.draft.text);
}

/** Alice closes the channel: both ends go to 'closed'; the peer connections stay up. */
export function closeChannel(call: DataCall): void {
  need(call.channel.local, 'channel').close();
}

/** Ends the call: closes both ends of the channel, then both peer connections. */
export function hangUp(call: DataCall): void {
  for (const peer of peerIds) call.channel[peer]?.close();
  call.incoming?.close();
  for (const peer of peerIds) {
    call.pc[peer]?.close();
    call.pc[peer] = null;
  }
}
