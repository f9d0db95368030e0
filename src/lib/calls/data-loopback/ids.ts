/** The phases of chapter 6's call in the order a correct call runs them (data only, for logs and pages). */
export const phaseIds = [
  'create-peers',
  'create-channel',
  'create-offer',
  'set-local-offer',
  'set-remote-offer',
  'create-answer',
  'set-local-answer',
  'set-remote-answer',
  'exchange-ice',
  'receive-channel',
  'send-text',
  'send-binary',
  'reply-text',
  'close-channel',
  'hang-up',
] as const;

export type PhaseId = (typeof phaseIds)[number];
