// The smallest correct loopback call with the bare browser API: two peers in one page, no framework, no adapter.
// It records the same performance marks as chapter 5 (webrtc:call, webrtc:create-offer, webrtc:connected,
// webrtc:first-frame) so the bench times both pages the same way. `?audio=1` also captures the microphone.

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
const localVideo = /** @type {HTMLVideoElement} */ ($('localVideo'));
const remoteVideo = /** @type {HTMLVideoElement} */ ($('remoteVideo'));
const startButton = /** @type {HTMLButtonElement} */ ($('startButton'));
const callButton = /** @type {HTMLButtonElement} */ ($('callButton'));
const hangupButton = /** @type {HTMLButtonElement} */ ($('hangupButton'));
const audio = new URLSearchParams(location.search).get('audio') === '1';

/** @type {MediaStream | null} */
let localStream = null;
/** @type {RTCPeerConnection[]} */
let peers = [];

startButton.addEventListener('click', async () => {
  startButton.disabled = true;
  localStream = await navigator.mediaDevices.getUserMedia({ video: true, audio });
  localVideo.srcObject = localStream;
  callButton.disabled = false;
});

callButton.addEventListener('click', async () => {
  performance.mark('webrtc:call');
  callButton.disabled = true;
  hangupButton.disabled = false;
  const caller = new RTCPeerConnection();
  const callee = new RTCPeerConnection();
  peers = [caller, callee];
  // Trickle ICE: each candidate goes to the other peer as soon as it is gathered. addIceCandidate queues behind the
  // setRemoteDescription already called on that peer, so the order is always valid.
  caller.addEventListener('icecandidate', (e) => e.candidate && callee.addIceCandidate(e.candidate));
  callee.addEventListener('icecandidate', (e) => e.candidate && caller.addIceCandidate(e.candidate));
  const onState = () => {
    if (peers.every((pc) => pc.connectionState === 'connected')) performance.mark('webrtc:connected');
  };
  caller.addEventListener('connectionstatechange', onState);
  callee.addEventListener('connectionstatechange', onState);
  callee.addEventListener('track', (e) => {
    const stream = e.streams[0];
    if (!stream || remoteVideo.srcObject === stream) return;
    remoteVideo.srcObject = stream;
    remoteVideo.requestVideoFrameCallback(() => performance.mark('webrtc:first-frame'));
  });
  for (const track of localStream?.getTracks() ?? []) caller.addTrack(track, /** @type {MediaStream} */ (localStream));

  performance.mark('webrtc:create-offer');
  const offer = await caller.createOffer();
  await caller.setLocalDescription(offer);
  await callee.setRemoteDescription(offer);
  const answer = await callee.createAnswer();
  await callee.setLocalDescription(answer);
  await caller.setRemoteDescription(answer);
});

hangupButton.addEventListener('click', () => {
  for (const pc of peers) pc.close();
  peers = [];
  for (const track of localStream?.getTracks() ?? []) track.stop();
  localStream = null;
  localVideo.srcObject = null;
  remoteVideo.srcObject = null;
  hangupButton.disabled = true;
  callButton.disabled = true;
  startButton.disabled = false;
});
