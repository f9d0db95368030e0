// @ts-check
// The smallest correct version of chapter 9's transfer with the bare API, for the bench to compare with: the same
// header (with a WebCrypto SHA-256), the same chunk size and 8-byte prefix, the same backpressure thresholds, an
// `end` and an `ack`, and the same performance marks. No framework, no validation beyond size and hash.
import { openChannelPair } from './channel-pair.js';

const MiB = 1024 * 1024;
const high = 1 * MiB;
const low = 256 * 1024;

/** @type {RTCPeerConnection | null} */ let alice = null;
/** @type {RTCPeerConnection | null} */ let bob = null;
/** @type {RTCDataChannel | null} */ let aliceChannel = null;
/** @type {RTCDataChannel | null} */ let bobChannel = null;
/** @type {MediaStream | null} */ let stream = null;
let nextId = 1;

const hex = (/** @type {ArrayBuffer} */ buffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (/** @type {Blob} */ blob) => hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));

/** Camera on, two peers connected, both ends of one channel open. */
async function open() {
  stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false });
  const video = /** @type {HTMLVideoElement} */ (document.getElementById('video'));
  video.srcObject = stream;
  ({ alice, bob, aliceChannel, bobChannel } = await openChannelPair('photos'));
  await new Promise((resolve) => video.requestVideoFrameCallback(() => resolve(undefined)));
  listen();
}

/** @type {(header: { id: number, size: number, mime: string, sha256: string }, blob: Blob) => void} */
let onFile = () => undefined;

/** Bob's side: header, chunks into an array, end, hash check, ack. */
function listen() {
  const channel = /** @type {RTCDataChannel} */ (bobChannel);
  /** @type {{ id: number, size: number, mime: string, sha256: string } | null} */ let header = null;
  /** @type {ArrayBuffer[]} */ let parts = [];
  let bytes = 0;
  channel.onmessage = async (e) => {
    if (typeof e.data === 'string') {
      const message = JSON.parse(e.data);
      if (message.type === 'header') {
        header = message;
        parts = [];
        bytes = 0;
      } else if (message.type === 'end' && header && bytes === header.size) {
        const done = header;
        const blob = new Blob(parts, { type: done.mime });
        if ((await sha256(blob)) !== done.sha256) throw new Error('hash mismatch');
        channel.send(JSON.stringify({ v: 1, type: 'ack', id: done.id }));
        onFile(done, blob);
      }
      return;
    }
    parts.push(e.data.slice(8));
    bytes += e.data.byteLength - 8;
  };
}

/** Alice's side: header, then chunks with backpressure, then end; resolves on Bob's ack. */
async function send(/** @type {Blob} */ blob, /** @type {Record<string, unknown>} */ fields) {
  const channel = /** @type {RTCDataChannel} */ (aliceChannel);
  const id = nextId++;
  const acked = new Promise((resolve) => {
    channel.onmessage = (e) => JSON.parse(e.data).id === id && resolve(undefined);
  });
  channel.send(JSON.stringify({ v: 1, type: 'header', id, size: blob.size, sha256: await sha256(blob), ...fields }));
  channel.bufferedAmountLowThreshold = low;
  const payload = 65536 - 8;
  const whole = new Uint8Array(await blob.arrayBuffer());
  for (let at = 0; at < whole.length; at += payload) {
    if (channel.bufferedAmount > high) {
      await new Promise((resolve) => channel.addEventListener('bufferedamountlow', resolve, { once: true }));
    }
    const part = whole.subarray(at, at + payload);
    const message = new Uint8Array(8 + part.length);
    const view = new DataView(message.buffer);
    view.setUint8(0, 1);
    view.setUint8(1, 1);
    view.setUint32(4, id);
    message.set(part, 8);
    channel.send(message.buffer);
  }
  channel.send(JSON.stringify({ v: 1, type: 'end', id }));
  await acked;
}

/** Snap, encode as JPEG 0.85, send, show at the sender's size; resolves once Bob's picture is decoded. */
async function snapAndSend() {
  performance.clearMarks('webrtc:photo-start');
  performance.mark('webrtc:photo-start');
  const video = /** @type {HTMLVideoElement} */ (document.getElementById('video'));
  const canvas = /** @type {HTMLCanvasElement} */ (document.getElementById('photo'));
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')?.drawImage(video, 0, 0);
  // The same encoding call as chapter 9 (toDataURL, which encodes at once; toBlob waits for idle time in Chromium).
  const url = canvas.toDataURL('image/jpeg', 0.85);
  const text = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const blob = new Blob([bytes], { type: 'image/jpeg' });
  const shown = new Promise((resolve) => {
    onFile = async (_header, file) => {
      const img = document.createElement('img');
      img.src = URL.createObjectURL(file);
      img.width = canvas.width;
      img.height = canvas.height;
      document.getElementById('trail')?.prepend(img);
      await img.decode();
      performance.mark('webrtc:photo-shown');
      resolve(undefined);
    };
  });
  await send(blob, { kind: 'photo', name: 'photo.jpg', mime: blob.type, width: canvas.width, height: canvas.height });
  await shown;
}

/** Sends `mib` MiB of generated bytes (made as chapter 9 makes them); resolves once Bob has verified them. */
async function transfer(/** @type {number} */ mib) {
  const block = new Uint8Array(MiB);
  for (let i = 0; i < block.length; i++) block[i] = (i * 131 + 7) & 0xff;
  /** @type {BlobPart[]} */
  const parts = [];
  for (let i = 0; i < mib; i++) parts.push(new Uint32Array([i]), block.subarray(4));
  const blob = new Blob(parts, { type: 'application/octet-stream' });
  performance.clearMarks('webrtc:transfer-start');
  performance.clearMarks('webrtc:transfer-end');
  performance.mark('webrtc:transfer-start');
  const received = new Promise((resolve) => {
    onFile = () => {
      performance.mark('webrtc:transfer-end');
      resolve(undefined);
    };
  });
  await send(blob, { kind: 'file', name: 'generated.bin', mime: blob.type });
  await received;
}

function close() {
  aliceChannel?.close();
  bobChannel?.close();
  alice?.close();
  bob?.close();
  stream?.getTracks().forEach((track) => track.stop());
  alice = bob = aliceChannel = bobChannel = stream = null;
}

Object.assign(window, { benchPhoto: { open, snapAndSend, transfer, close } });
