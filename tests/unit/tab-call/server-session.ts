/** A tab's automatic session over a fake WebSocket server, joined as the polite second member of its room. */
import { TabSession } from '../../../src/lib/calls/tab-call/session';
import { createWebSocketTransport } from '../../../src/lib/signaling/websocket';
import { FakeWebSocket, ManualTimers } from '../signaling/fakes';

export const room = 'AbCdEfGhIjKlMnOpQrStUv';

/** Opens the session with `RTCPeerConnection` and no camera, and lets the fake server say it joined. */
export function joinedOverServer(RTCPeerConnection: unknown) {
  FakeWebSocket.made = [];
  const timers = new ManualTimers();
  const session = new TabSession({
    RTCPeerConnection: RTCPeerConnection as new (config: RTCConfiguration) => RTCPeerConnection,
    openTransport: (_kind, name) =>
      createWebSocketTransport({
        url: 'ws://server/signal',
        room: name,
        WebSocket: FakeWebSocket,
        timers,
        random: () => 0,
      }),
    openSource: () => Promise.reject(new Error('not needed')),
    now: () => timers.now,
  });
  session.setMode('automatic');
  session.join('websocket', room);
  const socket = FakeWebSocket.made[0]!;
  socket.open();
  socket.receive(JSON.stringify({ type: 'joined', room, polite: true, peers: 2 }));
  return { session, socket, timers };
}
