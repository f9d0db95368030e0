import type { ErrorInfo } from '../../call/types';
import type { PhaseId } from './ids';

/**
 * Which explanation fits an error from a phase run in the wrong order (`call.mistake.<code>`). Codes shared with
 * chapter 5 keep its sentences; the channel's own are in the channel dictionary.
 */
export type MistakeCode =
  | 'candidate-before-description'
  | 'answer-without-offer'
  | 'answer-to-nobody'
  | 'offer-in-wrong-state'
  | 'description-in-wrong-state'
  | 'nothing-received'
  | 'send-not-open'
  | 'message-too-large'
  | 'send-queue-full'
  | 'bad-channel-options'
  | 'other';

/** The explanation code for an error thrown by `phase`. */
export function explainMistake(phase: PhaseId, error: ErrorInfo): MistakeCode {
  if (error.name === 'MissingStepError') return 'nothing-received';
  switch (phase) {
    case 'create-channel':
      return error.name === 'TypeError' || error.name === 'RangeError' ? 'bad-channel-options' : 'other';
    case 'send-text':
    case 'send-binary':
    case 'reply-text':
      if (error.name === 'InvalidStateError') return 'send-not-open';
      if (error.name === 'TypeError') return 'message-too-large';
      return error.name === 'OperationError' ? 'send-queue-full' : 'other';
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
