/** One track as plain data: what the page shows in its live view of the stream object. */
export interface TrackSnapshot {
  readonly kind: string;
  readonly id: string;
  readonly label: string;
  readonly readyState: MediaStreamTrackState;
  readonly enabled: boolean;
  readonly muted: boolean;
  /** What the browser actually delivers, which can differ from what was asked for. */
  readonly settings: MediaTrackSettings;
}

/** A stream as plain data. */
export interface StreamSnapshot {
  readonly id: string;
  readonly active: boolean;
  readonly tracks: readonly TrackSnapshot[];
}

/** Reads a stream and its tracks as they are right now. */
export function describeStream(stream: MediaStream): StreamSnapshot {
  return {
    id: stream.id,
    active: stream.active,
    tracks: stream.getTracks().map((track) => ({
      kind: track.kind,
      id: track.id,
      label: track.label,
      readyState: track.readyState,
      enabled: track.enabled,
      muted: track.muted,
      settings: track.getSettings(),
    })),
  };
}

/** The size and frame rate of a stream's first video track, when the browser says. */
export function deliveredVideo(stream: MediaStream): { width?: number; height?: number; frameRate?: number } {
  const settings = stream.getVideoTracks()[0]?.getSettings() ?? {};
  const { width, height, frameRate } = settings;
  return {
    ...(width !== undefined && { width }),
    ...(height !== undefined && { height }),
    ...(frameRate !== undefined && { frameRate }),
  };
}
