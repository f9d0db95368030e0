/** A camera as enumerateDevices reports it. */
export interface CameraInfo {
  /** Empty until the reader has allowed camera access on this site (browsers hide it from unknown pages). */
  readonly deviceId: string;
  /** Empty until the reader has allowed camera access on this site. */
  readonly label: string;
  readonly groupId: string;
}

/** The cameras the browser knows of; an empty list where there is no media API (insecure page). */
export async function listCameras(
  mediaDevices: MediaDevices | undefined = globalThis.navigator?.mediaDevices,
): Promise<CameraInfo[]> {
  if (!mediaDevices) return [];
  const devices = await mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'videoinput')
    .map(({ deviceId, label, groupId }) => ({ deviceId, label, groupId }));
}
