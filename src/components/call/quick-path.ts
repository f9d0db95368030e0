import { clientStrings } from '../client-strings';
import { frameBatcher } from '../frame-batch';
import { getPageCall } from './controller';
import { reasonText } from './reason-text';
import { traceLine } from './trace';

const maxTraceLines = 300;

/** The codelab's three buttons over the same engine, with its timestamped trace and the measured setup time. */
class QuickPath extends HTMLElement {
  #t = clientStrings('call');
  #call = getPageCall();
  #origin = performance.now();
  #schedule = frameBatcher(() => this.#render());
  #pendingLines: { text: string; error: boolean }[] = [];
  #flushTrace = frameBatcher(() => this.#writeTrace());

  connectedCallback(): void {
    const { engine } = this.#call;
    const start = this.querySelector<HTMLButtonElement>('#startButton');
    const call = this.querySelector<HTMLButtonElement>('#callButton');
    const hangup = this.querySelector<HTMLButtonElement>('#hangupButton');
    start?.addEventListener('click', () => {
      void engine.run('get-user-media');
    });
    call?.addEventListener('click', () => {
      // Ask the rules, not the button: its look may be a frame behind a fast reader.
      if (!engine.verdict('create-peers').allowed) return;
      this.#call.markCall();
      void engine.quickCall();
    });
    hangup?.addEventListener('click', () => engine.hangUp());
    engine.onChange(this.#schedule);
    engine.subscribe((event) => {
      const line = traceLine(event, this.#origin);
      if (line) {
        this.#pendingLines.push(line);
        this.#flushTrace();
      }
      if (event.type === 'first-frame') this.#schedule();
    });
    this.#render();
  }

  #render(): void {
    const { engine } = this.#call;
    for (const [selector, phase] of [
      ['#startButton', 'get-user-media'],
      ['#callButton', 'create-peers'],
    ] as const) {
      const button = this.querySelector<HTMLButtonElement>(selector);
      const verdict = engine.verdict(phase);
      button?.setAttribute('aria-disabled', String(!verdict.allowed));
      if (button) button.title = verdict.allowed ? '' : reasonText(this.#t, verdict.reason);
    }
    const setup = this.querySelector('[data-setup]');
    const ms = this.#call.setupMs;
    if (setup)
      setup.textContent =
        ms === null ? this.#t('call.quick.setupNone') : this.#t('call.quick.setupValue', { ms: ms.toFixed(0) });
  }

  /** Appends the lines gathered since the last frame, then scrolls once. */
  #writeTrace(): void {
    const list = this.querySelector('[data-trace]');
    if (!list) return;
    const items = this.#pendingLines
      .splice(0)
      .slice(-maxTraceLines)
      .map(({ text, error }) => {
        const item = document.createElement('li');
        item.textContent = text;
        if (error) item.dataset['tone'] = 'error';
        return item;
      });
    list.append(...items);
    while (list.childElementCount > maxTraceLines) list.firstElementChild?.remove();
    list.scrollTop = list.scrollHeight;
  }
}

export function defineQuickPath(): void {
  if (!customElements.get('call-quick-path')) customElements.define('call-quick-path', QuickPath);
}
