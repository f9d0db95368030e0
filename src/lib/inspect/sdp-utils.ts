import * as sdpModule from 'sdp';

type SdpUtils = typeof sdpModule;

/**
 * The `sdp` package (webrtc-adapter's own SDP helpers). It is CommonJS: bundlers expose its functions by name,
 * Node's ESM loader only as `default`; this picks whichever is there.
 */
export const SDPUtils: SdpUtils = (sdpModule as unknown as { default?: SdpUtils }).default ?? sdpModule;
