import type { Translate } from '../../i18n';
import { decodeDescription, encodeDescription } from '../../lib/signaling/manual';
import { createManualPeer, type ManualPeer, type ManualPhase, type ManualStep } from '../../lib/signaling/manual-peer';
import type { LogEntry } from '../../lib/signaling/message-log';
import { browserTimers } from './open-transport';
import { reachMilestone } from '../progress/reach';

/** What one QR code holds in byte mode at the lowest error correction (version 40). */
const qrCapacity = 2953;

const streams = { CompressionStream, DecompressionStream };

/**
 * The copy/paste transport: one side's offer and the other's answer carried as text or a QR code, then a data channel
 * between the two pages. The QR code modules are loaded only when a code is drawn or scanned.
 */
export class ManualPanel {
  readonly #root: HTMLElement;
  readonly #t: Translate;
  readonly #log: (entry: LogEntry) => void;
  #peer: ManualPeer;
  #stopScan: (() => void) | null = null;
  #cleanups: (() => void)[] = [];

  constructor(root: HTMLElement, t: Translate, log: (entry: LogEntry) => void) {
    this.#root = root;
    this.#t = t;
    this.#log = log;
    this.#peer = this.#newPeer();
    const on = (selector: string, type: string, handler: (event: Event) => void): void => {
      const target = root.querySelector(selector);
      target?.addEventListener(type, handler);
      this.#cleanups.push(() => target?.removeEventListener(type, handler));
    };
    on('[data-manual="offer"]', 'click', () => void this.#createOffer());
    on('[data-manual="use"]', 'click', () => void this.#use());
    on('[data-manual="reset"]', 'click', () => this.#reset());
    on('[data-manual="copy"]', 'click', () => void this.#copy());
    on('[data-manual="scan"]', 'click', () => void this.#scan());
    on('[data-manual="stop-scan"]', 'click', () => this.#endScan());
    on('[data-chat]', 'submit', (event) => {
      event.preventDefault();
      this.#sendChat();
    });
    this.#render();
  }

  /** Closes the connection and the camera; the panel is done. */
  close(): void {
    this.#endScan();
    this.#peer.close();
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.#root.querySelector<T>(selector)!;
  }

  #newPeer(): ManualPeer {
    const peer = createManualPeer({ RTCPeerConnection, timers: browserTimers });
    peer.subscribe((event) => {
      if (event.type === 'phase') {
        this.#render();
        return;
      }
      this.#showMessage(event.direction, event.text);
      // A message from the other side means the pasted descriptions connected the two peers.
      if (event.direction === 'in') reachMilestone('07-signaling', 'message-exchanged');
    });
    return peer;
  }

  #reset(): void {
    this.#endScan();
    this.#peer.close();
    this.#peer = this.#newPeer();
    this.#part<HTMLTextAreaElement>('#manualIn').value = '';
    this.#part('[data-manual-out]').hidden = true;
    this.#part('#channelLog').replaceChildren();
    this.#error('');
    this.#render();
  }

  async #createOffer(): Promise<void> {
    this.#error('');
    await this.#show(await this.#peer.createOffer());
  }

  async #use(): Promise<void> {
    const input = this.#part<HTMLTextAreaElement>('#manualIn');
    const t = this.#t;
    if (input.value.trim() === '') return this.#error(t('signal.manual.empty'));
    const decoded = await decodeDescription(input.value, streams);
    if (!decoded.ok) {
      this.#log({
        direction: 'in',
        type: 'rejected',
        size: input.value.length,
        at: Date.now(),
        detail: null,
        code: decoded.code,
      });
      return this.#error(t('signal.manual.bad', { reason: t(`signal.reject.${decoded.code}`) }));
    }
    const { description, sizes } = decoded;
    this.#log({
      direction: 'in',
      type: 'description',
      size: sizes.text,
      at: Date.now(),
      detail: description.type,
      code: null,
    });
    this.#error('');
    if (description.type === 'answer' && this.#peer.phase === 'offer-ready') {
      const result = await this.#peer.acceptAnswer(description);
      if (!result.ok) this.#refused(result.code, result.detail);
      return;
    }
    if (description.type === 'offer' && this.#peer.phase === 'offer-ready') return this.#refused('not-an-answer', '');
    if (description.type === 'answer') return this.#refused('not-an-offer', '');
    await this.#show(await this.#peer.acceptOffer(description));
  }

  async #show(step: ManualStep): Promise<void> {
    const t = this.#t;
    if (!step.ok) return this.#refused(step.code, step.detail);
    const { text, sizes } = await encodeDescription(step.description, streams);
    this.#log({
      direction: 'out',
      type: 'description',
      size: sizes.text,
      at: Date.now(),
      detail: step.description.type,
      code: null,
    });
    this.#part('[data-manual-out]').hidden = false;
    this.#part('[data-out-heading]').textContent = t(
      step.description.type === 'offer' ? 'signal.manual.outOffer' : 'signal.manual.outAnswer',
    );
    this.#part('[data-sizes]').textContent = t('signal.manual.sizes', { ...sizes });
    this.#part('[data-gather-note]').textContent = step.gathering === 'timeout' ? t('signal.manual.gatherTimeout') : '';
    this.#part<HTMLTextAreaElement>('#manualOut').value = text;
    await this.#drawQr(text);
  }

  async #drawQr(text: string): Promise<void> {
    const t = this.#t;
    const canvas = this.#part<HTMLCanvasElement>('[data-qr]');
    const note = this.#part('[data-qr-note]');
    canvas.hidden = true;
    if (text.length > qrCapacity) {
      note.textContent = t('signal.manual.qrTooBig', { text: text.length });
      return;
    }
    note.textContent = t('signal.manual.qrLoading');
    try {
      const { drawQr } = await import('./qr-draw');
      drawQr(canvas, text);
      canvas.hidden = false;
      note.textContent = '';
    } catch {
      note.textContent = t('signal.manual.qrFailed');
    }
  }

  async #copy(): Promise<void> {
    const t = this.#t;
    const note = this.#part('[data-copy-note]');
    try {
      await navigator.clipboard.writeText(this.#part<HTMLTextAreaElement>('#manualOut').value);
      note.textContent = t('signal.manual.copied');
    } catch {
      this.#part<HTMLTextAreaElement>('#manualOut').select();
      note.textContent = t('signal.manual.copyFailed');
    }
  }

  async #scan(): Promise<void> {
    if (this.#stopScan) return;
    const t = this.#t;
    const video = this.#part<HTMLVideoElement>('[data-scan-video]');
    const note = this.#part('[data-scan-note]');
    try {
      const { scanQr } = await import('./qr-scan');
      note.textContent = t('signal.manual.scanning');
      this.#stopScan = await scanQr(video, (text) => {
        this.#part<HTMLTextAreaElement>('#manualIn').value = text;
        note.textContent = t('signal.manual.scanned');
        this.#endScan();
      });
      this.#renderScan();
    } catch (error) {
      note.textContent = t('signal.manual.scanFailed', { name: error instanceof Error ? error.name : String(error) });
      this.#endScan();
    }
  }

  #endScan(): void {
    this.#stopScan?.();
    this.#stopScan = null;
    this.#renderScan();
  }

  #renderScan(): void {
    const scanning = this.#stopScan !== null;
    this.#part('[data-scan-video]').hidden = !scanning;
    this.#part('[data-manual="scan"]').hidden = scanning;
    this.#part('[data-manual="stop-scan"]').hidden = !scanning;
  }

  #sendChat(): void {
    const input = this.#part<HTMLInputElement>('#channelMessage');
    if (input.value === '' || !this.#peer.send(input.value)) return;
    input.value = '';
  }

  #showMessage(direction: 'in' | 'out', text: string): void {
    const item = document.createElement('li');
    item.dataset['direction'] = direction;
    const who = document.createElement('span');
    who.className = 'chat-who';
    who.textContent = this.#t(direction === 'out' ? 'signal.manual.you' : 'signal.manual.them');
    const body = document.createElement('span');
    body.textContent = text;
    item.append(who, body);
    this.#part('#channelLog').append(item);
  }

  #refused(code: string, detail: string): void {
    const t = this.#t;
    const known = code === 'wrong-phase' || code === 'not-an-offer' || code === 'not-an-answer';
    this.#error(
      known ? t(`signal.manual.code.${code}`) : t('signal.manual.code.other', { name: code, message: detail }),
    );
  }

  #error(text: string): void {
    this.#part('[data-manual-error]').textContent = text;
  }

  #render(): void {
    const phase: ManualPhase = this.#peer.phase;
    const status = this.#part('#manualStatus');
    status.dataset['status'] = phase;
    status.textContent = this.#t(`signal.manual.status.${phase}`);
    this.#part<HTMLButtonElement>('[data-manual="offer"]').disabled = phase !== 'idle';
    this.#part('[data-chat]').hidden = phase !== 'open';
  }
}
