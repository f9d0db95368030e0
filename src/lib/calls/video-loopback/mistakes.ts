import type { ErrorInfo } from '../../call/types';
import type { PhaseId } from './ids';

/**
 * Which explanation fits an error from a phase run in the wrong order. Each code has a paragraph in the dictionary
 * (`call.mistake.<code>`): what the browser's error means, and which order avoids it.
 */
export type MistakeCode =
  | 'candidate-before-description'
  | 'answer-without-offer'
  | 'answer-to-nobody'
  | 'track-added-twice'
  | 'offer-in-wrong-state'
  | 'description-in-wrong-state'
  | 'nothing-received'
  | 'other';

export function explainMistake(phase: PhaseId, error: ErrorInfo): MistakeCode {
  // The phase read its inbox and found nothing there: the other peer had not sent it yet.
  if (error.name === 'MissingStepError') return 'nothing-received';
  switch (phase) {
    case 'exchange-ice':
      return error.name === 'InvalidStateError' ? 'candidate-before-description' : 'other';
    case 'create-answer':
    case 'set-local-answer':
      return error.name === 'InvalidStateError' ? 'answer-without-offer' : 'other';
    case 'set-remote-answer':
      return error.name === 'InvalidStateError' ? 'answer-to-nobody' : 'other';
    case 'add-tracks':
      return error.name === 'InvalidAccessError' ? 'track-added-twice' : 'other';
    case 'create-offer':
    case 'set-local-offer':
      return error.name === 'InvalidStateError' ? 'offer-in-wrong-state' : 'other';
    case 'set-remote-offer':
      return error.name === 'InvalidStateError' || error.name === 'InvalidAccessError'
        ? 'description-in-wrong-state'
        : 'other';
    default:
      return 'other';
  }
}
