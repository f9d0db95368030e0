import type { Translate } from '../../i18n';
import { cameraConstraints, isResolutionId, resolutionPresets, type CameraChoice } from '../../lib/media/constraints';
import { deliveredVideo, describeStream } from '../../lib/media/describe';
import { paragraph, renderSnapshot } from './stream-readout';
import { listCameras, type CameraInfo } from '../../lib/media/devices';
import { describeFailure } from '../media/failure-text';
import { openLocalMedia } from '../../lib/media/local-media';
import { createStreamController, type StreamState } from '../../lib/media/request';
import { stopStream } from '../../lib/media/stop';
import type { TestPatternOptions } from '../../lib/media/test-pattern';
import { clientStrings } from '../client-strings';
import { h } from '../dom';
import { Island } from '../island';
import { reachMilestone } from '../progress/reach';

const patternSize = { width: 640, height: 480, fps: 30 } as const;

/** The chapter 4 lab: forwards clicks to the media module and shows its state, the stream and any failure. */
export class WebcamLab extends Island {
  readonly #controller = createStreamController();
  readonly #t: Translate = clientStrings('media');
  /** The last stream shown, kept after it stops so the reader can see its tracks ended. */
  #lastStream: MediaStream | null = null;
  #refreshDevices = () => void this.#showDevices();
  #renderStream = () => this.#showStream();

