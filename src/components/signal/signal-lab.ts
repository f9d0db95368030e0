import type { Translate } from '../../i18n';
import { logEntryOf } from '../../lib/signaling/message-log';
import { createRoomId, isRoomId } from '../../lib/signaling/room-id';
import { foldRoom, idleRoom, type RoomView } from '../../lib/signaling/room-status';
import { allowedServers, connectSources, policyAllows } from '../../lib/signaling/connect-policy';
import { resolveServerUrl, signalMetaName, type ServerUrlChoice } from '../../lib/signaling/server-url';
import type { Transport, TransportEvent } from '../../lib/signaling/types';
import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';
import { LogView } from './log-view';
import { ManualPanel } from './manual-panel';
import { openTransport, throwawayOffer } from './open-transport';
import { isLabTransport, readRoomLink, roomLink, type LabTransport } from './room-link';
import { reachMilestone } from '../progress/reach';

/**
 * Chapter 7's lab: choose a transport, join a room, see who is there, and watch every message in the log. The room's
 * status is folded from the transport's events by `foldRoom`; the island only renders it and forwards clicks.
 */
class SignalLab extends Island {
  #t: Translate = clientStrings('signal');
  #transport: Transport | null = null;
  #unsubscribe: (() => void) | null = null;
  #view: RoomView = idleRoom;
  #joining = false;
  #notice = '';
  #server!: ServerUrlChoice;
  #log!: LogView;
  #manual: ManualPanel | null = null;

