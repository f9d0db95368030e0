import type { LoopbackContext } from '../../loopback/context';

/** Chapter 5's call: the shared two-peer context plus the camera stream and the descriptions Alice and Bob made. */
export interface VideoCall extends LoopbackContext {
  localStream: MediaStream | null;
  offer: RTCSessionDescriptionInit | null;
  answer: RTCSessionDescriptionInit | null;
  /** Opens the camera or the test pattern (injected, so tests pass fakes). */
  readonly getLocalStream: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
}
