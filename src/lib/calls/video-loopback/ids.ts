/** The phases of chapter 5's call in the order a correct call runs them (data only, for logs and pages). */
export const phaseIds = [
  'get-user-media',
  'create-peers',
  'add-tracks',
  'create-offer',
  'set-local-offer',
  'set-remote-offer',
  'create-answer',
  'set-local-answer',
  'set-remote-answer',
  'exchange-ice',
  'hang-up',
] as const;
export type PhaseId = (typeof phaseIds)[number];
