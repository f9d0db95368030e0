import type { Translate } from '../../i18n';
import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';
import { getPhotoCall } from './photo-call';

/** Buttons that make Alice's end send one broken transfer each; Bob's answer appears below them. */
class TransferFaults extends Island {
  #t: Translate = clientStrings('transfer');
  #call = getPhotoCall();

  protected mount(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-fault]')) {
      this.listen(button, 'click', () => this.#play(button.dataset['fault'] ?? ''));
    }
    this.own(
      this.#call.subscribe(({ side, purpose, event }) => {
        if (side !== 'remote' || purpose !== 'fault' || event.type !== 'failed') return;
        const result = this.querySelector<HTMLElement>('[data-fault-result]');
        if (!result) return;
        result.textContent = this.#t.code('transfer.failed', event.code);
        result.dataset['code'] = event.code;
      }),
    );
  }

  #play(fault: string): void {
    const result = this.querySelector<HTMLElement>('[data-fault-result]');
    if (result) delete result.dataset['code'];
    if (this.#call.playFault(fault)) return;
    if (result)
      result.textContent = this.#t(this.#call.connected ? 'transfer.refusal.busy' : 'transfer.fault.needOpen');
  }
}

export function defineTransferFaults(): void {
  defineIsland('transfer-faults', TransferFaults);
}
