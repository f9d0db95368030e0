import { getLocalStream } from './acquire';
import { stopStream } from './stop';
import { createTestPattern, type TestPatternOptions } from './test-pattern';

/** A local stream and how to release it: a camera stream, or a test pattern (which also stops its drawing loop). */
export interface LocalMedia {
  readonly stream: MediaStream;
  stop(): void;
}

/** Where a stream comes from. */
export type StreamSource = 'camera' | 'test-pattern';

/** Wraps a camera stream as LocalMedia. */
export function fromStream(stream: MediaStream): LocalMedia {
  return { stream, stop: () => stopStream(stream) };
}

/**
 * Opens the local media every chapter uses: the camera with these constraints, or the test pattern (no camera, no
 * permission). Rejects with the browser's own error when the camera cannot start.
 */
export async function openLocalMedia(
  source: StreamSource,
  constraints: MediaStreamConstraints,
  pattern: TestPatternOptions = { width: 640, height: 480, fps: 30 },
): Promise<LocalMedia> {
  if (source === 'test-pattern') return createTestPattern(pattern);
  return fromStream(await getLocalStream(constraints));
}
