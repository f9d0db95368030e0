/** What the tutorial needs from the browser, found out from the real APIs without using them. */

export const featureIds = [
  'secureContext',
  'mediaDevices',
  'peerConnection',
  'dataChannel',
  'broadcastChannel',
] as const;
export type FeatureId = (typeof featureIds)[number];

export const permissionIds = ['camera', 'microphone'] as const;
export type PermissionId = (typeof permissionIds)[number];
export type PermissionValue = 'granted' | 'prompt' | 'denied' | 'unknown';

/** The parts of `window` the check reads; tests pass plain objects. */
export interface CapabilityEnv {
  readonly isSecureContext?: boolean;
  readonly navigator?: {
    readonly mediaDevices?: unknown;
    readonly permissions?: { query(descriptor: { name: string }): Promise<{ state: string }> };
  };
  readonly RTCPeerConnection?: unknown;
  readonly RTCDataChannel?: unknown;
  readonly BroadcastChannel?: unknown;
}

/** Which features are present. */
export function detectFeatures(env: CapabilityEnv): Record<FeatureId, boolean> {
  return {
    secureContext: env.isSecureContext === true,
    mediaDevices: env.navigator?.mediaDevices !== undefined && env.navigator.mediaDevices !== null,
    peerConnection: typeof env.RTCPeerConnection === 'function',
    dataChannel: typeof env.RTCDataChannel === 'function',
    broadcastChannel: typeof env.BroadcastChannel === 'function',
  };
}

/** The permission state for a device, or 'unknown' where the browser does not tell (Firefox for camera, old Safari). */
export async function queryPermission(env: CapabilityEnv, name: PermissionId): Promise<PermissionValue> {
  const permissions = env.navigator?.permissions;
  if (!permissions) return 'unknown';
  try {
    const { state } = await permissions.query({ name });
    return state === 'granted' || state === 'prompt' || state === 'denied' ? state : 'unknown';
  } catch {
    // Browsers that do not know the permission name reject with a TypeError.
    return 'unknown';
  }
}
