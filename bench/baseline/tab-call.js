// @ts-check
// The smallest two-tab call with the bare API, doing what chapter 8's automatic call does: one RTCPeerConnection per
// tab and per call, created when Call is clicked (caller) or when the offer arrives (callee), with one data channel
// and the camera's tracks; descriptions and candidates over a BroadcastChannel named after the room; the answering
// tab sends its camera too. No validation, no roles, no UI.

const room = new URLSearchParams(location.search).get('room') ?? 'default';
const channel = new BroadcastChannel(`bench-tab-call-${room}`);
/** @type {RTCPeerConnection | null} */
let pc = null;
/** @type {MediaStream | null} */
let stream = null;
const video = (/** @type {string} */ id) => /** @type {HTMLVideoElement} */ (document.getElementById(id));
const post = (/** @type {object} */ message) => channel.postMessage(JSON.stringify(message));

/** A connection that trickles its candidates, shows what it receives and offers when it needs to. */
function createPeer() {
  const peer = new RTCPeerConnection();
  peer.onicecandidate = (e) => e.candidate && post({ candidate: e.candidate.toJSON() });
  peer.ontrack = (e) => {
    video('remoteVideo').srcObject = e.streams[0] ?? null;
  };
  peer.onnegotiationneeded = async () => {
    await peer.setLocalDescription();
    post({ description: peer.localDescription });
  };
  return peer;
}

const addTracks = (/** @type {RTCPeerConnection} */ peer) => {
  for (const track of stream?.getTracks() ?? []) peer.addTrack(track, stream ?? new MediaStream());
};

channel.onmessage = async (/** @type {MessageEvent<string>} */ event) => {
  const message = JSON.parse(event.data);
  if (message.description) {
    if (message.description.type === 'offer' && !pc) {
      pc = createPeer();
      addTracks(pc);
    }
    if (!pc) return;
    await pc.setRemoteDescription(message.description);
    if (message.description.type === 'offer') {
      await pc.setLocalDescription();
      post({ description: pc.localDescription });
    }
  } else if (message.candidate) {
    await pc?.addIceCandidate(message.candidate);
  }
};

document.getElementById('startButton')?.addEventListener('click', async () => {
  stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
  video('localVideo').srcObject = stream;
});
document.getElementById('callButton')?.addEventListener('click', () => {
  pc = createPeer();
  pc.createDataChannel('control');
  addTracks(pc);
});
