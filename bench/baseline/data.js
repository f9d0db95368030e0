// @ts-check
// The smallest correct loopback data channel with the bare API, and the same transfer and ping as chapter 6's
// experiments: 4-byte sequence numbers in each chunk, the same chunk size and backpressure thresholds, the same marks.
import { openChannelPair } from './channel-pair.js';

/** @type {RTCPeerConnection | null} */ let alice = null;
/** @type {RTCPeerConnection | null} */ let bob = null;
/** @type {RTCDataChannel | null} */ let sendChannel = null;
/** @type {RTCDataChannel | null} */ let receiveChannel = null;

/** Connects two peers and resolves once both ends of one channel are open. */
async function open() {
  ({ alice, bob, aliceChannel: sendChannel, bobChannel: receiveChannel } = await openChannelPair('sendDataChannel'));
}

/** Sends `total` bytes in numbered chunks with backpressure; resolves with ms from first send to last arrival. */
function transfer(
  /** @type {number} */ total,
  /** @type {number} */ chunk,
  /** @type {number} */ high,
  /** @type {number} */ low,
) {
  const from = /** @type {RTCDataChannel} */ (sendChannel);
  const to = /** @type {RTCDataChannel} */ (receiveChannel);
  return new Promise((resolve) => {
    let received = 0;
    let last = -1;
    let inOrder = true;
    to.onmessage = (e) => {
      const seq = new DataView(e.data).getUint32(0);
      if (seq < last) inOrder = false;
      last = seq;
      received += e.data.byteLength;
      if (received >= total) {
        performance.mark('webrtc:transfer-end');
        to.onmessage = null;
        resolve({ ms: performance.now() - started, inOrder, received });
      }
    };
    from.bufferedAmountLowThreshold = low;
    let seq = 0;
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        if (from.bufferedAmount > high) {
          from.onbufferedamountlow = () => {
            from.onbufferedamountlow = null;
            pump();
          };
          return;
        }
        const size = Math.min(chunk, total - sent);
        const bytes = new Uint8Array(size);
        new DataView(bytes.buffer).setUint32(0, seq);
        for (let i = 4; i < size; i++) bytes[i] = (seq + i) & 0xff;
        from.send(bytes.buffer);
        seq++;
        sent += size;
      }
    };
    performance.clearMarks('webrtc:transfer-start');
    performance.clearMarks('webrtc:transfer-end');
    performance.mark('webrtc:transfer-start');
    const started = performance.now();
    pump();
  });
}

/** Sends `count` pings one at a time, Bob echoing each; resolves with the median round trip in ms. */
async function ping(/** @type {number} */ count) {
  const from = /** @type {RTCDataChannel} */ (sendChannel);
  const to = /** @type {RTCDataChannel} */ (receiveChannel);
  to.onmessage = (e) => to.send(e.data);
  /** @type {number[]} */
  const rtts = [];
  for (let i = 0; i < count; i++) {
    const sent = performance.now();
    await new Promise((resolve) => {
      from.onmessage = () => resolve(undefined);
      from.send(`ping ${i}`);
    });
    rtts.push(performance.now() - sent);
  }
  from.onmessage = null;
  to.onmessage = null;
  rtts.sort((a, b) => a - b);
  const mid = Math.floor(rtts.length / 2);
  return rtts.length % 2 ? rtts[mid] : ((rtts[mid - 1] ?? 0) + (rtts[mid] ?? 0)) / 2;
}

function close() {
  sendChannel?.close();
  receiveChannel?.close();
  alice?.close();
  bob?.close();
  alice = bob = sendChannel = receiveChannel = null;
}

Object.assign(window, { benchData: { open, transfer, ping, close } });
