import { describe, expect, it } from 'vitest';
import { detectFeatures, queryPermission, type CapabilityEnv } from '../../src/lib/capabilities';

const Fake = function Fake() {};

describe('detectFeatures', () => {
  it.each<[string, CapabilityEnv, Record<string, boolean>]>([
    [
      'an empty window',
      {},
      { secureContext: false, mediaDevices: false, peerConnection: false, dataChannel: false, broadcastChannel: false },
    ],
    [
      'a current browser on https',
      {
        isSecureContext: true,
        navigator: { mediaDevices: {} },
        RTCPeerConnection: Fake,
        RTCDataChannel: Fake,
        BroadcastChannel: Fake,
      },
      { secureContext: true, mediaDevices: true, peerConnection: true, dataChannel: true, broadcastChannel: true },
    ],
    [
      'plain http on another host (mediaDevices hidden)',
      { isSecureContext: false, navigator: {}, RTCPeerConnection: Fake, RTCDataChannel: Fake, BroadcastChannel: Fake },
      { secureContext: false, mediaDevices: false, peerConnection: true, dataChannel: true, broadcastChannel: true },
    ],
    [
      'WebRTC switched off (the constructor replaced)',
      { isSecureContext: true, RTCPeerConnection: undefined },
      { secureContext: true, mediaDevices: false, peerConnection: false, dataChannel: false, broadcastChannel: false },
    ],
  ])('%s', (_name, env, expected) => {
    expect(detectFeatures(env)).toEqual(expected);
  });
});

describe('queryPermission', () => {
  const envWith = (query: (d: { name: string }) => Promise<{ state: string }>): CapabilityEnv => ({
    navigator: { permissions: { query } },
  });

  it.each(['granted', 'prompt', 'denied'])('passes the browser state %s through', async (state) => {
    expect(
      await queryPermission(
        envWith(async () => ({ state })),
        'camera',
      ),
    ).toBe(state);
  });

  it('asks for the permission by its name', async () => {
    const asked: string[] = [];
    await queryPermission(
      envWith(async ({ name }) => (asked.push(name), { state: 'prompt' })),
      'microphone',
    );
    expect(asked).toEqual(['microphone']);
  });

  it('says unknown when the browser rejects the name (Firefox and camera)', async () => {
    const env = envWith(() => Promise.reject(new TypeError("'camera' is not a valid value for name")));
    expect(await queryPermission(env, 'camera')).toBe('unknown');
  });

  it('says unknown without the Permissions API or for a state it does not know', async () => {
    expect(await queryPermission({ navigator: {} }, 'camera')).toBe('unknown');
    expect(
      await queryPermission(
        envWith(async () => ({ state: 'weird' })),
        'camera',
      ),
    ).toBe('unknown');
  });
});
