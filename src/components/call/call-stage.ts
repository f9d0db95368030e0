import type { EngineSnapshot } from '../../lib/calls/video-loopback/engine';
import { emptyPanel, foldEvent, type PanelReadout, type PanelView } from '../../lib/call/panel';
import { peerIds, stateNames, type CallEvent, type PeerId } from '../../lib/call/types';
import { describeFailure } from '../media/failure-text';
import { clientStrings } from '../client-strings';
import { h } from '../dom';
import { frameBatcher } from '../frame-batch';
import { defineIsland, Island } from '../island';
import { getPageCall, type SourceKind } from './controller';
import { onCallFeed, showLiveCall } from '../page-store';
import { reasonText } from './reason-text';
import { watchManualCall } from '../progress/manual-call';

const goodStates = new Set(['connected', 'complete', 'stable']);
const badStates = new Set(['failed', 'disconnected', 'closed']);
const busyStates = new Set(['checking', 'connecting', 'gathering', 'have-local-offer', 'have-remote-offer']);

/**
 * The call stage: both videos, both peers' states with their trails, the outboxes, and what went wrong. The state
 * panel is folded from the call's events (`foldEvent`), the same way for the live call and for a saved one.
 */
class CallStage extends Island {
  #t = clientStrings('call');
  #call = getPageCall();
  #schedule = frameBatcher(() => this.#render());
  #pendingAnnouncements: string[] = [];
  #flushAnnouncements = frameBatcher(() => this.#announceNow());
  #shownRemote: MediaStream | null = null;
  /** The live call's panel, folded from its events since the page opened. */
  #live: PanelView = emptyPanel();
  /** While the page shows a saved call instead of the live one: its panel, folded from its events. */
  #replay: { panel: PanelView; unsubscribe: () => void } | null = null;
  #frameRequest: number | null = null;

