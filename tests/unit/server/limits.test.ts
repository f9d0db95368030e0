import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { maxFrameBytes } from '../../../src/lib/signaling/validate.ts';
import { candidate, offer, roomId, startTestServer, stopAll, TestClient } from './helpers.ts';

afterEach(stopAll);

describe('who may connect', () => {
  it('refuses a browser Origin that is not on the allowlist with 403, during the upgrade', async () => {
    const { wsUrl, logs } = await startTestServer({ origins: ['https://tutorial.example'] });
    await expect(TestClient.connect(wsUrl, { origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(TestClient.connect(wsUrl, { origin: 'null' })).rejects.toThrow('HTTP 403');
    expect(logs).toContainEqual(
      expect.objectContaining({ event: 'refused', why: 'origin', origin: 'https://evil.example' }),
    );
    expect(logs.some((e) => e.event === 'connect')).toBe(false);
  });

  it('lets a listed Origin in, in any case and with a trailing slash in the list', async () => {
    const { wsUrl } = await startTestServer({ origins: ['https://Tutorial.example/'] });
    const client = await TestClient.connect(wsUrl, { origin: 'https://tutorial.example' });
    expect(await client.join(roomId('origin'))).toMatchObject({ type: 'joined' });
  });

  it('lets a client without Origin in (native apps, scripts)', async () => {
    const { wsUrl } = await startTestServer({ origins: ['https://tutorial.example'] });
    const client = await TestClient.connect(wsUrl);
    expect(await client.join(roomId('native'))).toMatchObject({ type: 'joined' });
  });

  it('allows the dev server origins by default', async () => {
    const { wsUrl, server } = await startTestServer();
    expect(server.origins).toEqual(['http://127.0.0.1:4321', 'http://localhost:4321']);
    await expect(TestClient.connect(wsUrl, { origin: 'http://localhost:4321' })).resolves.toBeInstanceOf(TestClient);
  });

  it('answers 404 to an upgrade on another path, and 503 over the connection limit', async () => {
    const { server, wsUrl } = await startTestServer({ maxConnections: 1 });
    await expect(TestClient.connect(`ws://127.0.0.1:${server.port}/other`)).rejects.toThrow('HTTP 404');
    await TestClient.connect(wsUrl);
    await expect(TestClient.connect(wsUrl)).rejects.toThrow('HTTP 503');
  });
});

describe('what a client may send', () => {
  it('closes with 1009 a frame over 64 KiB; one of exactly 64 KiB is read', async () => {
    const { wsUrl } = await startTestServer();
    const client = await TestClient.connect(wsUrl);
    const frame = (bytes: number): string => {
      const shell = JSON.stringify({ type: 'bye', pad: '' });
      return JSON.stringify({ type: 'bye', pad: 'x'.repeat(bytes - shell.length) });
    };
    client.send(frame(maxFrameBytes));
    expect(await client.next()).toMatchObject({ type: 'error', code: 'not-joined' });
    client.send(frame(maxFrameBytes + 1));
    expect((await client.closed).code).toBe(1009);
  });

  it.each([
    ['garbage', '{{{', 'not-json'],
    ['an array', '[1,2,3]', 'bad-field'],
    ['an unknown type', JSON.stringify({ type: 'subscribe', room: roomId('x') }), 'unknown-type'],
    ['a join with a short room id', JSON.stringify({ type: 'join', room: 'abc' }), 'bad-field'],
    ['a bad candidate', JSON.stringify({ type: 'candidate', candidate: { candidate: 'x' } }), 'bad-field'],
    ['a server message', JSON.stringify({ type: 'joined', room: roomId('x'), polite: true, peers: 1 }), 'unknown-type'],
  ])('answers %s with an error and keeps the connection', async (_name, frame, code) => {
    const { wsUrl, logs } = await startTestServer();
    const client = await TestClient.connect(wsUrl);
    client.send(frame);
    expect(await client.next()).toEqual({ type: 'error', code, message: expect.stringMatching(/\w/) });
    expect(await client.join(roomId('after'))).toMatchObject({ type: 'joined' });
    expect(logs).toContainEqual(expect.objectContaining({ event: 'invalid', code }));
  });

  it('answers a binary frame with not-json', async () => {
    const { wsUrl } = await startTestServer();
    const client = await TestClient.connect(wsUrl);
    client.socket.send(Buffer.from('{"type":"leave"}'), { binary: true });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'not-json' });
  });

  it('lets a burst of 150 candidates through', async () => {
    const { wsUrl } = await startTestServer();
    const a = await TestClient.connect(wsUrl);
    const b = await TestClient.connect(wsUrl);
    await a.join(roomId('burst'));
    await b.join(roomId('burst'));
    await a.next();
    for (let i = 0; i < 150; i++) a.send(candidate(i));
    for (let i = 0; i < 150; i++) expect(await b.next()).toMatchObject(candidate(i));
    expect(a.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('closes a flooder with 1008; its room-mate is told peer-left and carries on with someone else', async () => {
    const { wsUrl, logs } = await startTestServer();
    const flooder = await TestClient.connect(wsUrl);
    const victim = await TestClient.connect(wsUrl);
    const bystanders = [await TestClient.connect(wsUrl), await TestClient.connect(wsUrl)];
    const room = roomId('flood');
    await flooder.join(room);
    await victim.join(room);
    await flooder.next();
    await bystanders[0]!.join(roomId('calm'));
    await bystanders[1]!.join(roomId('calm'));
    for (let i = 0; i < 2000 && flooder.socket.readyState === WebSocket.OPEN; i++) flooder.send(candidate(i));
    expect((await flooder.closed).code).toBe(1008);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'rate-limited' }));
    let message = await victim.next();
    while (message.type === 'candidate') message = await victim.next();
    expect(message).toEqual({ type: 'peer-left' });
    const newcomer = await TestClient.connect(wsUrl);
    expect(await newcomer.join(room)).toMatchObject({ type: 'joined', peers: 2 });
    expect(await victim.next()).toEqual({ type: 'peer-joined' });
    newcomer.send(offer('after-flood'));
    expect(await victim.next()).toMatchObject(offer('after-flood'));
    expect(await bystanders[0]!.next()).toEqual({ type: 'peer-joined' });
    bystanders[0]!.send({ type: 'bye' });
    expect(await bystanders[1]!.next()).toMatchObject({ type: 'bye' });
  });
});

describe('the log', () => {
  it('has one JSON-safe entry per event and never a message body or a room id', async () => {
    const { wsUrl, logs } = await startTestServer();
    const room = roomId('secretroom');
    const a = await TestClient.connect(wsUrl);
    const b = await TestClient.connect(wsUrl);
    await a.join(room);
    await b.join(room);
    a.send(offer('SECRET-SDP-MARKER'));
    await b.next();
    a.send('{"type":"SECRET-TYPE-MARKER"}');
    await a.next();
    await a.next();
    a.close();
    await b.next();
    const text = logs.map((e) => JSON.stringify(e)).join('\n');
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain(room);
    expect(logs.map((e) => e.event)).toEqual(
      expect.arrayContaining(['listening', 'connect', 'join', 'invalid', 'leave', 'disconnect']),
    );
    for (const entry of logs) expect(typeof entry.time).toBe('string');
  });
});
