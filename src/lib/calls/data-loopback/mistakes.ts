import type { ErrorInfo } from '../../call/types';
import { negotiationMistake, type NegotiationMistake } from '../../loopback/negotiation-mistakes';
import type { PhaseId } from './ids';

/**
 * Which explanation fits an error from a phase run in the wrong order (`call.mistake.<code>`). Codes shared with
 * chapter 5 keep its sentences; the channel's own are in the channel dictionary.
 */
export type MistakeCode =
  NegotiationMistake | 'send-not-open' | 'message-too-large' | 'send-queue-full' | 'bad-channel-options';

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
    default:
      return negotiationMistake(phase, error);
  }
}
