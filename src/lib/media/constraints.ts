/** Resolutions the chapter offers, from small to beyond what any webcam delivers. */
export const resolutionPresets = [
  { id: 'qvga', width: 320, height: 240 },
  { id: 'vga', width: 640, height: 480 },
  { id: 'hd', width: 1280, height: 720 },
  { id: 'full-hd', width: 1920, height: 1080 },
  { id: '4k', width: 3840, height: 2160 },
  { id: '8k', width: 7680, height: 4320 },
] as const;

export type ResolutionPreset = (typeof resolutionPresets)[number];
/** A preset's id, or `any` for no resolution constraint at all. */
export type ResolutionId = ResolutionPreset['id'] | 'any';

/** What the reader picked: which camera, which resolution, and whether it is a wish or a requirement. */
export interface CameraChoice {
  /** A deviceId from enumerateDevices; empty or missing for the browser's default camera. */
  readonly deviceId?: string;
  readonly resolution?: ResolutionId;
  /** `exact` fails when the camera cannot do it; otherwise the browser gets as close as it can (`ideal`). */
  readonly exact?: boolean;
}

/** The getUserMedia constraints for a camera choice: video only, the microphone stays off. */
export function cameraConstraints(choice: CameraChoice = {}): MediaStreamConstraints {
  const video: MediaTrackConstraints = {};
  // A camera picked by hand is required: falling back to another one silently would be surprising.
  if (choice.deviceId) video.deviceId = { exact: choice.deviceId };
  const preset = resolutionPresets.find((p) => p.id === choice.resolution);
  if (preset) {
    video.width = choice.exact ? { exact: preset.width } : { ideal: preset.width };
    video.height = choice.exact ? { exact: preset.height } : { ideal: preset.height };
  }
  return { video: Object.keys(video).length > 0 ? video : true, audio: false };
}

/** True for a string that names a preset or `any`. */
export function isResolutionId(value: string): value is ResolutionId {
  return value === 'any' || resolutionPresets.some((p) => p.id === value);
}