  protected mount(): void {
    const { engine } = this.#call;
    this.own(
      engine.onChange(() => {
        // Videos switch at once (no layout involved) so the first frame is not held back; the rest waits a frame.
        this.#renderVideos(engine.streams());
        this.#schedule();
      }),
    );
    this.own(
      engine.subscribe((event) => {
        this.#live = foldEvent(this.#live, event);
        this.#announce(event);
      }),
    );
    this.own(watchManualCall(engine));
    this.listen(this.querySelector('[data-mistake-mode]'), 'change', (event) => {
      engine.mistakeMode = (event.target as HTMLInputElement).checked;
    });
    this.listen(this.querySelector('[data-reset]'), 'click', () => engine.reset());
    this.listen(this.querySelector('[data-stage-toggle]'), 'click', () => this.#toggleCompact());
    // Clicks ask the engine, never the buttons' look: the display may be up to a frame behind the call.
    this.listen(this.querySelector('[data-leave]'), 'click', () => engine.leave('remote'));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-deliver]')) {
      this.listen(button, 'click', () => void engine.deliverOne(button.dataset['deliver'] as PeerId));
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="call-source"]')) {
      this.listen(radio, 'change', () => {
        if (radio.checked) this.#call.source = radio.value as SourceKind;
      });
    }
    this.listen(this, 'click', (event) => {
      const target = event.target as HTMLElement;
      // Deliver, leave, reset and the test pattern act on the live call: the stage leaves a saved call's replay.
      if (target.closest('button')) showLiveCall(engine);
      if (target.closest('[data-use-pattern]')) this.#useTestPattern();
    });
    this.own(
      onCallFeed((feed) => {
        this.#replay?.unsubscribe();
        this.#replay = null;
        if (feed && feed !== engine) {
          const replay = { panel: emptyPanel(), unsubscribe: () => {} };
          replay.unsubscribe = feed.subscribe((event) => {
            replay.panel = foldEvent(replay.panel, event);
            this.#schedule();
          });
          this.#replay = replay;
        }
        this.#schedule();
      }),
    );
    this.own(() => this.#replay?.unsubscribe());
    this.#render();
  }

  /** On narrow screens: between the compact strip that follows the reader and the full panel. */
  #toggleCompact(): void {
    const compact = this.toggleAttribute('data-compact');
    this.querySelector('[data-stage-toggle]')?.setAttribute('aria-expanded', String(!compact));
    for (const label of this.querySelectorAll<HTMLElement>('[data-stage-toggle] [data-when]')) {
      label.hidden = label.dataset['when'] !== (compact ? 'compact' : 'full');
    }
  }

  /** After a camera failure: switch to the test pattern and try again, without a reload. */
  #useTestPattern(): void {
    const radio = this.querySelector<HTMLInputElement>('input[value="test-pattern"]');
    if (radio) radio.checked = true;
    this.#call.source = 'test-pattern';
    this.#call.engine.reset();
    void this.#call.engine.run('get-user-media');
  }

  #render(): void {
    const snap = this.#call.engine.snapshot();
    this.#renderVideos({ local: snap.localStream, remote: snap.remoteStream });
    const panel: PanelReadout = this.#replay?.panel ?? this.#live;
    for (const peer of peerIds) this.#renderPeer(peer, panel, snap);
    this.#renderStatus(snap);
    const hasStream = snap.localStream !== null;
    // A saved call has no camera to choose: the choice belongs to the live call, which is not shown.
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="call-source"]')) {
      radio.disabled = hasStream || snap.view.busy === 'get-user-media' || this.#replay !== null;
    }
    const replayNote = this.querySelector<HTMLElement>('[data-replay-note]');
    if (replayNote) replayNote.hidden = this.#replay === null;
    this.toggleAttribute('data-replaying', this.#replay !== null);
    const leave = this.querySelector('[data-leave]');
    const remote = snap.view.peers.remote;
    const cannotLeave = !remote || remote.signalingState === 'closed';
    leave?.setAttribute('aria-disabled', String(cannotLeave));
    const leaveReason = this.querySelector('[data-leave-reason]');
    if (leaveReason) leaveReason.textContent = cannotLeave ? this.#t('call.leave.none') : '';
    const mistakeBox = this.querySelector<HTMLInputElement>('[data-mistake-mode]');
    if (mistakeBox) mistakeBox.checked = snap.mistakeMode;
  }

  #renderVideos(streams: { local: MediaStream | null; remote: MediaStream | null }): void {
    const local = this.querySelector<HTMLVideoElement>('#localVideo');
    const remote = this.querySelector<HTMLVideoElement>('#remoteVideo');
    if (local && local.srcObject !== streams.local) local.srcObject = streams.local;
    if (remote && this.#shownRemote !== streams.remote) {
      this.#shownRemote = streams.remote;
      if (this.#frameRequest !== null) remote.cancelVideoFrameCallback(this.#frameRequest);
      this.#frameRequest = null;
      remote.srcObject = streams.remote;
      if (streams.remote) {
        this.#frameRequest = remote.requestVideoFrameCallback((_now, frame) => {
          this.#frameRequest = null;
          this.#call.engine.reportFirstFrame(frame.width, frame.height);
        });
      }
    }
  }

  #renderPeer(peer: PeerId, panel: PanelReadout, snap: EngineSnapshot): void {
    const t = this.#t;
    const inPeer = <E extends Element = HTMLElement>(selector: string) =>
      this.querySelector<E>(`[data-peer="${peer}"] ${selector}`);
    for (const name of stateNames) {
      const value = panel.states[peer][name];
      const readout = inPeer(`[data-state="${name}"]`);
      if (readout) {
        readout.textContent = value ?? '—';
        readout.dataset['tone'] =
          value === null
            ? ''
            : goodStates.has(value)
              ? 'good'
              : badStates.has(value)
                ? 'bad'
                : busyStates.has(value)
                  ? 'busy'
                  : '';
      }
      const trail = inPeer(`[data-trail="${name}"]`);
      if (trail) trail.textContent = panel.trails[peer][name].join(' → ');
    }
    const count = inPeer('[data-outbox-count]');
    const waiting = panel.waiting[peer];
    if (count) count.textContent = waiting === 0 ? t('call.outbox.empty') : t('call.outbox.count', { n: waiting });
    const deliver = inPeer('[data-deliver]');
    if (deliver) {
      const verdict = this.#call.engine.deliverVerdict(peer);
      const open = !this.#replay && (verdict.allowed || (snap.mistakeMode && verdict.mistake));
      deliver.setAttribute('aria-disabled', String(!open));
      // Only a candidate that waits and cannot go yet needs a why; "no candidate waiting" says the rest.
      const why = inPeer('[data-deliver-reason]');
      if (why)
        why.textContent = verdict.allowed || open || waiting === 0 || this.#replay ? '' : reasonText(t, verdict.reason);
    }
    const explain = inPeer('[data-explain]');
    if (explain) {
      const state = panel.states[peer].connectionState;
      const key = state && ['disconnected', 'failed', 'closed', 'checking'].includes(state) ? state : null;
      const ice = panel.states[peer].iceConnectionState;
      const chosen = key ?? (ice === 'checking' ? 'checking' : null);
      explain.hidden = chosen === null || snap.status === 'ended';
      if (chosen) explain.textContent = t.code('call.explain', chosen, { peer: t(`call.peer.${peer}`) });
    }
  }

  #renderStatus(snap: EngineSnapshot): void {
    const t = this.#t;
    const status = this.querySelector('[data-call-status]');
    if (status && this.#replay) {
      status.textContent = t('call.status.replay');
    } else if (status) {
      status.textContent = snap.view.busy
        ? t('call.status.busy', { call: t.code('call.phase', snap.view.busy) })
        : t.code('call.status', snap.status);
    }
    const failure = this.querySelector<HTMLElement>('[data-failure]');
    if (failure) this.#renderFailure(failure, snap);
    const mistake = this.querySelector<HTMLElement>('[data-mistake]');
    if (mistake) {
      mistake.hidden = snap.mistake === null;
      if (snap.mistake) {
        const { phase, error } = snap.mistake;
        mistake.querySelector('[data-mistake-error]')!.textContent = `${error.name}: ${error.message}`;
        mistake.querySelector('[data-mistake-text]')!.textContent = t.code(
          'call.mistake',
          this.#call.engine.runner.phase(phase).mistake?.(error) ?? 'other',
        );
      }
    }
    const hint = this.querySelector<HTMLElement>('[data-hint]');
    if (hint) {
      hint.hidden = snap.hint === null;
      if (snap.hint) hint.textContent = t.code('call.hint', snap.hint);
    }
  }

  #renderFailure(box: HTMLElement, snap: EngineSnapshot): void {
    const key = snap.failure ? `${snap.failure.name}|${snap.failure.message}` : '';
    if (box.dataset['shown'] === key) return;
    box.dataset['shown'] = key;
    box.replaceChildren();
    if (!snap.failure) return;
    const t = this.#t;
    const paragraph = (text: string, className = '') => h('p', { class: className || null }, text);
    const media = snap.lastRun?.phase === 'get-user-media' ? this.#call.mediaFailure : null;
    if (media) {
      const text = describeFailure(media, t);
      box.append(paragraph(text.title), paragraph(text.text), paragraph(text.detail, 'mono'));
      box.append(
        h('button', { type: 'button', class: 'button small', 'data-use-pattern': true }, t('call.source.usePattern')),
      );
    } else {
      box.append(
        paragraph(t('call.status.failed')),
        paragraph(`${snap.failure.name}: ${snap.failure.message}`, 'mono'),
        paragraph(t('call.status.failedNext')),
      );
    }
  }

  #announce(event: CallEvent): void {
    const t = this.#t;
    let text: string | null = null;
    if (event.type === 'state' && (event.name === 'signalingState' || event.name === 'connectionState')) {
      text = t('call.announce.state', { peer: t(`call.peer.${event.peer}`), name: event.name, value: event.value });
    } else if (event.type === 'first-frame') {
      text = t('call.announce.frame');
    }
    if (text) {
      this.#pendingAnnouncements.push(text);
      this.#flushAnnouncements();
    }
  }

  #announceNow(): void {
    const region = this.querySelector('[data-announce]');
    if (!region) return;
    // Screen readers only need the latest few changes; older ones in a burst are dropped.
    for (const text of this.#pendingAnnouncements.splice(0).slice(-5)) {
      const line = document.createElement('p');
      line.textContent = text;
      region.append(line);
    }
    while (region.childElementCount > 5) region.firstElementChild?.remove();
  }
}

export function defineCallStage(): void {
  defineIsland('call-stage', CallStage);
}
