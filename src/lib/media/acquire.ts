import { insecureContextFailure, toMediaFailure } from './errors';

/** Asks the browser for a local stream; every failure rejects with a MediaFailure that says which kind it was. */
export async function getLocalStream(
  constraints: MediaStreamConstraints,
  mediaDevices: MediaDevices | undefined = globalThis.navigator?.mediaDevices,
): Promise<MediaStream> {
  // Browsers hide navigator.mediaDevices entirely on pages that are not a secure context.
  if (!mediaDevices) throw insecureContextFailure();
  try {
    return await mediaDevices.getUserMedia(constraints);
  } catch (error) {
    throw toMediaFailure(error);
  }
}
