// @ts-check
// The bench's baseline: the smallest relay that does the same job as server/ (rooms of two, relay to the other
// member) with the bare `ws` package: no validation, no limits, no heartbeat, no logging.
import { WebSocketServer } from 'ws';

/** Starts the bare relay on 127.0.0.1:`port` (0 = any free port); resolves with the server once it listens. */
export function startBareRelay(/** @type {number} */ port) {
  /** @type {Map<string, import('ws').WebSocket[]>} */
  const rooms = new Map();
  const wss = new WebSocketServer({ port, host: '127.0.0.1', path: '/signal' });
  wss.on('connection', (ws) => {
    /** @type {import('ws').WebSocket[] | undefined} */
    let room;
    ws.on('message', (data) => {
      const text = data.toString();
      const message = JSON.parse(text);
      if (message.type === 'join') {
        room = rooms.get(message.room) ?? [];
        rooms.set(message.room, room);
        room.push(ws);
        ws.send(JSON.stringify({ type: 'joined', room: message.room, polite: room.length > 1, peers: room.length }));
        for (const peer of room) if (peer !== ws) peer.send('{"type":"peer-joined"}');
        return;
      }
      for (const peer of room ?? []) if (peer !== ws) peer.send(text);
    });
  });
  return new Promise((resolve) => wss.on('listening', () => resolve(wss)));
}
