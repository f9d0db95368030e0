import type { Verdict } from '../../lib/runner/types';
import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';
import { watchSlice } from '../slice';
import { getPageCall } from './controller';
import { showLiveCall } from '../page-store';
import { reasonText } from './reason-text';
import { traceLine } from './trace';
import { traceWriter } from './trace-log';

/** The codelab's three buttons over the same engine, with its timestamped trace and the measured setup time. */
class QuickPath extends Island {
  #t = clientStrings('call');
  #call = getPageCall();
  #origin = performance.now();
  #trace = traceWriter(() => this.querySelector('[data-trace]'));

  protected mount(): void {
    const { engine } = this.#call;
    // Any of the three buttons acts on the live call, so the page goes back to it from a saved call's replay.
    this.listen(this, 'click', (event) => {
      if ((event.target as Element).closest('button')) showLiveCall(engine);
    });
    this.listen(this.querySelector('#startButton'), 'click', () => void engine.run('get-user-media'));
    this.listen(this.querySelector('#callButton'), 'click', () => {
      // Ask the rules, not the button: its look may be a frame behind a fast reader.
      if (!engine.verdict('create-peers').allowed) return;
      this.#call.markCall();
      void engine.quickCall();
    });
    this.listen(this.querySelector('#hangupButton'), 'click', () => engine.hangUp());
    this.own(
      engine.subscribe((event) => {
        this.#trace(traceLine(event, this.#origin, this.#t));
      }),
    );
    this.own(
      watchSlice(
        engine,
        () => ({
          start: engine.verdict('get-user-media'),
          call: engine.verdict('create-peers'),
          setupMs: this.#call.setupMs,
        }),
        (slice) => this.#render(slice),
      ),
    );
  }

  #render(slice: { start: Verdict; call: Verdict; setupMs: number | null }): void {
    for (const [selector, verdict] of [
      ['#startButton', slice.start],
      ['#callButton', slice.call],
    ] as const) {
      const button = this.querySelector<HTMLButtonElement>(selector);
      button?.setAttribute('aria-disabled', String(!verdict.allowed));
      // Said in words beside the buttons (and as their description), not only in a hover title.
      const reason = this.querySelector(`[data-reason-for="${selector.slice(1)}"]`);
      if (reason) reason.textContent = verdict.allowed ? '' : reasonText(this.#t, verdict.reason);
    }
    const setup = this.querySelector('[data-setup]');
    const ms = slice.setupMs;
    if (setup)
      setup.textContent =
        ms === null ? this.#t('call.quick.setupNone') : this.#t('call.quick.setupValue', { ms: ms.toFixed(0) });
  }
}

export function defineQuickPath(): void {
  defineIsland('call-quick-path', QuickPath);
}