  protected mount(): void {
    const list = this.querySelector<HTMLOListElement>('#signalingLog');
    if (!list) return;
    this.#log = new LogView(list, this.querySelector('[data-log-empty]'), this.#t);
    this.#server = resolveServerUrl({
      pageUrl: location.href,
      configured: this.dataset['buildUrl'],
      sameOriginPath: document.querySelector(`meta[name="${signalMetaName}"]`)?.getAttribute('content') ?? null,
      allows: policyAllows(this.#policy, new URL(location.href)),
    });
    const link = readRoomLink(location.href);
    this.#roomInput.value = link.room ?? this.#freshRoom();
    const chosen = this.querySelector<HTMLInputElement>(
      `input[name="transport"][value="${link.transport ?? 'broadcast'}"]`,
    );
    if (chosen) chosen.checked = true;

    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="transport"]')) {
      this.listen(radio, 'change', () => this.#onTransportChange());
    }
    this.listen(this.querySelector('#joinButton'), 'click', () => this.#join());
    this.listen(this.querySelector('#leaveButton'), 'click', () => this.#leave());
    this.listen(this.querySelector('[data-new-room]'), 'click', () => this.#newRoom());
    this.listen(this.#roomInput, 'input', () => this.#updateLink());
    this.listen(this.querySelector('[data-send="offer"]'), 'click', () => void this.#sendOffer());
    this.listen(this.querySelector('[data-send="bye"]'), 'click', () => this.#send({ type: 'bye' }));
    this.listen(this.querySelector('[data-clear-log]'), 'click', () => this.#log.clear());
    // Leaving the page leaves the room, so the other side hears peer-left at once instead of after a timeout.
    const onPageHide = (): void => this.#leave();
    window.addEventListener('pagehide', onPageHide);
    this.own(() => window.removeEventListener('pagehide', onPageHide));
    this.own(() => this.#leave());
    this.own(() => this.#manual?.close());
    this.#onTransportChange();
  }

  get #roomInput(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('#room')!;
  }

  get #kind(): LabTransport {
    const value = this.querySelector<HTMLInputElement>('input[name="transport"]:checked')?.value ?? null;
    return isLabTransport(value) ? value : 'broadcast';
  }

  #freshRoom(): string {
    return createRoomId(crypto.getRandomValues.bind(crypto));
  }

  #onTransportChange(): void {
    this.#leave();
    const kind = this.#kind;
    const manual = kind === 'manual';
    this.#el('[data-room-panel]').hidden = manual;
    this.#el('[data-manual-panel]').hidden = !manual;
    for (const hint of this.querySelectorAll<HTMLElement>('[data-hint]')) hint.hidden = hint.dataset['hint'] !== kind;
    if (manual && !this.#manual) {
      this.#manual = new ManualPanel(this.#el('[data-manual-panel]'), this.#t, (entry) => this.#log.add(entry));
    }
    this.#renderServer();
    this.#updateLink();
    this.#render();
  }

  #join(): void {
    if (this.#transport) return;
    const room = this.#roomInput.value.trim();
    if (!isRoomId(room)) {
      this.#notice = this.#t('signal.room.invalid');
      this.#render();
      return;
    }
    const kind = this.#kind;
    if (kind === 'manual') return;
    this.#notice = '';
    this.#joining = true;
    this.#view = idleRoom;
    const transport = openTransport(kind, room, this.#server.url);
    this.#transport = transport;
    this.#unsubscribe = transport.subscribe((event) => this.#onEvent(event));
    this.#updateLink();
    this.#render();
  }

  #onEvent(event: TransportEvent): void {
    const entry = logEntryOf(event, Date.now());
    if (entry) this.#log.add(entry);
    if (event.type === 'signal') reachMilestone('07-signaling', 'message-exchanged');
    this.#view = foldRoom(this.#view, event);
    if (event.type === 'room' || (event.type === 'state' && event.state !== 'connecting')) this.#joining = false;
    this.#render();
  }

  #leave(): void {
    const transport = this.#transport;
    if (!transport) return;
    this.#transport = null;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    transport.close();
    this.#view = idleRoom;
    this.#joining = false;
    this.#render();
  }

  #newRoom(): void {
    this.#leave();
    this.#roomInput.value = this.#freshRoom();
    this.#notice = '';
    this.#updateLink();
    this.#render();
  }

  #send(message: Parameters<Transport['send']>[0]): void {
    const sent = this.#view.status === 'ready' && this.#transport?.send(message) === true;
    this.#notice = sent ? '' : this.#t('signal.send.notReady');
    this.#render();
  }

  async #sendOffer(): Promise<void> {
    try {
      this.#send({ type: 'description', description: await throwawayOffer() });
    } catch (error) {
      this.#notice = this.#t('signal.send.failed', { name: error instanceof Error ? error.name : String(error) });
      this.#render();
    }
  }

  /**
   * Keeps the second-tab link on the current room and, once the reader has joined, the address bar too, so either can
   * be shared. A mere visit leaves the address alone.
   */
  #updateLink(): void {
    const room = this.#roomInput.value.trim();
    const link = this.querySelector<HTMLAnchorElement>('[data-second-tab]');
    if (!isRoomId(room)) {
      link?.removeAttribute('href');
      return;
    }
    const href = roomLink(location.href, room, this.#kind);
    if (this.#transport && href !== location.href) history.replaceState(history.state, '', href);
    link?.setAttribute('href', href);
  }

  #renderServer(): void {
    const t = this.#t;
    const line = this.#el('[data-server]');
    line.hidden = this.#kind !== 'websocket';
    const { url, rule, ignored } = this.#server;
    this.#el('[data-server-url]').textContent = t('signal.server.line', { url });
    this.#el('[data-server-rule]').textContent = t(`signal.server.rule.${rule}`);
    this.#el('[data-server-ignored]').textContent = ignored
      .map((skip) =>
        t(skip.rule === 'query' ? 'signal.server.ignored' : 'signal.server.ignoredBuild', {
          problem: t(`signal.problem.${skip.problem}`, {
            url:
              (skip.rule === 'query' ? new URL(location.href).searchParams.get('signal') : this.dataset['buildUrl']) ??
              '',
            allowed: skip.problem === 'refused-by-policy' ? this.#allowedList() : '',
          }),
        }),
      )
      .join(' ');
  }

  /** The page's security policy as the browser enforces it: the meta element Astro writes (none in `astro dev`). */
  get #policy(): string | null {
    return document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? null;
  }

  /** The servers the page's policy lets it reach, as the reader reads them. */
  #allowedList(): string {
    const page = new URL(location.href);
    const servers = allowedServers(connectSources(this.#policy ?? '') ?? [], page);
    const names = servers.map((server) =>
      server.self ? this.#t('signal.policy.self', { origin: server.source }) : server.source,
    );
    return new Intl.ListFormat(document.documentElement.lang || undefined, { type: 'conjunction' }).format(names);
  }

  #render(): void {
    const t = this.#t;
    const { status, polite, problem } = this.#view;
    const joined = this.#transport !== null;
    const statusLine = this.#el('#roomStatus');
    statusLine.dataset['status'] = status;
    let text: string;
    if (status === 'error') text = t(`signal.status.${problem ?? 'failed'}`, { url: this.#server.url });
    else if (status === 'idle' && this.#joining) text = t('signal.status.joining');
    else text = t(`signal.status.${status}`);
    statusLine.textContent = text;
    const role = this.#el('[data-role]');
    role.hidden = polite === null || (status !== 'waiting' && status !== 'ready');
    role.textContent = polite === null ? '' : t(polite ? 'signal.role.polite' : 'signal.role.impolite');
    this.#el('[data-notice]').textContent = this.#notice;
    this.#el<HTMLButtonElement>('#joinButton').disabled = joined;
    this.#el<HTMLButtonElement>('#leaveButton').disabled = !joined;
    this.#roomInput.readOnly = joined;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-send]')) button.disabled = status !== 'ready';
  }

  /** An element of the island's own markup; the markup always has it. */
  #el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }
}

defineIsland('signal-lab', SignalLab);
