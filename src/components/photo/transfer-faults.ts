import type { Translate } from '../../i18n';
import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';
import { applyModeTexts, modeKey } from './mode-text';
import { getPhotoCall } from './photo-call';

/**
 * Buttons that make this page's sending end send one broken transfer each. The receiving side's answer appears
 * below them: Bob's in one page, and in two tabs in the other tab's copy of this box.
 */
class TransferFaults extends Island {
  #t: Translate = clientStrings('transfer');
  #call = getPhotoCall();

  protected mount(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-fault]')) {
      this.listen(button, 'click', () => this.#play(button.dataset['fault'] ?? ''));
    }
    this.own(this.#call.onChange(() => applyModeTexts(this, this.#t, this.#call.mode)));
    this.own(
      this.#call.subscribe(({ side, purpose, event }) => {
        if (side !== 'remote' || purpose !== 'fault' || event.type !== 'failed') return;
        this.#result(this.#t.code('transfer.failed', event.code), event.code);
      }),
    );
  }

  #play(fault: string): void {
    const call = this.#call;
    this.#result('', null);
    if (call.playFault(fault)) {
      if (call.mode === 'tabs') this.#result(this.#t('transfer.tabs.faultSent'), null);
      return;
    }
    this.#result(this.#t(call.connected ? 'transfer.refusal.busy' : modeKey('needOpen', call.mode)), null);
  }

  #result(text: string, code: string | null): void {
    const result = this.querySelector<HTMLElement>('[data-fault-result]');
    if (!result) return;
    result.textContent = text;
    if (code) result.dataset['code'] = code;
    else delete result.dataset['code'];
  }
}

export function defineTransferFaults(): void {
  defineIsland('transfer-faults', TransferFaults);
}
