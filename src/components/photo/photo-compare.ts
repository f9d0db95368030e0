import type { Translate } from '../../i18n';
import type { SendResult } from '../../lib/transfer/sender';
import { clientStrings } from '../client-strings';
import { h } from '../dom';
import { defineIsland, Island } from '../island';
import { size } from './format';
import { modeKey } from './mode-text';
import { encodeCanvas, sentenceOf } from './outcome';
import { getPhotoCall } from './photo-call';

/** One way of sending the snapped photo, measured: what it took to prepare the bytes and to deliver them. */
interface Measured {
  readonly way: string;
  readonly bytes: number;
  readonly chunks: number;
  readonly prepareMs: number;
  readonly transferMs: number;
}

/**
 * The codelab's way against ours, on the photo in canvas#photo: its raw RGBA pixels (what the codelab sends) and the
 * same picture encoded as chosen above, each through the same protocol, measured in this browser.
 */
class PhotoCompare extends Island {
  #t: Translate = clientStrings('transfer');
  #call = getPhotoCall();

  protected mount(): void {
    this.listen(this.querySelector('[data-compare]'), 'click', () => void this.#run());
  }

  async #run(): Promise<void> {
    const t = this.#t;
    const canvas = document.querySelector<HTMLCanvasElement>('canvas#photo');
    const context = canvas?.getContext('2d');
    if (!this.#call.connected) return this.#say(t(modeKey('notOpen', this.#call.mode)), true);
    if (this.#call.busy.sending) return this.#say(t('transfer.refusal.busy'), true);
    if (!canvas || !context || !canvas.dataset['snapped']) return this.#say(t('transfer.photo.noPhoto'), true);
    const type = document.querySelector<HTMLSelectElement>('photo-booth [name="format"]')?.value ?? 'image/jpeg';
    const quality = Number(document.querySelector<HTMLInputElement>('photo-booth [name="quality"]')?.value ?? 0.85);
    const { width, height } = canvas;
    this.#say(t('transfer.compare.running'));

    let began = performance.now();
    const pixels = context.getImageData(0, 0, width, height).data;
    const raw = new Blob([pixels]);
    const rawPrepare = performance.now() - began;
    const rawResult = await this.#call.send(
      { blob: raw, kind: 'file', name: `photo-${width}x${height}.rgba`, mime: 'application/octet-stream' },
      'compare',
    );
    if (rawResult.outcome !== 'delivered') return this.#failed(rawResult);

    began = performance.now();
    const encoded = encodeCanvas(canvas, type, quality);
    const encodePrepare = performance.now() - began;
    if (!encoded) return this.#say(t('transfer.photo.encodeFailed', { type }), true);
    const encodedResult = await this.#call.send(
      { blob: encoded, kind: 'photo', name: 'photo', mime: encoded.type, width, height },
      'compare',
    );
    if (encodedResult.outcome !== 'delivered') return this.#failed(encodedResult);

    const rows: Measured[] = [
      { way: t('transfer.compare.raw'), ...figures(rawResult, rawPrepare) },
      { way: t('transfer.compare.encoded', { type: encoded.type, quality }), ...figures(encodedResult, encodePrepare) },
    ];
    this.#table(rows);
    const [before, after] = rows as [Measured, Measured];
    const total = (row: Measured) => row.prepareMs + row.transferMs;
    this.#say(
      t('transfer.compare.summary', {
        factor: (before.bytes / Math.max(1, after.bytes)).toFixed(0),
        share: ((total(after) / Math.max(0.001, total(before))) * 100).toFixed(0),
      }),
    );
  }

  #table(rows: readonly Measured[]): void {
    const cells = (row: Measured) => [
      row.way,
      size(row.bytes),
      String(row.chunks),
      `${row.prepareMs.toFixed(1)} ms`,
      `${row.transferMs.toFixed(1)} ms`,
      `${(row.prepareMs + row.transferMs).toFixed(1)} ms`,
    ];
    this.querySelector('[data-compare-rows]')?.replaceChildren(
      ...rows.map((row) => h('tr', { 'data-bytes': row.bytes }, ...cells(row).map((text) => h('td', {}, text)))),
    );
    const table = this.querySelector<HTMLElement>('[data-compare-table]');
    if (table) table.hidden = false;
  }

  #failed(result: SendResult): void {
    this.#say(this.#t('transfer.compare.failed', { reason: sentenceOf(this.#t, result, this.#call.mode) }), true);
  }

  #say(text: string, bad = false): void {
    const element = this.querySelector<HTMLElement>('[data-compare-status]');
    if (!element) return;
    element.textContent = text;
    if (bad) element.dataset['tone'] = 'bad';
    else delete element.dataset['tone'];
  }
}

function figures(result: Extract<SendResult, { outcome: 'delivered' }>, prepareMs: number) {
  return { bytes: result.bytes, chunks: result.chunks, prepareMs, transferMs: result.ms };
}

export function definePhotoCompare(): void {
  defineIsland('photo-compare', PhotoCompare);
}
