import type { PeerId, PhaseId } from './types';

/** The signaling state each peer must be in after a phase succeeds; anything else means the model is wrong. */
const expected: Partial<Record<PhaseId, Partial<Record<PeerId, RTCSignalingState>>>> = {
  'create-peers': { local: 'stable', remote: 'stable' },
  'set-local-offer': { local: 'have-local-offer' },
  'set-remote-offer': { remote: 'have-remote-offer' },
  'set-local-answer': { remote: 'stable' },
  'set-remote-answer': { local: 'stable' },
};

export interface Mismatch {
  readonly peer: PeerId;
  readonly expected: RTCSignalingState;
  readonly actual: RTCSignalingState | 'missing';
}

/** Compares the browser's real signaling states with what the phase should have produced. */
export function checkAfter(phase: PhaseId, actual: Record<PeerId, RTCSignalingState | null>): Mismatch | null {
  for (const [peer, state] of Object.entries(expected[phase] ?? {}) as [PeerId, RTCSignalingState][]) {
    const real = actual[peer] ?? 'missing';
    if (real !== state) return { peer, expected: state, actual: real };
  }
  return null;
}
