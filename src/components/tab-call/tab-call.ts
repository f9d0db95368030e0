import type { Translate } from '../../i18n';
import { stateNames } from '../../lib/call/types';
import { phaseIds, type Role } from '../../lib/calls/tab-call/ids';
import { isReasonCode } from '../../lib/calls/tab-call/rules';
import {
  TabSession,
  type NegotiationNote,
  type TabSnapshot,
  type TabTransport,
} from '../../lib/calls/tab-call/session';
import { openLocalMedia, type StreamSource } from '../../lib/media/local-media';
import { createRoomId } from '../../lib/signaling/room-id';
import { resolveServerUrl, signalMetaName, type ServerUrlChoice } from '../../lib/signaling/server-url';
import type { Reason, RunResult, Verdict } from '../../lib/runner/types';
import { clientStrings } from '../client-strings';
import { h } from '../dom';
import { frameBatcher } from '../frame-batch';
import { defineIsland, Island } from '../island';
import { LogView } from '../signal/log-view';
import { openTransport } from '../signal/open-transport';
import { readRoomLink, roomLink } from '../signal/room-link';
import { reachMilestone } from '../progress/reach';
import { isTabTransport } from './tab-link';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A clock time with milliseconds, as the signaling log writes it. */
function clock(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/**
 * Chapter 8's lab: this tab's side of a call with another tab or device. It joins the room in the address as the page
 * opens, and renders the session's state (room, role, this peer's four states, the phases by hand, what perfect
 * negotiation did, every signaling message); clicks go to the session, which decides what may run.
 */
class TabCallLab extends Island {
  #t: Translate = clientStrings('tab-call');
  #session!: TabSession;
  #server!: ServerUrlChoice;
  #room = '';
  #log!: LogView;
  #schedule = frameBatcher(() => this.#render());
  #shown: { local: MediaStream | null; remote: MediaStream | null } = { local: null, remote: null };
  /** Log lines and negotiation notes received since the last render, in order. */
  #pending: (() => void)[] = [];

  protected mount(): void {
    this.#log = new LogView(
      this.#el<HTMLOListElement>('#signalingLog'),
      this.querySelector('[data-log-empty]'),
      this.#t,
    );
    this.#server = resolveServerUrl({
      pageUrl: location.href,
      configured: this.dataset['buildUrl'],
      sameOriginPath: document.querySelector(`meta[name="${signalMetaName}"]`)?.getAttribute('content') ?? null,
    });
    const link = readRoomLink(location.href);
    this.#room = link.room ?? createRoomId(crypto.getRandomValues.bind(crypto));
    const kind: TabTransport = link.transport === 'websocket' ? 'websocket' : 'broadcast';
    this.#radio('transport', kind).checked = true;

    const session = new TabSession({
      RTCPeerConnection,
      openTransport: (transport, room) => openTransport(transport, room, this.#server.url),
      openSource: (source) => openLocalMedia(source, { video: true, audio: false }),
      wrapTracks: (tracks) => new MediaStream(tracks),
      now: Date.now,
    });
    this.#session = session;
    this.own(
      session.onChange(() => {
        // Videos switch at once so the first frame is not held back; the rest waits for a frame.
        this.#renderVideos(session.streams());
        this.#schedule();
      }),
    );
    // Log lines wait for the next batched render like the rest: appending one per candidate while the call sets up
    // made the browser lay out the page between the connection's own tasks, and slowed the setup by a third.
    this.own(
      session.onLog((entry) => {
        this.#pending.push(() => this.#log.add(entry));
        this.#schedule();
      }),
    );
    this.own(
      session.onNote((note) => {
        this.#pending.push(() => this.#addNote(note));
        this.#schedule();
      }),
    );

    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="transport"]')) {
      this.listen(radio, 'change', () => this.#join());
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
      this.listen(radio, 'change', () => {
        session.setMode(radio.value === 'automatic' ? 'automatic' : 'by-hand');
        this.#schedule();
      });
    }
    this.listen(this.querySelector('#joinButton'), 'click', () => this.#join());
    this.listen(this.querySelector('#startButton'), 'click', () => void session.start(this.#source()));
    this.listen(this.querySelector('#callButton'), 'click', () => this.#report(session.call()));
    this.listen(this.querySelector('#glareButton'), 'click', () => this.#report(session.bothOffer()));
    this.listen(this.querySelector('#hangupButton'), 'click', () => session.hangUp());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-phase]')) {
      this.listen(button, 'click', () => void session.run(button.dataset['phase'] ?? '').then(() => this.#schedule()));
    }
    // Leaving the page hangs up (the other side hears bye) and leaves the room (it hears peer-left) at once.
    const onPageHide = (): void => session.leave();
    window.addEventListener('pagehide', onPageHide);
    this.own(() => window.removeEventListener('pagehide', onPageHide));
    this.own(() => session.leave());
    this.#join();
  }

  #join(): void {
    const kind = this.#kind;
    this.#session.join(kind, this.#room);
    this.querySelector('[data-second-tab]')?.setAttribute('href', roomLink(location.href, this.#room, kind));
    this.#el('[data-room]').textContent = this.#t('tab.room.line', { room: this.#room });
    const server = this.#el('[data-server]');
    server.hidden = kind !== 'websocket';
    server.textContent = this.#t('tab.server.line', { url: this.#server.url });
    this.#schedule();
  }

  get #kind(): TabTransport {
    const value = this.querySelector<HTMLInputElement>('input[name="transport"]:checked')?.value;
    return isTabTransport(value) ? value : 'broadcast';
  }

  #source(): StreamSource {
    const value = this.querySelector<HTMLInputElement>('input[name="source"]:checked')?.value;
    return value === 'camera' ? 'camera' : 'test-pattern';
  }

  /** A refused click shows its reason where the automatic controls say why they wait. */
  #report(result: RunResult): void {
    if (result.outcome === 'refused') this.#el('[data-call-reason]').textContent = this.#reason(result.reason);
    this.#schedule();
  }

  #reason(reason: Reason): string {
    const t = this.#t;
    if (!isReasonCode(reason.code)) return reason.code;
    const params: Record<string, string> = { ...reason.params };
    const role = params['role'];
    if (role === 'caller' || role === 'callee') params['role'] = t(`tab.side.${role}`);
    return t(`tab.reason.${reason.code}`, params);
  }

  #verdictText(verdict: Verdict): string {
    return verdict.allowed ? '' : this.#reason(verdict.reason);
  }

  #addNote(note: NegotiationNote): void {
    const t = this.#t;
    let text: string;
    if (note.type === 'collision') text = t(`tab.note.collision.${note.outcome}`);
    else if (note.type === 'error') text = t('tab.note.error', { name: note.error.name, message: note.error.message });
    else text = t(`tab.note.${note.type}`);
    const item = h(
      'li',
      { 'data-note': note.type, 'data-outcome': note.type === 'collision' ? note.outcome : null },
      h('span', { class: 'log-time' }, clock(note.at)),
      h('span', { class: 'log-detail' }, text),
    );
    this.#el('#negotiationLog').append(item);
    this.#el('[data-note-empty]').hidden = true;
  }

  #renderVideos(streams: { readonly local: MediaStream | null; readonly remote: MediaStream | null }): void {
    for (const [which, stream] of [
      ['local', streams.local],
      ['remote', streams.remote],
    ] as const) {
      if (this.#shown[which] === stream) continue;
      this.#shown[which] = stream;
      const video = this.#el<HTMLVideoElement>(`#${which}Video`);
      video.srcObject = stream;
      // autoplay alone may not start a stream set later; a refused play() leaves the controls to the reader.
      if (stream) video.play().catch(() => undefined);
    }
  }

  #render(): void {
    const t = this.#t;
    const session = this.#session;
    const pending = this.#pending;
    this.#pending = [];
    for (const add of pending) add();
    const snap = session.snapshot();
    this.#renderVideos({ local: snap.localStream, remote: snap.remoteStream });
    this.#renderRoom(snap);
    this.#keepAddress(snap);

    this.#el('[data-notice]').textContent = this.#noticeText(snap);
    const roomNotice = this.#el('[data-room-notice]');
    roomNotice.textContent = snap.roomNotice ? t(`tab.notice.${snap.roomNotice}`) : '';
    roomNotice.dataset['tone'] =
      snap.roomNotice === 'reconnecting' || snap.roomNotice === 'transport-failed' ? 'bad' : '';
    const locked = session.connection() !== null;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
      radio.checked = radio.value === snap.mode;
      radio.disabled = locked && radio.value !== snap.mode;
    }
    this.#el('[data-mode-note]').textContent = locked ? t('tab.mode.locked') : '';

    const automatic = snap.mode === 'automatic';
    this.#el<HTMLButtonElement>('#startButton').disabled = snap.localStream !== null;
    const callVerdict = session.callVerdict();
    const glareVerdict = session.glareVerdict();
    this.#el<HTMLButtonElement>('#callButton').disabled = !callVerdict.allowed;
    this.#el<HTMLButtonElement>('#glareButton').disabled = !glareVerdict.allowed;
    this.#el<HTMLButtonElement>('#hangupButton').disabled = snap.localStream === null && !locked;
    this.#el('[data-call-reason]').textContent = automatic
      ? this.#verdictText(callVerdict.allowed || locked ? glareVerdict : callVerdict)
      : '';

    for (const name of stateNames) {
      this.#el(`[data-state="${name}"]`).textContent = snap.states[name] ?? '—';
      this.#el(`[data-trail="${name}"]`).textContent = snap.trails[name].join(' → ');
    }
    if (snap.states.connectionState === 'connected') reachMilestone('08-call', 'connected');
    this.#renderSteps(snap);
  }

  /**
   * Once both sides are in the room, the address names it (and its carrier), so a reload rejoins the same call. A mere
   * visit leaves the address alone.
   */
  #keepAddress(snap: TabSnapshot): void {
    if (snap.room.status !== 'ready' || !snap.transport) return;
    const href = roomLink(location.href, this.#room, snap.transport.kind);
    if (href !== location.href) history.replaceState(history.state, '', href);
  }

  #renderRoom(snap: TabSnapshot): void {
    const t = this.#t;
    const { status, problem } = snap.room;
    const line = this.#el('#roomStatus');
    const joining = status === 'idle' && snap.transport !== null;
    line.dataset['status'] = status;
    if (status === 'error') line.textContent = t(`tab.status.${problem ?? 'failed'}`, { url: this.#server.url });
    else line.textContent = joining ? t('tab.status.joining') : t(`tab.status.${status}`);
    const roles: Record<Role, string> = { caller: t('tab.role.caller'), callee: t('tab.role.callee') };
    this.#el('[data-role]').textContent =
      snap.role && (status === 'waiting' || status === 'ready') ? roles[snap.role] : '';
  }

  #noticeText(snap: TabSnapshot): string {
    const t = this.#t;
    const failure = snap.failure ?? { name: '', message: '' };
    if (snap.status === 'failed') return t('tab.notice.failed', { ...failure });
    if (!snap.notice) return '';
    return t(`tab.notice.${snap.notice}`, { ...failure });
  }

  #renderSteps(snap: TabSnapshot): void {
    const t = this.#t;
    const session = this.#session;
    const last = session.runner.lastRun;
    this.#el('[data-inbox]').textContent =
      snap.mode === 'by-hand' && snap.transport
        ? t('tab.inbox', { descriptions: snap.waiting.descriptions, candidates: snap.waiting.candidates })
        : '';
    for (const id of phaseIds) {
      const box = this.#el(`[data-step="${id}"]`);
      const verdict = session.verdict(id);
      const done = session.runner.isDone(id);
      box.querySelector('[data-phase]')?.setAttribute('aria-disabled', String(!session.canRun(id)));
      box.querySelector('[data-reason]')!.textContent = done ? '' : this.#verdictText(verdict);
      const result = box.querySelector<HTMLElement>('[data-result]')!;
      if (last?.phase === id) {
        result.textContent = this.#describe(id, last.result, last.durationMs);
        result.dataset['tone'] = last.result.outcome === 'done' ? '' : 'error';
        box.dataset['ran'] = last.result.outcome === 'done' ? 'done' : 'error';
      } else {
        result.textContent = '';
        if (done) box.dataset['ran'] = 'done';
        else delete box.dataset['ran'];
      }
    }
  }

  #describe(id: (typeof phaseIds)[number], result: RunResult, durationMs: number): string {
    const t = this.#t;
    const call = t(`tab.phase.${id}`);
    const ms = durationMs.toFixed(1);
    switch (result.outcome) {
      case 'done':
        return t('tab.result.done', { call, ms });
      case 'error':
        return t('tab.result.error', { call, ms, name: result.error.name, message: result.error.message });
      case 'refused':
        return t('tab.result.refused', { reason: this.#reason(result.reason) });
      case 'aborted':
        return t('tab.result.aborted', { call });
    }
  }

  #radio(name: string, value: string): HTMLInputElement {
    return this.#el<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  }

  /** An element of the island's own markup; the markup always has it. */
  #el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }
}

defineIsland('tab-call', TabCallLab);
