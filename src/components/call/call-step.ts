import type { RunResult, Verdict } from '../../lib/runner/types';
import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';
import { watchSlice } from '../slice';
import { showLiveCall, withPageCall, type StepCall } from '../page-store';
import { reasonText } from './reason-text';

/** What one step box shows: read from its call for its own phase only. */
interface StepSlice {
  readonly verdict: Verdict;
  readonly open: boolean;
  readonly lastRun: { readonly result: RunResult; readonly durationMs: number } | null;
  readonly mistake: string | null;
  /** The call has been reset: nothing has run yet. */
  readonly fresh: boolean;
  /** This phase succeeded in the current call: its box says so, not why it cannot run again. */
  readonly done: boolean;
  /** What the reader does next, when this phase was the last to run. */
  readonly next: string | null;
}

/** One phase placed in the prose: its button, why it cannot run yet, and what happened when it ran. */
class CallStep extends Island {
  #t = clientStrings('call');
  #phase = this.dataset['step'] ?? '';

  protected mount(): void {
    withPageCall(this.dataset['call'] ?? 'video-loopback', (call) => {
      if (!this.isConnected) return;
      // The call refuses a phase that may not run; the button's aria-disabled only mirrors that, a moment later.
      this.listen(this.querySelector('[data-phase]'), 'click', () => {
        showLiveCall(call);
        void call.run(this.#phase);
      });
      this.own(
        watchSlice(
          call,
          () => this.#slice(call),
          (slice) => this.#render(slice),
        ),
      );
    });
  }

  #slice(call: StepCall): StepSlice {
    const verdict = call.verdict(this.#phase);
    const last = call.runner.lastRun;
    const mine = last !== null && last.phase === this.#phase;
    const mistake = call.runner.mistake;
    return {
      verdict,
      open: call.canRun(this.#phase),
      lastRun: mine ? { result: last.result, durationMs: last.durationMs } : null,
      mistake:
        mistake?.phase === this.#phase ? (call.runner.phase(mistake.phase).mistake?.(mistake.error) ?? 'other') : null,
      fresh: last === null,
      done: call.runner.isDone(this.#phase),
      next: mine ? call.runner.next() : null,
    };
  }

  #render({ verdict, open, lastRun, mistake, fresh, done, next }: StepSlice): void {
    const t = this.#t;
    this.querySelector('[data-phase]')?.setAttribute('aria-disabled', String(!open));
    const reason = this.querySelector<HTMLElement>('[data-reason]');
    if (reason) {
      // A step that already did its work says so in its result; why it cannot run again would only confuse.
      reason.textContent = verdict.allowed || done ? '' : reasonText(t, verdict.reason);
      reason.dataset['tone'] = !verdict.allowed && open ? 'mistake' : '';
    }
    const badge = this.querySelector<HTMLElement>('[data-just-ran]');
    if (badge) badge.hidden = lastRun === null;
    if (lastRun) this.dataset['ran'] = lastRun.result.outcome === 'done' ? 'done' : 'error';
    else delete this.dataset['ran'];
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (result && lastRun) {
      const text = this.#describe(lastRun.result, lastRun.durationMs);
      const then =
        next && lastRun.result.outcome === 'done'
          ? ` ${t('call.result.next', { next: t.code('call.phase', next) })}`
          : '';
      // In mistake mode the explanation sits next to the step too, not only in the call panel.
      result.textContent = mistake ? `${text} ${t.code('call.mistake', mistake)}` : `${text}${then}`;
      result.dataset['tone'] = lastRun.result.outcome === 'done' ? '' : 'error';
    } else if (result && fresh) {
      result.textContent = '';
    }
  }

  #describe(result: RunResult, durationMs: number): string {
    const t = this.#t;
    const call = t.code('call.phase', this.#phase);
    const ms = durationMs.toFixed(1);
    switch (result.outcome) {
      case 'done':
        return t('call.result.done', { call, ms });
      case 'error':
        return t('call.result.error', { call, ms, name: result.error.name, message: result.error.message });
      case 'refused':
        return t('call.result.refused', { reason: reasonText(t, result.reason) });
      case 'aborted':
        return t('call.result.aborted', { call });
    }
  }
}

export function defineCallStep(): void {
  defineIsland('call-step', CallStep);
}
