import type { Translate } from '../../i18n';
import { chunkLimit } from '../../lib/transfer/protocol';
import type { SendResult } from '../../lib/transfer/sender';
import { clientStrings } from '../client-strings';
import { h } from '../dom';
import { frameBatcher } from '../frame-batch';
import { defineIsland, Island } from '../island';
import { size } from './format';
import { applyModeTexts, modeKey } from './mode-text';
import { encodeCanvas, sentenceOf } from './outcome';
import { reachMilestone } from '../progress/reach';
import { getPhotoCall, type LinkMode } from './photo-call';

/** Photos kept in the trail; older ones leave it and their object URLs are released. */
const trailLength = 12;

/**
 * The codelab's photo page: Start (camera or test pattern; in one page also chapter 6's connection), Snap into
 * canvas#photo, Send it encoded, and the trail of received photos at the sender's size, newest first (Bob's in one
 * page, this tab's in two).
 */
class PhotoBooth extends Island {
  #t: Translate = clientStrings('transfer');
  #call = getPhotoCall();
  #busy = false;
  #shown = 0;
  #urls: string[] = [];
  #mode: LinkMode = 'page';

  protected mount(): void {
    const call = this.#call;
    this.listen(this.querySelector('#startButton'), 'click', () => void this.#start());
    this.listen(this.querySelector('#stopButton'), 'click', () => {
      call.stop();
      this.#status(this.#t(modeKey('stopped', call.mode)));
    });
    this.listen(this.querySelector('#snap'), 'click', () => void this.#snap());
    this.listen(this.querySelector('#send'), 'click', () => void this.#send(false));
    this.listen(this.querySelector('#snapAndSend'), 'click', () => void this.#send(true));
    this.listen(this.#input('quality'), 'input', () => {
      const output = this.querySelector('[data-quality]');
      if (output) output.textContent = this.#input('quality')?.value ?? '';
    });
    this.own(call.onChange(frameBatcher(() => this.#render(), { delayMs: 0, minIntervalMs: 50 })));
    this.own(
      call.subscribe(({ side, purpose, event }) => {
        if (side === 'remote' && purpose === 'photo' && event.type === 'received') {
          this.#show(event.header, event.blob);
          reachMilestone('09-photo', 'photo-received');
        }
      }),
    );
    this.own(() => this.#urls.splice(0).forEach((url) => URL.revokeObjectURL(url)));
    this.#render();
  }

  async #start(): Promise<void> {
    const t = this.#t;
    const source = this.#input('source')?.value === 'test-pattern' ? 'test-pattern' : 'camera';
    this.#status(t('transfer.status.starting'));
    const result = await this.#call.start(source);
    if (!result.ok) {
      return this.#status(t(result.code === 'busy' ? 'transfer.status.busy' : 'transfer.status.notConnected'), true);
    }
    const video = this.querySelector<HTMLVideoElement>('#localVideo');
    if (video) {
      video.srcObject = this.#call.stream;
      // autoplay alone does not start a muted video that is out of view (the booth scrolled away, a tab behind another).
      video.play().catch(() => undefined);
      // A camera's first frames can be black: snapping only after a couple of frames were shown avoids sending one.
      await frames(video, 2);
    }
    const max = this.#call.maxMessageSize;
    const connected =
      this.#call.mode === 'tabs'
        ? t('transfer.tabs.started')
        : t('transfer.status.connected', { chunk: chunkLimit(max), max: max ?? '?' });
    const fallback = result.cameraFailure
      ? `${t('transfer.status.fallback', { reason: t(`media.error.${result.cameraFailure.code}.title` as const) })} `
      : '';
    this.#status(fallback + connected);
  }

  /** Draws the current frame into canvas#photo at the video's own size; false when there is no picture. */
  async #snap(): Promise<boolean> {
    const video = this.querySelector<HTMLVideoElement>('#localVideo');
    const canvas = this.querySelector<HTMLCanvasElement>('#photo');
    if (!video || !canvas || !this.#call.stream) {
      this.#note(this.#t('transfer.photo.noSource'), true);
      return false;
    }
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) await frames(video, 1);
    if (!video.videoWidth || !this.#call.stream) {
      this.#note(this.#t('transfer.photo.noSource'), true);
      return false;
    }
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
    canvas.dataset['snapped'] = String(Date.now());
    this.#note(this.#t('transfer.photo.snapped', { width: canvas.width, height: canvas.height }));
    return true;
  }

  async #send(snapFirst: boolean): Promise<void> {
    const t = this.#t;
    // A second click while the first is still encoding or sending is refused by name, never sent twice.
    if (this.#busy || this.#call.busy.sending) return this.#note(t('transfer.refusal.busy'), true);
    if (!this.#call.connected) return this.#note(t(modeKey('notOpen', this.#call.mode)), true);
    this.#busy = true;
    try {
      if (snapFirst) {
        performance.clearMarks('webrtc:photo-start');
        performance.mark('webrtc:photo-start');
        if (!(await this.#snap())) return;
      }
      const canvas = this.querySelector<HTMLCanvasElement>('#photo');
      if (!canvas?.dataset['snapped']) return this.#note(t('transfer.photo.noPhoto'), true);
      const type = this.#input('format')?.value ?? 'image/jpeg';
      const quality = Number(this.#input('quality')?.value ?? 0.85);
      const blob = encodeCanvas(canvas, type, quality);
      if (!blob) return this.#note(t('transfer.photo.encodeFailed', { type }), true);
      const { width, height } = canvas;
      const name = `photo-${Date.now()}.${blob.type.split('/')[1] ?? 'img'}`;
      const result = await this.#call.send({ blob, kind: 'photo', name, mime: blob.type, width, height }, 'photo');
      this.#report(result, { width, height, type: blob.type });
    } finally {
      this.#busy = false;
    }
  }

  #report(result: SendResult, photo: { width: number; height: number; type: string }): void {
    if (result.outcome !== 'delivered') return this.#note(sentenceOf(this.#t, result, this.#call.mode), true);
    this.#note(
      this.#t('transfer.photo.sent', {
        ...photo,
        size: size(result.bytes),
        chunks: result.chunks,
        ms: result.ms.toFixed(0),
      }),
    );
  }

  /** A received photo goes first in the trail, at the width and height the sender's header announced. */
  #show(header: { width?: number; height?: number; mime: string; size: number }, blob: Blob): void {
    const trail = this.querySelector('#trail');
    if (!trail || !header.width || !header.height) return;
    const n = ++this.#shown;
    const url = URL.createObjectURL(blob);
    this.#urls.unshift(url);
    const { width, height } = header;
    const alt = this.#t(modeKey('alt', this.#call.mode), { n, width, height });
    const img = h('img', { src: url, width, height, alt });
    const caption = this.#t('transfer.photo.caption', { n, width, height, type: header.mime, size: size(header.size) });
    trail.prepend(h('figure', { 'data-photo': n }, img, h('figcaption', {}, caption)));
    void img.decode().then(
      () => performance.mark('webrtc:photo-shown'),
      () => undefined,
    );
    while (trail.children.length > trailLength) trail.lastElementChild?.remove();
    for (const old of this.#urls.splice(trailLength)) URL.revokeObjectURL(old);
    const empty = this.querySelector<HTMLElement>('[data-trail-empty]');
    if (empty) empty.hidden = true;
  }

  #render(): void {
    const call = this.#call;
    if (call.mode !== this.#mode) {
      // Another mode: other words, the status starts over in them, and the trail holds only this mode's photos.
      this.#mode = call.mode;
      applyModeTexts(this, this.#t, call.mode);
      this.#status(this.#t(modeKey('idle', call.mode)));
      this.#note('');
      this.querySelector('#trail')?.replaceChildren();
      for (const url of this.#urls.splice(0)) URL.revokeObjectURL(url);
      const empty = this.querySelector<HTMLElement>('[data-trail-empty]');
      if (empty) empty.hidden = false;
    }
    const started = call.stream !== null || call.starting;
    const start = this.querySelector<HTMLButtonElement>('#startButton');
    const stop = this.querySelector<HTMLButtonElement>('#stopButton');
    const source = this.#input('source');
    if (start) start.disabled = started;
    if (stop) stop.disabled = !started;
    if (source) source.disabled = started;
    // For tests and styles: idle, starting, started (camera on, not connected) or connected.
    this.dataset['state'] = call.connected
      ? 'connected'
      : call.starting
        ? 'starting'
        : call.stream
          ? 'started'
          : 'idle';
    if (!call.stream) {
      const video = this.querySelector<HTMLVideoElement>('#localVideo');
      if (video?.srcObject) video.srcObject = null;
    }
  }

  #input(name: string): HTMLInputElement | HTMLSelectElement | null {
    return this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  }

  #status(text: string, bad = false): void {
    setText(this.querySelector('[data-status]'), text, bad);
  }

  #note(text: string, bad = false): void {
    setText(this.querySelector('[data-photo-status]'), text, bad);
  }
}

function setText(element: Element | null, text: string, bad: boolean): void {
  if (!(element instanceof HTMLElement)) return;
  element.textContent = text;
  if (bad) element.dataset['tone'] = 'bad';
  else delete element.dataset['tone'];
}

/** Resolves once the video has shown `count` frames (or right away when it has no stream to show). */
async function frames(video: HTMLVideoElement, count: number): Promise<void> {
  for (let i = 0; i < count && video.srcObject; i++) {
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      video.requestVideoFrameCallback(done);
      video.addEventListener('emptied', done, { once: true });
    });
  }
}

export function definePhotoBooth(): void {
  defineIsland('photo-booth', PhotoBooth);
}
