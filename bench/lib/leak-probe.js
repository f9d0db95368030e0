// @ts-check
// Injected before any page script (Playwright addInitScript): keeps weak references to every RTCPeerConnection and
// every MediaStreamTrack the page gets, so the bench can count what is still alive without keeping anything alive.
(() => {
  /** @type {WeakRef<RTCPeerConnection>[]} */
  const peers = [];
  /** @type {WeakRef<MediaStreamTrack>[]} */
  const tracks = [];
  const keepTrack = (/** @type {MediaStreamTrack} */ track) => tracks.push(new WeakRef(track));

  const NativePeerConnection = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends NativePeerConnection {
    constructor(/** @type {RTCConfiguration | undefined} */ config) {
      super(config);
      peers.push(new WeakRef(this));
      this.addEventListener('track', (event) => keepTrack(event.track));
    }
  };

  const getUserMedia = MediaDevices.prototype.getUserMedia;
  MediaDevices.prototype.getUserMedia = async function (/** @type {MediaStreamConstraints | undefined} */ constraints) {
    const stream = await getUserMedia.call(this, constraints);
    stream.getTracks().forEach(keepTrack);
    return stream;
  };
  const clone = MediaStreamTrack.prototype.clone;
  MediaStreamTrack.prototype.clone = function () {
    const copy = clone.call(this);
    keepTrack(copy);
    return copy;
  };

  /** Counts: created, alive (not closed / still live), and already garbage-collected. */
  Object.defineProperty(window, '__benchProbe', {
    value: () => {
      const count = (/** @type {WeakRef<object>[]} */ refs, /** @type {(x: any) => boolean} */ alive) => ({
        created: refs.length,
        alive: refs.filter((ref) => {
          const item = ref.deref();
          return item !== undefined && alive(item);
        }).length,
        collected: refs.filter((ref) => ref.deref() === undefined).length,
      });
      return {
        peerConnections: count(peers, (pc) => pc.connectionState !== 'closed'),
        tracks: count(tracks, (track) => track.readyState === 'live'),
      };
    },
  });
})();