  protected mount(): void {
    this.listen(this, 'click', this.#onClick);
    this.listen(this, 'change', this.#onChange);
    this.listen(this.#video, 'resize', this.#renderStream);
    this.listen(this.#video, 'playing', () => reachMilestone('04-webcam', 'live-video'));
    this.own(this.#controller.subscribe((state) => this.#render(state)));
    const devices = navigator.mediaDevices;
    if (devices) {
      devices.addEventListener('devicechange', this.#refreshDevices);
      this.own(() => devices.removeEventListener('devicechange', this.#refreshDevices));
    }
    // Leaving the page turns the camera off.
    this.own(() => this.#controller.stop());
    this.#render(this.#controller.state);
    void this.#showDevices();
  }

  #onClick = (event: Event): void => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
    const state = this.#controller.state;
    // Pressing Start for what is already showing changes nothing; a new choice in the settings restarts it.
    const showing = state.status === 'live' ? state.source : null;
    switch (action) {
      case 'start-camera':
      case 'retry':
        if (showing !== 'camera') this.#startCamera();
        break;
      case 'use-test-pattern':
      case 'fallback-test-pattern':
        if (showing !== 'test-pattern') this.#startTestPattern();
        break;
      case 'stop-camera':
        this.#controller.stop();
        break;
      case 'cancel-request':
        this.#controller.cancel();
        break;
    }
  };

  #onChange = (event: Event): void => {
    const setting = (event.target as HTMLElement).dataset['setting'];
    if (setting === 'mirror' || setting === 'filter') return this.#showView();
    const state = this.#controller.state;
    // A live stream follows the new choice at once: ask again with the new constraints.
    if (state.status === 'live' && state.source === 'camera' && setting !== 'tone') this.#startCamera();
    else if (state.status === 'live' && state.source === 'test-pattern' && setting === 'tone') this.#startTestPattern();
    else this.#showAsked();
  };

  #startCamera(): void {
    const constraints = cameraConstraints(this.#choice());
    this.#controller.start('camera', () => openLocalMedia('camera', constraints));
  }

  #startTestPattern(): void {
    const options = this.#patternOptions();
    this.#controller.start('test-pattern', () => openLocalMedia('test-pattern', {}, options));
  }

  #choice(): CameraChoice {
    const resolution = this.#select('resolution').value;
    return {
      deviceId: this.#select('device').value,
      resolution: isResolutionId(resolution) ? resolution : 'any',
      exact: this.#checkbox('exact').checked,
    };
  }

  #patternOptions(): TestPatternOptions {
    return { ...patternSize, audio: this.#checkbox('tone').checked };
  }

  #render(state: StreamState): void {
    const focused = document.activeElement;
    const requesting = state.status === 'requesting';
    const live = state.status === 'live' ? state.media.stream : null;

    if (live && this.#video.srcObject !== live) {
      this.#video.muted = true;
      this.#video.srcObject = live;
      // play() is interrupted (AbortError) when the source changes again before it starts; autoplay covers it.
      this.#video.play().catch(() => undefined);
      this.#watchTracks(live);
      this.#lastStream = live;
    } else if (!live && this.#video.srcObject) {
      stopStream(null, this.#video);
    }

    this.#part('[data-empty]').hidden = live !== null;
    this.#button('start-camera').setAttribute('aria-disabled', String(requesting));
    this.#button('use-test-pattern').setAttribute('aria-disabled', String(requesting));
    this.#button('stop-camera').disabled = !live;
    this.#button('cancel-request').hidden = !requesting;

    this.#part('[data-status]').textContent = this.#statusText(state);
    this.#showFailure(state);
    this.#showAsked();
    this.#showStream();
    if (live && state.status === 'live' && state.source === 'camera') void this.#showDevices();

    // A control that just disappeared or was disabled must not leave keyboard focus on nothing.
    if (focused instanceof HTMLElement && this.contains(focused) && !isUsable(focused)) {
      this.#button('start-camera').focus();
    }
  }

  #statusText(state: StreamState): string {
    const t = this.#t;
    switch (state.status) {
      case 'idle':
        return t(`media.status.${state.reason}`);
      case 'requesting':
        return state.waitingForPermission && state.source === 'camera'
          ? t('media.status.waiting')
          : t(`media.status.requesting.${state.source}`);
      case 'live':
        return t(`media.status.live.${state.source}`, { size: this.#sizeText(state.media.stream) });
      case 'failed':
        return t('media.status.failed');
    }
  }

  #sizeText(stream: MediaStream): string {
    const { width, height, frameRate } = deliveredVideo(stream);
    if (width === undefined || height === undefined) return this.#t('media.size.unknown');
    return this.#t('media.size', { width, height, fps: frameRate === undefined ? '?' : Math.round(frameRate) });
  }

  #showFailure(state: StreamState): void {
    const panel = this.#part('[data-failure]');
    if (state.status !== 'failed') {
      panel.hidden = true;
      return;
    }
    const text = describeFailure(state.failure, this.#t);
    this.#part('[data-failure-title]').textContent = this.#t('media.error.heading', { title: text.title });
    this.#part('[data-failure-text]').textContent = text.text;
    this.#part('[data-failure-detail]').textContent = text.detail;
    // Trying again cannot help on an insecure page: only another address can.
    this.#button('retry').hidden = state.failure.code === 'insecure-context';
    panel.hidden = false;
  }

  #showAsked(): void {
    const state = this.#controller.state;
    const source = state.status === 'idle' ? 'camera' : state.source;
    this.#part('[data-asked]').textContent =
      source === 'camera'
        ? `navigator.mediaDevices.getUserMedia(${JSON.stringify(cameraConstraints(this.#choice()), null, 2)})`
        : `createTestPattern(${JSON.stringify(this.#patternOptions(), null, 2)})`;
  }

  #showStream(): void {
    const state = this.#controller.state;
    const t = this.#t;
    const delivered = this.#part('[data-delivered]');
    if (state.status === 'live') {
      const wanted = resolutionPresets.find((p) => p.id === this.#choice().resolution);
      const { width, height } = deliveredVideo(state.media.stream);
      const size = this.#sizeText(state.media.stream);
      delivered.textContent =
        state.source === 'camera' && wanted && (wanted.width !== width || wanted.height !== height)
          ? t('media.delivered.differs', { wanted: `${wanted.width} × ${wanted.height}`, size })
          : t('media.delivered.matches', { size });
    } else {
      delivered.textContent = t('media.delivered.none');
    }
    const inspector = this.#part('[data-inspector]');
    const stream = this.#lastStream;
    if (!stream) return;
    const current = state.status === 'live' && state.media.stream === stream;
    inspector.replaceChildren(
      paragraph(t(current ? 'media.inspector.current' : 'media.inspector.released')),
      ...renderSnapshot(describeStream(stream), t, state.status === 'live' && state.source === 'test-pattern'),
    );
  }

  #watchTracks(stream: MediaStream): void {
    for (const track of stream.getTracks()) {
      for (const type of ['ended', 'mute', 'unmute']) track.addEventListener(type, this.#renderStream);
    }
  }

  async #showDevices(): Promise<void> {
    const t = this.#t;
    const hint = this.#part('[data-device-hint]');
    if (!navigator.mediaDevices) {
      hint.textContent = t('media.device.noApi');
      return;
    }
    let cameras: CameraInfo[];
    try {
      cameras = await listCameras();
    } catch {
      return;
    }
    const select = this.#select('device');
    const chosen = select.value;
    const named = cameras.filter((c) => c.deviceId !== '');
    select.replaceChildren(
      option('', t('media.device.default')),
      ...named.map((c, i) => option(c.deviceId, c.label || t('media.device.unnamed', { n: i + 1 }))),
    );
    select.value = named.some((c) => c.deviceId === chosen) ? chosen : '';
    if (cameras.length === 0) hint.textContent = t('media.device.none');
    else if (cameras.some((c) => c.label === '')) hint.textContent = t('media.device.hiddenLabels');
    else hint.textContent = t('media.device.count', { n: cameras.length });
  }

  #showView(): void {
    const screen = this.#part('[data-screen]');
    screen.toggleAttribute('data-mirror', this.#checkbox('mirror').checked);
    screen.dataset['filter'] = this.#select('filter').value;
  }

  get #video(): HTMLVideoElement {
    return this.#part<HTMLVideoElement>('#localVideo');
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`webcam-lab: missing ${selector}`);
    return element;
  }

  #button(action: string): HTMLButtonElement {
    return this.#part<HTMLButtonElement>(`[data-action="${action}"]`);
  }

  #select(setting: string): HTMLSelectElement {
    return this.#part<HTMLSelectElement>(`select[data-setting="${setting}"]`);
  }

  #checkbox(setting: string): HTMLInputElement {
    return this.#part<HTMLInputElement>(`input[data-setting="${setting}"]`);
  }
}

function isUsable(element: HTMLElement): boolean {
  return element.isConnected && !element.closest('[hidden]') && !(element as HTMLButtonElement).disabled;
}

function option(value: string, text: string): HTMLOptionElement {
  return h('option', { value }, text);
}
