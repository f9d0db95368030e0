/**
 * The call, one API call per function. The page shows each of these functions as its code and runs it when the
 * reader presses its button; nothing else touches the peer connections. What one peer tells the other goes through
 * `call.signal`, the signaling transport, and waits in the other's `call.inbox` until that peer uses it.
 */
import { alice, bob, connectionOf, need, other, toCandidateInfo } from '../../loopback/context';
import { peerIds, type PeerId } from '../../call/types';
import type { VideoCall } from './context';

/** Asks for the camera (video only, as in the codelab) and keeps the stream to send. */
export async function getUserMedia(call: VideoCall): Promise<void> {
  call.localStream = await call.getLocalStream({ video: true, audio: false });
}

/** Creates Alice's and Bob's peer connections and listens to everything each one reports. */
export function createPeers(call: VideoCall): void {
  for (const peer of peerIds) {
    const pc = new call.RTCPeerConnection(call.config);
    pc.addEventListener('icecandidate', ({ candidate }) => {
      call.report.candidate(peer, candidate);
      // Each candidate goes to the other peer as soon as it is found: this is "trickle ICE".
      if (candidate?.candidate) call.signal[peer].send({ type: 'candidate', candidate: toCandidateInfo(candidate) });
    });
    pc.addEventListener('track', (event) => call.report.track(peer, event));
    pc.addEventListener('signalingstatechange', () => call.report.state(peer, 'signalingState'));
    pc.addEventListener('icegatheringstatechange', () => call.report.state(peer, 'iceGatheringState'));
    pc.addEventListener('iceconnectionstatechange', () => call.report.state(peer, 'iceConnectionState'));
    pc.addEventListener('connectionstatechange', () => call.report.state(peer, 'connectionState'));
    call.pc[peer] = pc;
  }
}

/** Gives Alice's connection every track of the local stream to send. */
export function addTracks(call: VideoCall): void {
  const stream = need(call.localStream, 'local stream');
  for (const track of stream.getTracks()) {
    alice(call).addTrack(track, stream);
  }
}

/** Alice describes what she wants to send and receive: the offer. */
export async function createOffer(call: VideoCall): Promise<void> {
  call.offer = await alice(call).createOffer();
}

/** Alice commits to her offer and sends it to Bob; from now on her connection gathers ICE candidates. */
export async function setLocalOffer(call: VideoCall): Promise<void> {
  const offer = need(call.offer, 'offer');
  await alice(call).setLocalDescription(offer);
  call.signal.local.send({ type: 'description', description: { type: 'offer', sdp: offer.sdp ?? '' } });
}

/** Bob takes Alice's offer out of his inbox and applies it. */
export async function setRemoteOffer(call: VideoCall): Promise<void> {
  const message = need(call.inbox.remote.peek('description'), 'offer');
  await bob(call).setRemoteDescription(message.description);
  call.inbox.remote.remove(message);
}

/** Bob replies with what he accepts from the offer: the answer. */
export async function createAnswer(call: VideoCall): Promise<void> {
  call.answer = await bob(call).createAnswer();
}

/** Bob commits to his answer, sends it to Alice, and starts gathering his own candidates. */
export async function setLocalAnswer(call: VideoCall): Promise<void> {
  const answer = need(call.answer, 'answer');
  await bob(call).setLocalDescription(answer);
  call.signal.remote.send({ type: 'description', description: { type: 'answer', sdp: answer.sdp ?? '' } });
}

/** Alice takes Bob's answer out of her inbox and applies it; both sides now agree on the session. */
export async function setRemoteAnswer(call: VideoCall): Promise<void> {
  const message = need(call.inbox.local.peek('description'), 'answer');
  await alice(call).setRemoteDescription(message.description);
  call.inbox.local.remove(message);
}

/** Hands the oldest candidate that `from` sent to the other peer, which adds it to its connection. */
export async function deliverCandidate(call: VideoCall, from: PeerId): Promise<void> {
  const to = other(from);
  const message = need(call.inbox[to].peek('candidate'), 'candidate waiting');
  const candidate = need(message.candidate, 'candidate waiting');
  await connectionOf(call, to).addIceCandidate(candidate);
  call.inbox[to].remove(message);
  call.report.delivered(from, candidate);
}

/** Delivers every waiting candidate, both ways, to each peer that already knows the other's description. */
export async function exchangeIce(call: VideoCall, evenIfEarly = false): Promise<void> {
  for (const from of peerIds) {
    const receiver = connectionOf(call, other(from));
    // A peer can only use candidates for a session it knows, so it needs the remote description first.
    if (!receiver.remoteDescription && !evenIfEarly) continue;
    while (call.inbox[other(from)].count('candidate') > 0) await deliverCandidate(call, from);
  }
}

/** Ends the call: closes both connections and stops every track, which turns the camera off. */
export function hangUp(call: VideoCall): void {
  for (const peer of peerIds) {
    call.pc[peer]?.close();
    call.pc[peer] = null;
  }
  for (const track of call.localStream?.getTracks() ?? []) track.stop();
  call.localStream = null;
}
