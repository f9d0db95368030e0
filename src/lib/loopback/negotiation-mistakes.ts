import type { ErrorInfo } from '../call/types';

/**
 * The explanations every loopback call shares for an error from a negotiation phase run in the wrong order. Each
 * code has a paragraph in the dictionary (`call.mistake.<code>`): what the browser's error means, and which order
 * avoids it.
 */
export type NegotiationMistake =
  | 'candidate-before-description'
  | 'answer-without-offer'
  | 'answer-to-nobody'
  | 'offer-in-wrong-state'
  | 'description-in-wrong-state'
  | 'nothing-received'
  | 'other';

/** The explanation code for an error thrown by a negotiation phase; `other` for any other phase or error. */
export function negotiationMistake(phase: string, error: ErrorInfo): NegotiationMistake {
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
    case 'create-offer':
    case 'set-local-offer':
      return error.name === 'InvalidStateError' ? 'offer-in-wrong-state' : 'other';
    case 'set-remote-offer':
      return error.name === 'InvalidStateError' ? 'description-in-wrong-state' : 'other';
    default:
      return 'other';
  }
}
