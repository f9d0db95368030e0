// @ts-check
// The smallest two-tab call with the bare API: one RTCPeerConnection per tab, descriptions and candidates over a
// BroadcastChannel named after the room, the answering tab sending its camera too. No validation, no roles, no UI.

const room = new URLSearchParams(location.search).get('room') ?? 'default';
const channel = new BroadcastChannel(`bench-tab-call-${room}`);
const pc = new RTCPeerConnection();
/** @type {MediaStream | null} */
let stream = null;
const video = (/** @type {string} */ id) => /** @type {HTMLVideoElement} */ (document.getElementById(id));
const post = (/** @type {object} */ message) => channel.postMessage(JSON.stringify(message));

const addTracks = () => {
  for (const track of stream?.getTracks() ?? []) pc.addTrack(track, stream ?? new MediaStream());
};

pc.onicecandidate = (e) => e.candidate && post({ candidate: e.candidate.toJSON() });
pc.ontrack = (e) => {
  video('remoteVideo').srcObject = e.streams[0] ?? null;
};
pc.onnegotiationneeded = async () => {
  await pc.setLocalDescription();
  post({ description: pc.localDescription });
};
channel.onmessage = async ({ data }) => {
  const message = JSON.parse(data);
  if (message.description) {
    if (message.description.type === 'offer') addTracks();
    await pc.setRemoteDescription(message.description);
    if (message.description.type === 'offer') {
      await pc.setLocalDescription();
      post({ description: pc.localDescription });
    }
  } else if (message.candidate) {
    await pc.addIceCandidate(message.candidate);
  }
};

document.getElementById('startButton')?.addEventListener('click', async () => {
  stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
  video('localVideo').srcObject = stream;
});
document.getElementById('callButton')?.addEventListener('click', () => addTracks());
