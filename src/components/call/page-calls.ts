import type { CallFeed, ErrorInfo } from '../../lib/call/types';
import type { LastRun, RunResult, Verdict } from '../../lib/runner/types';
import type { Changing } from '../slice';

/** What a step box needs from the call its phase belongs to, whatever the call. */
export interface StepCall extends CallFeed, Changing {
  readonly runner: {
    readonly lastRun: LastRun | null;
    readonly mistake: { readonly phase: string; readonly error: ErrorInfo } | null;
    readonly mistakeMode: boolean;
    phase(id: string): { mistake?(error: ErrorInfo): string };
    isDone(id: string): boolean;
    next(): string | null;
  };
  verdict(phase: string): Verdict;
  canRun(phase: string): boolean;
  run(phase: string): Promise<RunResult>;
}

const calls = new Map<string, StepCall>();
const waiting = new Map<string, ((call: StepCall) => void)[]>();

/** Makes a page's call available to the islands that name it (`data-call`), e.g. when the chapter's stage starts. */
export function providePageCall(id: string, call: StepCall): void {
  calls.set(id, call);
  for (const use of waiting.get(id)?.splice(0) ?? []) use(call);
}

/** Calls `use` with the page's call of that id, now or as soon as the chapter's stage provides it. */
export function withPageCall(id: string, use: (call: StepCall) => void): void {
  const call = calls.get(id);
  if (call) use(call);
  else waiting.set(id, [...(waiting.get(id) ?? []), use]);
}
