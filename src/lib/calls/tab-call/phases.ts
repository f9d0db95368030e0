/**
 * One side of the call, one API call per function: the page shows each function and runs it when the reader presses
 * its button in this tab. Whatever goes to the other tab leaves through `call.send`; whatever arrives waits in
 * `call.inbox` until this side's reader applies it.
 */
import { inboxOf, need, peer, sendOrFail, toCandidateInfo, type TabCall } from './context';

/** Creates this tab's peer connection and listens to everything it reports. */
export function createPeer(call: TabCall): void {
  const pc = new call.RTCPeerConnection(call.config);
  pc.addEventListener('icecandidate', ({ candidate }) => {
    call.report.candidate(candidate);
    // Trickle ICE: each candidate leaves for the other tab as soon as it is found.
    if (candidate?.candidate) call.send({ type: 'candidate', candidate: toCandidateInfo(candidate) });
  });
  pc.addEventListener('track', (event) => call.report.track(event));
  pc.addEventListener('signalingstatechange', () => call.report.state('signalingState'));
  pc.addEventListener('icegatheringstatechange', () => call.report.state('iceGatheringState'));
  pc.addEventListener('iceconnectionstatechange', () => call.report.state('iceConnectionState'));
  pc.addEventListener('connectionstatechange', () => call.report.state('connectionState'));
  call.pc = pc;
}

/** Gives the connection every track of this tab's camera (or test pattern) to send. */
export function addTracks(call: TabCall): void {
  const stream = need(call.localStream, 'local stream');
  for (const track of stream.getTracks()) peer(call).addTrack(track, stream);
}

/** The caller describes what it wants to send and receive: the offer. */
export async function createOffer(call: TabCall): Promise<void> {
  call.offer = await peer(call).createOffer();
}

/** The caller commits to its offer and sends it to the other tab; its candidates start to flow. */
export async function setLocalOffer(call: TabCall): Promise<void> {
  const offer = need(call.offer, 'offer');
  await peer(call).setLocalDescription(offer);
  sendOrFail(call, { type: 'description', description: { type: 'offer', sdp: offer.sdp ?? '' } });
}

/** The callee takes the offer out of its inbox and applies it. */
export async function setRemoteOffer(call: TabCall): Promise<void> {
  const message = need(inboxOf(call).peek('description'), 'offer');
  await peer(call).setRemoteDescription(message.description);
  inboxOf(call).remove(message);
}

/** The callee replies with what it accepts: the answer. */
export async function createAnswer(call: TabCall): Promise<void> {
  call.answer = await peer(call).createAnswer();
}

/** The callee commits to its answer and sends it back; its own candidates start to flow. */
export async function setLocalAnswer(call: TabCall): Promise<void> {
  const answer = need(call.answer, 'answer');
  await peer(call).setLocalDescription(answer);
  sendOrFail(call, { type: 'description', description: { type: 'answer', sdp: answer.sdp ?? '' } });
}

/** The caller takes the answer out of its inbox and applies it: both tabs now agree on the session. */
export async function setRemoteAnswer(call: TabCall): Promise<void> {
  const message = need(inboxOf(call).peek('description'), 'answer');
  await peer(call).setRemoteDescription(message.description);
  inboxOf(call).remove(message);
}

/** Applies every candidate waiting in the inbox, oldest first. */
export async function addCandidates(call: TabCall): Promise<void> {
  const inbox = inboxOf(call);
  for (let message = inbox.peek('candidate'); message; message = inbox.peek('candidate')) {
    if (message.candidate) {
      await peer(call).addIceCandidate(message.candidate);
      call.report.applied(message.candidate);
    }
    inbox.remove(message);
  }
}

/** Ends the call on both sides: tells the other tab, closes this connection, and turns the camera off. */
export function hangUp(call: TabCall): void {
  call.send({ type: 'bye' });
  call.pc?.close();
  call.pc = null;
  for (const track of call.localStream?.getTracks() ?? []) track.stop();
}
