import type { Page } from '@playwright/test';

/**
 * Installs, before any page script, counters for the objects a call creates: peer connections (held weakly, so the
 * probe itself never keeps one from being collected) and every media track handed out by getUserMedia or a canvas.
 */
export async function installCallProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const peers: WeakRef<RTCPeerConnection>[] = [];
    const tracks: MediaStreamTrack[] = [];
    let created = 0;
    let gumCalls = 0;
    const Native = window.RTCPeerConnection;
    const Counted = function (this: unknown, ...args: ConstructorParameters<typeof RTCPeerConnection>) {
      const pc = new Native(...args);
      created++;
      peers.push(new WeakRef(pc));
      return pc;
    } as unknown as typeof RTCPeerConnection;
    Counted.prototype = Native.prototype;
    Object.setPrototypeOf(Counted, Native);
    window.RTCPeerConnection = Counted;
    const gum = MediaDevices.prototype.getUserMedia;
    MediaDevices.prototype.getUserMedia = async function (this: MediaDevices, constraints?: MediaStreamConstraints) {
      gumCalls++;
      const stream = await gum.call(this, constraints);
      tracks.push(...stream.getTracks());
      return stream;
    };
    const capture = HTMLCanvasElement.prototype.captureStream;
    HTMLCanvasElement.prototype.captureStream = function (this: HTMLCanvasElement, fps?: number) {
      const stream = capture.call(this, fps);
      tracks.push(...stream.getTracks());
      return stream;
    };
    Object.assign(window, {
      __probe: () => ({
        created,
        gumCalls,
        alivePeers: peers.map((ref) => ref.deref()).filter((pc) => pc && pc.connectionState !== 'closed').length,
        liveTracks: tracks.filter((track) => track.readyState === 'live').length,
      }),
      __framesDecoded: async () => {
        let frames = 0;
        for (const pc of peers.map((ref) => ref.deref())) {
          if (!pc || pc.connectionState === 'closed') continue;
          const stats = await pc.getStats();
          stats.forEach((report: { type: string; kind?: string; framesDecoded?: number }) => {
            if (report.type === 'inbound-rtp' && report.kind === 'video') frames += report.framesDecoded ?? 0;
          });
        }
        return frames;
      },
    });
  });
}

export interface ProbeReading {
  created: number;
  gumCalls: number;
  alivePeers: number;
  liveTracks: number;
}

export function readProbe(page: Page): Promise<ProbeReading> {
  return page.evaluate(() => (window as unknown as { __probe: () => ProbeReading }).__probe());
}

/** Video frames decoded by the page's open peer connections, from their real getStats(). */
export function framesDecoded(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __framesDecoded: () => Promise<number> }).__framesDecoded());
}
