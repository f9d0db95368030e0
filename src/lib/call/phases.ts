/**
 * The call, one API call per function. The page shows each of these functions as its code and runs it when the
 * reader presses its button; nothing else touches the peer connections.
 */
import { alice, bob, connectionOf, need, other, type LoopbackCall } from './loopback';
import { peerIds } from './types';

/** Asks for the camera (video only, as in the codelab) and keeps the stream to send. */
export async function getUserMedia(call: LoopbackCall): Promise<void> {
  call.localStream = await call.api.getLocalStream({ video: true, audio: false });
}

/** Creates Alice's and Bob's peer connections and listens to everything each one reports. */
export function createPeers(call: LoopbackCall): void {
  for (const peer of peerIds) {
    const pc = new call.api.RTCPeerConnection(call.config);
    pc.addEventListener('icecandidate', (event) => call.report.candidate(peer, event.candidate));
    pc.addEventListener('track', (event) => call.report.track(peer, event));
    pc.addEventListener('signalingstatechange', () => call.report.state(peer, 'signalingState'));
    pc.addEventListener('icegatheringstatechange', () => call.report.state(peer, 'iceGatheringState'));
    pc.addEventListener('iceconnectionstatechange', () => call.report.state(peer, 'iceConnectionState'));
    pc.addEventListener('connectionstatechange', () => call.report.state(peer, 'connectionState'));
    call.pc[peer] = pc;
  }
}

/** Gives Alice's connection every track of the local stream to send. */
export function addTracks(call: LoopbackCall): void {
  const stream = need(call.localStream, 'local stream');
  for (const track of stream.getTracks()) {
    alice(call).addTrack(track, stream);
  }
}

/** Alice describes what she wants to send and receive: the offer. */
export async function createOffer(call: LoopbackCall): Promise<void> {
  call.offer = await alice(call).createOffer();
}

/** Alice commits to her offer; from now on her connection gathers ICE candidates. */
export async function setLocalOffer(call: LoopbackCall): Promise<void> {
  await alice(call).setLocalDescription(need(call.offer, 'offer'));
}

/** Bob receives Alice's offer (here the "signaling" is just passing an object along). */
export async function setRemoteOffer(call: LoopbackCall): Promise<void> {
  await bob(call).setRemoteDescription(need(call.offer, 'offer'));
}

/** Bob replies with what he accepts from the offer: the answer. */
export async function createAnswer(call: LoopbackCall): Promise<void> {
  call.answer = await bob(call).createAnswer();
}

/** Bob commits to his answer and starts gathering his own candidates. */
export async function setLocalAnswer(call: LoopbackCall): Promise<void> {
  await bob(call).setLocalDescription(need(call.answer, 'answer'));
}

/** Alice receives Bob's answer; both sides now agree on the session. */
export async function setRemoteAnswer(call: LoopbackCall): Promise<void> {
  await alice(call).setRemoteDescription(need(call.answer, 'answer'));
}

/** Hands the first waiting candidate of `from` to the other peer, as a signaling server would carry it. */
export async function deliverCandidate(call: LoopbackCall, from: (typeof peerIds)[number]): Promise<void> {
  const candidate = need(call.outbox[from][0] ?? null, 'candidate waiting');
  await connectionOf(call, other(from)).addIceCandidate(candidate);
  call.outbox[from].shift();
  call.report.delivered(from, candidate);
}

/** Delivers every waiting candidate, both ways, to each peer that already knows the other's description. */
export async function exchangeIce(call: LoopbackCall, evenIfEarly = false): Promise<void> {
  for (const from of peerIds) {
    const receiver = connectionOf(call, other(from));
    // A peer can only use candidates for a session it knows, so it needs the remote description first.
    if (!receiver.remoteDescription && !evenIfEarly) continue;
    while (call.outbox[from].length > 0) await deliverCandidate(call, from);
  }
}

/** Ends the call: closes both connections and stops every track, which turns the camera off. */
export function hangUp(call: LoopbackCall): void {
  for (const peer of peerIds) {
    call.pc[peer]?.close();
    call.pc[peer] = null;
  }
  for (const track of call.localStream?.getTracks() ?? []) track.stop();
  call.localStream = null;
}
