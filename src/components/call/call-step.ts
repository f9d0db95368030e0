import type { RunResult } from '../../lib/runner/types';
import { clientStrings } from '../client-strings';
import { frameBatcher } from '../frame-batch';
import { getPageCall } from './controller';
import { reasonText } from './reason-text';

/** One phase placed in the prose: its button, why it cannot run yet, and what happened when it ran. */
class CallStep extends HTMLElement {
  #t = clientStrings('call');
  #call = getPageCall();
  #phase = this.dataset['step'] ?? '';
  #schedule = frameBatcher(() => this.#render());

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-phase]');
    // The engine refuses a phase that may not run; the button's aria-disabled only mirrors that, a moment later.
    button?.addEventListener('click', () => void this.#call.engine.run(this.#phase));
    this.#call.engine.onChange(this.#schedule);
    this.#render();
  }

  #render(): void {
    const { engine } = this.#call;
    const t = this.#t;
    const snap = engine.snapshot();
    const verdict = engine.verdict(this.#phase);
    const open = verdict.allowed || (snap.mistakeMode && verdict.mistake);
    this.querySelector('[data-phase]')?.setAttribute('aria-disabled', String(!open));
    const reason = this.querySelector<HTMLElement>('[data-reason]');
    if (reason) {
      reason.textContent = verdict.allowed ? '' : reasonText(t, verdict.reason);
      reason.dataset['tone'] = !verdict.allowed && open ? 'mistake' : '';
    }
    const last = snap.lastRun;
    const ranHere = last !== null && last.phase === this.#phase;
    const badge = this.querySelector<HTMLElement>('[data-just-ran]');
    if (badge) badge.hidden = !ranHere;
    if (ranHere) this.dataset['ran'] = last.result.outcome === 'done' ? 'done' : 'error';
    else delete this.dataset['ran'];
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (result && ranHere) {
      const text = this.#describe(last.result, last.durationMs);
      // In mistake mode the explanation sits next to the step too, not only in the call panel.
      const mistake = snap.mistake?.phase === this.#phase ? snap.mistake : null;
      result.textContent = mistake
        ? `${text} ${t.code('call.mistake', engine.runner.phase(mistake.phase).mistake?.(mistake.error) ?? 'other')}`
        : text;
      result.dataset['tone'] = last.result.outcome === 'done' ? '' : 'error';
    } else if (result && snap.lastRun === null) {
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
  if (!customElements.get('call-step')) customElements.define('call-step', CallStep);
}
