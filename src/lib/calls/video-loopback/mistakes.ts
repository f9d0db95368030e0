import type { ErrorInfo } from '../../call/types';
import { negotiationMistake, type NegotiationMistake } from '../../loopback/negotiation-mistakes';
import type { PhaseId } from './ids';

/**
 * Which explanation fits an error from a phase run in the wrong order. Each code has a paragraph in the dictionary
 * (`call.mistake.<code>`): what the browser's error means, and which order avoids it.
 */
export type MistakeCode = NegotiationMistake | 'track-added-twice';

/** The explanation code for an error thrown by `phase`. */
export function explainMistake(phase: PhaseId, error: ErrorInfo): MistakeCode {
  if (phase === 'add-tracks' && error.name === 'InvalidAccessError') return 'track-added-twice';
  if (phase === 'set-remote-offer' && error.name === 'InvalidAccessError') return 'description-in-wrong-state';
  return negotiationMistake(phase, error);
}
