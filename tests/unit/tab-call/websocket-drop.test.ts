import { describe, expect, it } from 'vitest';
import { FakeWebSocket } from '../signaling/fakes';
import { NegotiatingPeer } from './negotiating-peer';
import { joinedOverServer, room } from './server-session';

describe('a call whose signaling link drops', () => {
  it('keeps its connection, says it is reconnecting, and says so again once the room is back', async () => {
    const { session, socket: first, timers } = joinedOverServer(NegotiatingPeer);
    expect(session.snapshot().room.status).toBe('ready');
    // The other side calls; this side answers.
    first.receive(
      JSON.stringify({ type: 'description', description: { type: 'offer', sdp: 'v=0\r\n' }, from: 'peerA' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    const pc = session.connection() as unknown as NegotiatingPeer;
    expect(pc.signalingState).toBe('stable');
    expect(first.sentJson.at(-1)).toMatchObject({ type: 'description', description: { type: 'answer' } });

    first.drop();
    expect(session.snapshot().roomNotice).toBe('reconnecting');
    expect(session.snapshot().room.status).toBe('error');
    // The media path does not depend on signaling: the connection is untouched.
    expect(session.connection()).toBe(pc);
    expect(pc.connectionState).toBe('connected');

    timers.advance(1000);
    const second = FakeWebSocket.made[1]!;
    second.open();
    expect(second.sentJson[0]).toEqual({ type: 'join', room });
    second.receive(JSON.stringify({ type: 'joined', room, polite: true, peers: 2 }));
    expect(session.snapshot().roomNotice).toBe('reconnected');
    expect(session.snapshot().room.status).toBe('ready');
    expect(session.connection()).toBe(pc);
  });
});
