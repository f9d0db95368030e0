import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { candidate, offer, roomId, startTestServer, stopAll, TestClient } from './helpers.ts';

afterEach(stopAll);

const peerIdFormat = /^[A-Za-z0-9_-]{1,64}$/;

describe('rooms of two over a real WebSocket', () => {
  it('two clients join, relay both ways with a server-set sender id and no echo, bye keeps them, leave tells the other', async () => {
    const { wsUrl } = await startTestServer();
    const alice = await TestClient.connect(wsUrl);
    const bob = await TestClient.connect(wsUrl);
    const room = roomId('relay');
    expect(await alice.join(room)).toEqual({ type: 'joined', room, polite: false, peers: 1 });
    expect(await bob.join(room)).toEqual({ type: 'joined', room, polite: true, peers: 2 });
    expect(await alice.next()).toEqual({ type: 'peer-joined' });

    alice.send({ ...offer(), from: 'forged' });
    const got = await bob.next();
    expect(got).toMatchObject({ ...offer(), from: expect.stringMatching(peerIdFormat) });
    expect(got['from']).not.toBe('forged');
    const aliceId = got['from'];

    bob.send(candidate(1));
    // Alice's next message is Bob's candidate: her own offer never came back to her.
    expect(await alice.next()).toEqual({ ...candidate(1), from: expect.stringMatching(peerIdFormat) });

    bob.send({ type: 'bye' });
    expect(await alice.next()).toMatchObject({ type: 'bye' });
    alice.send({ type: 'candidate', candidate: null });
    expect(await bob.next()).toEqual({ type: 'candidate', candidate: null, from: aliceId });

    bob.send({ type: 'leave' });
    expect(await alice.next()).toEqual({ type: 'peer-left' });
    bob.send({ type: 'bye' });
    expect(await bob.next()).toMatchObject({ type: 'error', code: 'not-joined', message: expect.any(String) });
    alice.send({ type: 'bye' });
    expect(await alice.next()).toMatchObject({ type: 'error', code: 'no-peer' });
    expect(await bob.join(room)).toEqual({ type: 'joined', room, polite: true, peers: 2 });
  });

  it('a third client gets full, keeps its connection, and can use another room', async () => {
    const { wsUrl } = await startTestServer();
    const room = roomId('full');
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => TestClient.connect(wsUrl)));
    await a!.join(room);
    await b!.join(room);
    expect(await c!.join(room)).toEqual({ type: 'full' });
    expect(c!.socket.readyState).toBe(WebSocket.OPEN);
    expect(await c!.join(roomId('other'))).toMatchObject({ type: 'joined', peers: 1 });
    c!.send({ type: 'join', room: roomId('third') });
    expect(await c!.next()).toMatchObject({ type: 'error', code: 'already-joined' });
    expect(a!.unread).toEqual([{ type: 'peer-joined' }]);
  });

  it('a member whose connection died unseen gets its place back with its rejoin key; nobody else does', async () => {
    const { wsUrl, logs } = await startTestServer();
    const room = roomId('rejoin');
    const key = { alice: 'AliceKey_0123456789abcd', bob: 'BobKey_0123456789abcdef' };
    const alice = await TestClient.connect(wsUrl);
    const bob = await TestClient.connect(wsUrl);
    alice.send({ type: 'join', room, rejoin: key.alice });
    expect(await alice.next()).toMatchObject({ type: 'joined', polite: false, peers: 1 });
    bob.send({ type: 'join', room, rejoin: key.bob });
    expect(await bob.next()).toMatchObject({ type: 'joined', polite: true, peers: 2 });
    expect(await alice.next()).toEqual({ type: 'peer-joined' });

    // Bob's network died without a close frame: to the server his first connection is still in the room.
    const stranger = await TestClient.connect(wsUrl);
    stranger.send({ type: 'join', room, rejoin: 'StrangerKey_0123456789ab' });
    expect(await stranger.next()).toEqual({ type: 'full' });
    const bobAgain = await TestClient.connect(wsUrl);
    bobAgain.send({ type: 'join', room, rejoin: key.bob });
    expect(await bobAgain.next()).toEqual({ type: 'joined', room, polite: true, peers: 2 });
    await bob.closed;
    expect(logs).toContainEqual(expect.objectContaining({ event: 'rejoin' }));

    // Alice never saw her peer leave, and her signals now reach the new connection.
    alice.send(candidate(7));
    expect(await bobAgain.next()).toMatchObject(candidate(7));
    bobAgain.send({ type: 'bye' });
    expect(await alice.next()).toMatchObject({ type: 'bye' });
    expect(alice.unread).toEqual([]);
    expect(stranger.unread).toEqual([]);
  });

  it('two rooms of two never hear each other', async () => {
    const { wsUrl } = await startTestServer();
    const clients = await Promise.all([1, 2, 3, 4].map(() => TestClient.connect(wsUrl)));
    const [a1, a2, b1, b2] = clients as [TestClient, TestClient, TestClient, TestClient];
    await a1.join(roomId('roomA'));
    await a2.join(roomId('roomA'));
    await b1.join(roomId('roomB'));
    await b2.join(roomId('roomB'));
    await a1.next();
    await b1.next();
    a1.send(offer('from-a1'));
    b1.send(offer('from-b1'));
    expect(await a2.next()).toMatchObject(offer('from-a1'));
    expect(await b2.next()).toMatchObject(offer('from-b1'));
    // A round trip in each room: anything misrouted would have arrived before these replies.
    a2.send({ type: 'bye' });
    b2.send({ type: 'bye' });
    expect(await a1.next()).toMatchObject({ type: 'bye' });
    expect(await b1.next()).toMatchObject({ type: 'bye' });
    for (const client of clients) expect(client.unread).toEqual([]);
  });

  it('a disconnect counts as leaving: the other member gets peer-left and a newcomer takes the free role', async () => {
    const { wsUrl, server } = await startTestServer();
    const room = roomId('drop');
    const a = await TestClient.connect(wsUrl);
    const b = await TestClient.connect(wsUrl);
    await a.join(room);
    await b.join(room);
    a.close();
    expect(await b.next()).toEqual({ type: 'peer-left' });
    const c = await TestClient.connect(wsUrl);
    // b kept its polite role, so the newcomer is impolite.
    expect(await c.join(room)).toEqual({ type: 'joined', room, polite: false, peers: 2 });
    expect(server.stats()).toEqual({ connections: 2, rooms: 1 });
  });
});
