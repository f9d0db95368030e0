import type { MessageKey, Translate } from '../../i18n';
import type { TabTransport } from '../../lib/calls/tab-call/session';
import { createRoomId } from '../../lib/signaling/room-id';
import type { RoomStatus } from '../../lib/signaling/room-status';
import { resolveServerUrl, signalMetaName } from '../../lib/signaling/server-url';
import { chunkLimit } from '../../lib/transfer/protocol';
import { maxTries } from '../../lib/transfer/link-policy';
import { frameBatcher } from '../frame-batch';
import { readRoomLink, roomLink } from '../signal/room-link';
import { isTabTransport } from '../tab-call/tab-link';
import { getPhotoCall } from './photo-call';
import { TabsLink, type LinkSnapshot } from './tabs-link';

const roomKeys = {
  idle: 'transfer.tabs.room.idle',
  waiting: 'transfer.tabs.room.waiting',
  ready: 'transfer.tabs.room.ready',
  full: 'transfer.tabs.room.full',
} as const satisfies Record<Exclude<RoomStatus, 'error'>, MessageKey>;

const problemKeys = {
  unreachable: 'transfer.tabs.room.unreachable',
  failed: 'transfer.tabs.room.failed',
  'room-expired': 'transfer.tabs.room.room-expired',
} as const satisfies Record<string, MessageKey>;

/** What the page has to say about the room or the call, most important first; null when all is well. */
function noticeOf(snap: LinkSnapshot): MessageKey | null {
  const { roomNotice, notice } = snap.tab;
  if (snap.gaveUp) return 'transfer.tabs.notice.gave-up';
  if (roomNotice === 'transport-failed') return 'transfer.tabs.notice.transport-failed';
  if (roomNotice === 'reconnecting') return 'transfer.tabs.notice.reconnecting';
  if (roomNotice === 'peer-left') return 'transfer.tabs.notice.peer-left';
  if (notice === 'negotiation-failed') return 'transfer.tabs.notice.negotiation-failed';
  if (roomNotice === 'reconnected') return 'transfer.tabs.notice.reconnected';
  return null;
}

/**
 * The room panel of chapter 9's two-tab mode, loaded only when the reader picks it: joins the room the address names
 * (or a new one) over the chosen carrier, hands the link to the page's photo call, and renders the room, the
 * connection and what happened. Returns the function that leaves the room and takes the panel down.
 */
export function mountTabs(root: HTMLElement, t: Translate): () => void {
  const address = readRoomLink(location.href);
  const room = address.room ?? createRoomId(crypto.getRandomValues.bind(crypto));
  const websocket = root.querySelector<HTMLInputElement>('input[name="transport"][value="websocket"]');
  if (websocket && address.transport === 'websocket') websocket.checked = true;
  const el = <T extends HTMLElement = HTMLElement>(selector: string): T => root.querySelector<T>(selector)!;
  const server = resolveServerUrl({
    pageUrl: location.href,
    configured: root.dataset['buildUrl'],
    sameOriginPath: document.querySelector(`meta[name="${signalMetaName}"]`)?.getAttribute('content') ?? null,
  });
  const link = new TabsLink(server.url);
  const call = getPhotoCall();
  const offs: (() => void)[] = [];
  const on = (target: EventTarget, type: string, listener: () => void): void => {
    target.addEventListener(type, listener);
    offs.push(() => target.removeEventListener(type, listener));
  };
  const kind = (): TabTransport => {
    const value = root.querySelector<HTMLInputElement>('input[name="transport"]:checked')?.value;
    return isTabTransport(value) ? value : 'broadcast';
  };

  const render = (): void => {
    const snap = link.snapshot();
    const { status, problem } = snap.tab.room;
    const line = el('#roomStatus');
    line.dataset['roomState'] = status;
    const joining = status === 'idle' && snap.tab.transport !== null;
    const key =
      status === 'error' ? problemKeys[problem ?? 'failed'] : joining ? 'transfer.tabs.room.joining' : roomKeys[status];
    line.textContent = t(key, { url: server.url });
    const state = el('[data-link-state]');
    state.dataset['state'] = snap.channel ?? 'none';
    const max = link.maxMessageSize;
    state.textContent =
      snap.channel === 'open'
        ? t('transfer.status.connected', { chunk: chunkLimit(max), max: max ?? '?' })
        : snap.channel === 'connecting'
          ? t('transfer.tabs.link.connecting')
          : t('transfer.tabs.link.none');
    const notice = noticeOf(snap);
    const noticeLine = el('[data-room-notice]');
    noticeLine.textContent = notice ? t(notice, { tries: maxTries, ...snap.tab.failure }) : '';
    noticeLine.dataset['notice'] = notice ?? '';
    noticeLine.dataset['tone'] = notice && notice !== 'transfer.tabs.notice.reconnected' ? 'bad' : '';
    el<HTMLButtonElement>('#leaveButton').disabled = snap.tab.transport === null;
    el<HTMLButtonElement>('#joinButton').disabled = snap.tab.transport !== null;
    // Once in a room, the address names it (and its carrier): a reload rejoins, and the address is the link to share.
    if (snap.tab.transport) {
      const href = roomLink(location.href, room, snap.tab.transport.kind);
      if (href !== location.href) history.replaceState(history.state, '', href);
    }
  };
  const schedule = frameBatcher(render, { delayMs: 0, minIntervalMs: 100 });

  const join = (): void => {
    link.join(kind(), room);
    el('[data-second-tab]').setAttribute('href', roomLink(location.href, room, kind()));
    el('[data-room]').textContent = t('transfer.tabs.room.line', { room });
    const serverLine = el('[data-server]');
    serverLine.hidden = kind() !== 'websocket';
    serverLine.textContent = t('transfer.tabs.server.line', { url: server.url });
    schedule();
  };

  offs.push(link.onChange(schedule));
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="transport"]')) on(radio, 'change', join);
  on(el('#joinButton'), 'click', join);
  on(el('#leaveButton'), 'click', () => {
    link.close();
    schedule();
  });
  // Leaving the page leaves the room at once: the other tab hears bye and peer-left, not a silence.
  on(window, 'pagehide', () => link.close());
  call.useTabs(link);
  join();
  return () => {
    for (const off of offs.splice(0)) off();
    call.usePage();
  };
}
