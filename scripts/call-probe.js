// @ts-check
// Injected before any page script (Playwright addInitScript) by the browser tests and the bench: keeps weak
// references to every RTCPeerConnection and every MediaStreamTrack the page gets (camera, canvas, clones, remote
// tracks), so a test can count what is still alive without keeping anything alive itself.
(() => {
  /** @type {WeakRef<RTCPeerConnection>[]} */
  const peers = [];
  /** @type {WeakRef<MediaStreamTrack>[]} */
  const tracks = [];
  let gumCalls = 0;
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
    gumCalls++;
    const stream = await getUserMedia.call(this, constraints);
    stream.getTracks().forEach(keepTrack);
    return stream;
  };
  const captureStream = HTMLCanvasElement.prototype.captureStream;
  HTMLCanvasElement.prototype.captureStream = function (/** @type {number | undefined} */ fps) {
    const stream = captureStream.call(this, fps);
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
  Object.defineProperty(window, '__callProbe', {
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
        gumCalls,
        peerConnections: count(peers, (pc) => pc.connectionState !== 'closed'),
        tracks: count(tracks, (track) => track.readyState === 'live'),
      };
    },
  });

  /** Video frames decoded by the page's open peer connections, from their real getStats(). */
  Object.defineProperty(window, '__framesDecoded', {
    value: async () => {
      let frames = 0;
      for (const pc of peers.map((ref) => ref.deref())) {
        if (!pc || pc.connectionState === 'closed') continue;
        const stats = await pc.getStats();
        stats.forEach((/** @type {{ type: string; kind?: string; framesDecoded?: number }} */ report) => {
          if (report.type === 'inbound-rtp' && report.kind === 'video') frames += report.framesDecoded ?? 0;
        });
      }
      return frames;
    },
  });
})();
