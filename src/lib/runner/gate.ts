import type { Verdict } from './types';
import { no } from './verdict';

/** What closes every phase but hang-up, whatever the call: another phase running, or a failed call. */
export function gate(busy: string | null, failed: boolean): Verdict | null {
  if (busy) return no('busy', { phase: busy });
  if (failed) return no('failed');
  return null;
}
