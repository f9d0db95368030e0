import { peerIds, stateNames, type PeerId } from '../../lib/call/types';
import type { DataSession } from '../../lib/calls/data-loopback/engine';
import { readout, type LogEntry } from '../../lib/calls/data-loopback/channels';
import type { ChannelOptions, Reliability } from '../../lib/calls/data-loopback/options';
import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';
import { watchSlice } from '../slice';
import { getDataCall } from './data-call';
import { logLine } from './log-line';
import { reachMilestone } from '../progress/reach';

/** How often the stage reads bufferedAmount, which changes without an event while a channel sends. */
const pollMs = 200;

/** Chapter 6's stage: the options, both peers' states, both ends of the channel with their trails, and both logs. */
class ChannelStage extends Island {
  #t = clientStrings('call');
  #call: DataSession = getDataCall();
  #shown: Record<PeerId, number> = { local: 0, remote: 0 };

  protected mount(): void {
    const call = this.#call;
    const form = this.querySelector<HTMLFieldSetElement>('[data-options]');
    const draft = this.querySelector<HTMLTextAreaElement>('[data-draft]');
    const mistake = this.querySelector<HTMLInputElement>('[data-mistake-mode]');
    this.listen(form, 'input', () => {
      if (form) call.options = readOptions(form);
    });
    this.listen(draft, 'input', () => (call.text = draft?.value ?? ''));
    this.listen(mistake, 'change', () => (call.mistakeMode = mistake?.checked ?? false));
    if (form) call.options = readOptions(form);
    if (draft) call.text = draft.value;
    this.own(
      watchSlice(
        call,
        () => this.#slice(),
        () => this.#render(),
      ),
    );
    this.own(
      call.channels.subscribe((event) => {
        if (event.type === 'channel-message' && event.entry.direction === 'received') {
          reachMilestone('06-data-channel', 'message-across');
        }
      }),
    );
    const timer = window.setInterval(() => this.#renderEnds(), pollMs);
    this.own(() => window.clearInterval(timer));
  }

  /** Everything but bufferedAmount, which the timer reads: a key that changes when the stage must redraw. */
  #slice(): string {
    const snap = this.#call.snapshot();
    const channels = this.#call.channels;
    return JSON.stringify([
      snap.states,
      snap.trails,
      snap.status,
      snap.failure,
      snap.mistake,
      snap.view.busy,
      snap.view.optionProblem,
      snap.view.draftBytes,
      peerIds.map((peer) => [channels.trail(peer), channels.entries(peer).entries.length]),
    ]);
  }

  #render(): void {
    const t = this.#t;
    const call = this.#call;
    const snap = call.snapshot();
    for (const peer of peerIds) {
      for (const name of stateNames) {
        this.#text(`[data-peer="${peer}"] [data-state="${name}"]`, snap.states[peer][name] ?? '—');
        this.#text(`[data-peer="${peer}"] [data-trail="${name}"]`, snap.trails[peer][name].join(' → '));
      }
      this.#text(`[data-peer="${peer}"] [data-sctp]`, String(call.connection(peer)?.sctp?.maxMessageSize ?? '—'));
      this.#text(`[data-channel="${peer}"] [data-channel-trail]`, call.channels.trail(peer).join(' → '));
      this.#renderLog(peer);
    }
    this.#renderEnds();
    const problem = snap.view.optionProblem;
    this.#text('[data-option-problem]', problem ? t.code('call.reason', problem) : '');
    this.#text('[data-draft-size]', t('channel.draft.size', { bytes: snap.view.draftBytes }));
    this.#text(
      '[data-call-status]',
      snap.view.busy
        ? t('call.status.busy', { call: t.code('call.phase', snap.view.busy) })
        : t(`channel.status.${snap.status}`),
    );
    this.#text(
      '[data-failure]',
      snap.failure
        ? `${t('call.status.failed')} ${snap.failure.name}: ${snap.failure.message} ${t('call.status.failedNext')}`
        : '',
    );
    const box = this.querySelector<HTMLElement>('[data-mistake]');
    if (box) box.hidden = snap.mistake === null;
    if (snap.mistake) {
      const { phase, error } = snap.mistake;
      this.#text('[data-mistake-error]', `${error.name}: ${error.message}`);
      this.#text('[data-mistake-text]', t.code('call.mistake', call.runner.phase(phase).mistake?.(error) ?? 'other'));
    }
  }

  /** Each end's properties, read from the channel now (bufferedAmount moves between events). */
  #renderEnds(): void {
    for (const peer of peerIds) {
      const channel = this.#call.channels.channel(peer);
      const values = channel ? readout(channel) : null;
      for (const cell of this.querySelectorAll<HTMLElement>(`[data-channel="${peer}"] [data-state]`)) {
        const name = cell.dataset['state'] as keyof ReturnType<typeof readout>;
        const value = values?.[name];
        const text = value === undefined || value === null ? '—' : value === '' ? '""' : String(value);
        if (cell.textContent !== text) cell.textContent = text;
      }
    }
  }

  /** Appends the log entries this side got since the last render; the list is never rewritten. */
  #renderLog(peer: PeerId): void {
    const list = this.querySelector(`[data-log="${peer}"]`);
    const note = this.querySelector(`[data-log-note="${peer}"]`);
    const { entries, dropped } = this.#call.channels.entries(peer);
    if (!list || !note) return;
    const last = entries.at(-1)?.seq ?? 0;
    if (last < this.#shown[peer]) list.replaceChildren(); // a new call began
    const fresh = entries.filter((entry: LogEntry) => entry.seq > this.#shown[peer] || last < this.#shown[peer]);
    list.append(
      ...fresh.map((entry) => {
        const item = document.createElement('li');
        item.textContent = logLine(this.#t, entry);
        return item;
      }),
    );
    while (list.childElementCount > entries.length) list.firstElementChild?.remove();
    this.#shown[peer] = last;
    note.textContent =
      entries.length === 0
        ? this.#t('channel.log.empty')
        : dropped > 0
          ? this.#t('channel.log.dropped', { n: dropped })
          : '';
    list.scrollTop = list.scrollHeight;
  }

  #text(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element && element.textContent !== text) element.textContent = text;
  }
}

/** Reads the options fieldset into the options the next channel is created with. */
function readOptions(form: HTMLFieldSetElement): ChannelOptions {
  const field = (name: string) => form.querySelector<HTMLInputElement & HTMLSelectElement>(`[name="${name}"]`);
  const limit = Number(field('limit')?.value ?? 0);
  const kind = field('reliability')?.value;
  const reliability: Reliability =
    kind === 'retransmits'
      ? { kind, maxRetransmits: limit }
      : kind === 'lifetime'
        ? { kind, maxPacketLifeTime: limit }
        : { kind: 'reliable' };
  const options: ChannelOptions = {
    label: field('label')?.value ?? '',
    ordered: field('ordered')?.checked ?? true,
    reliability,
    negotiated: field('negotiated')?.checked ?? false,
    id: Number(field('id')?.value ?? 0),
    protocol: '',
  };
  return options;
}

export function defineChannelStage(): void {
  defineIsland('channel-stage', ChannelStage);
}
