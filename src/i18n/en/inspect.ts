/** English strings of the call inspectors: SDP, candidates, stats, sequence, save and replay. */
export const inspect = {} as const;
