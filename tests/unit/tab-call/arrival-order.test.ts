import { describe, expect, it } from 'vitest';
import { NegotiatingPeer } from './negotiating-peer';
import { joinedOverServer } from './server-session';
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
    const { session, socket } = joinedOverServer(SlowPeer);

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
