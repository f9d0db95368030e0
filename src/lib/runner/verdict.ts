import type { Reason, Verdict } from './types';

/** A verdict that lets the phase run. */
export const yes: Verdict = { allowed: true };

/** A verdict that refuses, naming why; `mistake` lets mistake mode run it anyway to show the browser's own error. */
export function no(code: string, params: Readonly<Record<string, string>> = {}, mistake = false): Verdict {
  return { allowed: false, reason: { code, params } satisfies Reason, mistake };
}

/** Why a phase may not run now, or null when it may: allowed, or a mistake that mistake mode lets through. */
export function refusal(verdict: Verdict, mistakeMode: boolean): Reason | null {
  if (verdict.allowed || (mistakeMode && verdict.mistake)) return null;
  return verdict.reason;
}

/** The one answer to "may it run now", for buttons and clicks alike. */
export function mayRun(verdict: Verdict, mistakeMode: boolean): boolean {
  return refusal(verdict, mistakeMode) === null;
}
