/** English strings of chapter 5: the call stage, phases, reasons, mistakes. */
export const call = {} as const;
