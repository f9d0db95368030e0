import { describe, expect, it } from 'vitest';
import { TabSession } from '../../../src/lib/calls/tab-call/session';
import { createWebSocketTransport } from '../../../src/lib/signaling/websocket';
import { FakeWebSocket, ManualTimers } from '../signaling/fakes';
import { NegotiatingPeer } from './negotiating-peer';

const room = 'AbCdEfGhIjKlMnOpQrStUv';
const candidate = (port: number) => ({
  type: 'candidate',
  candidate: { candidate: `candidate:1 1 udp 2122260223 192.0.2.1 ${port} typ host`, sdpMid: '0', sdpMLineIndex: 0 },
  from: 'peerA',
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('an automatic call applying what arrives', () => {
  it('hands candidates that arrive while the offer is applied to the connection at once, queued behind the offer', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A connection whose remote descriptions take as long as the test wants, as a real one takes milliseconds.
    class SlowPeer extends NegotiatingPeer {
      constructor() {
        super();
        this.remoteGate = gate;
      }
    }
    FakeWebSocket.made = [];
    const timers = new ManualTimers();
    const session = new TabSession({
      RTCPeerConnection: SlowPeer as unknown as new (config: RTCConfiguration) => RTCPeerConnection,
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

    socket.receive(
      JSON.stringify({ type: 'description', description: { type: 'offer', sdp: 'v=0\r\n' }, from: 'peerA' }),
    );
    socket.receive(JSON.stringify(candidate(5000)));
    socket.receive(JSON.stringify(candidate(5001)));
    await tick();
    const pc = session.connection() as unknown as SlowPeer;
    // Not one main-thread round trip per message: both candidates are already queued behind the offer.
    expect(pc.calls).toEqual(['setRemoteDescription', 'addIceCandidate', 'addIceCandidate']);
    expect(pc.candidates).toEqual([]);

    release();
    await tick();
    expect(pc.calls).toEqual(['setRemoteDescription', 'addIceCandidate', 'addIceCandidate', 'setLocalDescription']);
    expect(pc.candidates.map((c) => c.candidate)).toEqual(
      [candidate(5000), candidate(5001)].map((m) => m.candidate.candidate),
    );
    expect(pc.signalingState).toBe('stable');
    expect(socket.sentJson.at(-1)).toMatchObject({ type: 'description', description: { type: 'answer' } });
    expect(session.snapshot().notice).toBeNull();
  });
});
