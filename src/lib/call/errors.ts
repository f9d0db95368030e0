import type { ErrorInfo, PhaseId } from './types';

/** Any thrown value as plain data: a DOMException keeps its name (InvalidStateError...) and the browser's message. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (
    error instanceof Error ||
    (typeof error === 'object' && error !== null && 'name' in error && 'message' in error)
  ) {
    const { name, message } = error as { name: unknown; message: unknown };
    return { name: String(name), message: String(message) };
  }
  return { name: 'Error', message: String(error) };
}

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
  | 'other';

export function explainMistake(phase: PhaseId, error: ErrorInfo): MistakeCode {
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
