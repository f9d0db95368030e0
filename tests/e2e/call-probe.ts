import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** The init script shared with the bench: weak counts of peer connections and tracks, getUserMedia calls. */
const probePath = fileURLToPath(new URL('../../scripts/call-probe.js', import.meta.url));

interface Counts {
  created: number;
  alive: number;
  collected: number;
}

export async function installCallProbe(page: Page): Promise<void> {
  await page.addInitScript({ path: probePath });
}

export interface ProbeReading {
  created: number;
  gumCalls: number;
  alivePeers: number;
  liveTracks: number;
}

export async function readProbe(page: Page): Promise<ProbeReading> {
  const { gumCalls, peerConnections, tracks } = await page.evaluate(() =>
    (
      window as unknown as { __callProbe: () => { gumCalls: number; peerConnections: Counts; tracks: Counts } }
    ).__callProbe(),
  );
  return { created: peerConnections.created, gumCalls, alivePeers: peerConnections.alive, liveTracks: tracks.alive };
}

/** Video frames decoded by the page's open peer connections, from their real getStats(). */
export function framesDecoded(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __framesDecoded: () => Promise<number> }).__framesDecoded());
}
