import { createBroadcastTransport } from '../../lib/signaling/broadcast';
import { createPeerId, createRoomId } from '../../lib/signaling/room-id';
import type { Transport } from '../../lib/signaling/types';
import type { Timers } from '../../lib/signaling/websocket';
import { createWebSocketTransport } from '../../lib/signaling/websocket';

/** The browser's timers in the shape the transports take. */
export const browserTimers: Timers = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/** Opens a room transport with the browser's APIs: two tabs over BroadcastChannel, or the server at `serverUrl`. */
export function openTransport(kind: 'broadcast' | 'websocket', room: string, serverUrl: string): Transport {
  if (kind === 'websocket') {
    return createWebSocketTransport({
      url: serverUrl,
      room,
      WebSocket,
      timers: browserTimers,
      random: Math.random,
      rejoinKey: createRoomId(crypto.getRandomValues.bind(crypto)),
    });
  }
  return createBroadcastTransport({
    room,
    id: createPeerId(crypto.getRandomValues.bind(crypto)),
    BroadcastChannel,
    timers: browserTimers,
    now: Date.now,
  });
}

/** A real offer from a throwaway connection with one data channel, closed at once: a realistic message to send. */
export async function throwawayOffer(): Promise<{ type: 'offer'; sdp: string }> {
  const pc = new RTCPeerConnection();
  try {
    pc.createDataChannel('probe');
    const offer = await pc.createOffer();
    return { type: 'offer', sdp: offer.sdp ?? '' };
  } finally {
    pc.close();
  }
}
