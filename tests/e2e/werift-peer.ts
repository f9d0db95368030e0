/**
 * A WebRTC peer that runs in Node (werift) and reaches the page only through the signaling server, speaking the
 * protocol of docs/signaling.md and nothing else: join, wait for `joined`, answer every offer, trickle candidates,
 * answer `bye` by closing. It sends back the video it receives (an echo), so the page sees a picture from it.
 */
import { RTCPeerConnection, type RTCIceCandidate } from 'werift';
import WebSocket from 'ws';

/** What the test reads from the Node peer. */
export interface NodePeer {
  /** Resolves with the role the server gave, once joined. */
  readonly joined: Promise<{ polite: boolean; peers: number }>;
  /** Resolves once the connection is `connected`. */
  readonly connected: Promise<void>;
  /** Resolves once an RTP packet of the page's video has arrived. */
  readonly receivedVideo: Promise<void>;
  /** Resolves when the page's `bye` arrived and the peer closed its connection. */
  readonly byeReceived: Promise<void>;
  /** Every frame the server sent, parsed, for the test's checks. */
  readonly frames: unknown[];
  close(): Promise<void>;
}

/** A promise and its resolve function. */
function later<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** Joins `room` at `url` and answers the page's call. */
export function joinAsNodePeer(url: string, room: string): NodePeer {
  const socket = new WebSocket(url);
  const send = (message: object) => socket.send(JSON.stringify(message));
  const joined = later<{ polite: boolean; peers: number }>();
  const connected = later();
  const receivedVideo = later();
  const byeReceived = later();
  const frames: unknown[] = [];
  let pc: RTCPeerConnection | null = null;

  const newConnection = (): RTCPeerConnection => {
    const next = new RTCPeerConnection({});
    next.onIceCandidate.subscribe((candidate?: RTCIceCandidate) => {
      // The docs' candidate message: the candidate's toJSON() form, or null at the end of gathering.
      send({ type: 'candidate', candidate: candidate ? candidate.toJSON() : null });
    });
    next.onTransceiverAdded.subscribe((transceiver) => {
      // Send as well as receive, so the answer offers the page a video back.
      transceiver.setDirection('sendrecv');
      transceiver.onTrack.subscribe((track) => {
        void transceiver.sender.replaceTrack(track);
        track.onReceiveRtp.once(() => receivedVideo.resolve());
      });
    });
    next.connectionStateChange.subscribe((state) => {
      if (state === 'connected') connected.resolve();
    });
    return next;
  };

  const describe = (description: { type?: string; sdp?: string } | null | undefined) => ({
    type: 'description',
    description: { type: description?.type, sdp: description?.sdp },
  });

  socket.on('open', () => send({ type: 'join', room }));
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      type: string;
      polite?: boolean;
      peers?: number;
      description?: { type: 'offer' | 'answer'; sdp: string };
      candidate?: { candidate: string; sdpMid?: string; sdpMLineIndex?: number } | null;
    };
    frames.push(message);
    void (async () => {
      switch (message.type) {
        case 'joined':
          joined.resolve({ polite: message.polite ?? false, peers: message.peers ?? 0 });
          return;
        case 'description': {
          if (message.description?.type !== 'offer') return;
          pc ??= newConnection();
          await pc.setRemoteDescription(message.description);
          await pc.setLocalDescription(await pc.createAnswer());
          send(describe(pc.localDescription));
          return;
        }
        case 'candidate':
          if (pc && message.candidate) await pc.addIceCandidate(message.candidate);
          return;
        case 'bye':
          await pc?.close();
          pc = null;
          byeReceived.resolve();
      }
    })();
  });

  return {
    joined: joined.promise,
    connected: connected.promise,
    receivedVideo: receivedVideo.promise,
    byeReceived: byeReceived.promise,
    frames,
    async close() {
      await pc?.close();
      socket.close();
    },
  };
}
