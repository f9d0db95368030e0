// @ts-check
// What the data and photo baselines share: two peers in one page, candidates handed over as they come, one data
// channel whose ends are both open. Only the bare browser API.

/**
 * Connects two peers with one channel named `label` and resolves once both ends are open.
 * @param {string} label
 * @returns {Promise<{ alice: RTCPeerConnection, bob: RTCPeerConnection, aliceChannel: RTCDataChannel, bobChannel: RTCDataChannel }>}
 */
export async function openChannelPair(label) {
  const alice = new RTCPeerConnection();
  const bob = new RTCPeerConnection();
  alice.onicecandidate = (e) => e.candidate && bob.addIceCandidate(e.candidate);
  bob.onicecandidate = (e) => e.candidate && alice.addIceCandidate(e.candidate);
  const aliceChannel = alice.createDataChannel(label);
  aliceChannel.binaryType = 'arraybuffer';
  /** @type {Promise<RTCDataChannel>} */
  const remote = new Promise((resolve) => {
    bob.ondatachannel = (e) => {
      const channel = e.channel;
      channel.binaryType = 'arraybuffer';
      if (channel.readyState === 'open') resolve(channel);
      else channel.onopen = () => resolve(channel);
    };
  });
  const local = new Promise((resolve) => (aliceChannel.onopen = () => resolve(undefined)));
  const offer = await alice.createOffer();
  await alice.setLocalDescription(offer);
  await bob.setRemoteDescription(offer);
  const answer = await bob.createAnswer();
  await bob.setLocalDescription(answer);
  await alice.setRemoteDescription(answer);
  const [bobChannel] = await Promise.all([remote, local]);
  return { alice, bob, aliceChannel, bobChannel };
}
