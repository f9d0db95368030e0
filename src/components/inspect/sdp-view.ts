/** The SDP inspector’s drawing: listings with explanations, and the offer/answer comparison. */
import { other } from '../../lib/call/types';
import type { PeerId } from '../../lib/call/types';
import { annotateSdp, type AnnotatedLine } from '../../lib/inspect/sdp';
import { latestDescriptions, type DescriptionView } from '../../lib/inspect/sdp-descriptions';
import { diffOfferAnswer, type SectionDiff } from '../../lib/inspect/sdp-diff';
import { h, type Strings } from '../dom';
import type { InspectorView } from './inspector-element';
import type { InspectSnapshot } from './store';

/** The name part of a line (`a=rtpmap`, `m`) gets its own colour; the rest is plain text. */
function lineContent(text: string): (Node | string)[] {
  const end = text.startsWith('a=') ? (text.indexOf(':') < 0 ? text.length : text.indexOf(':')) : 1;
  return [h('span', { class: 'sdp-name' }, text.slice(0, end)), text.slice(end)];
}

class SdpView implements InspectorView {
  constructor(
    readonly root: HTMLElement,
    readonly t: Strings,
  ) {
    this.setup();
  }

  shown = new Map<string, string>();
  lines = new WeakMap<Element, AnnotatedLine>();
  active: HTMLElement | null = null;
  listening = new AbortController();
  generation = 0;

  setup() {
    const options = { signal: this.listening.signal };
    this.root.addEventListener('pointerover', (e) => this.explainFrom(e.target), options);
    this.root.addEventListener('focusin', (e) => this.explainFrom(e.target, true), options);
    this.root.addEventListener('click', (e) => this.explainFrom(e.target), options);
    this.root.addEventListener('keydown', (e) => this.move(e), options);
  }

  dispose() {
    this.listening.abort();
    this.generation += 1;
  }

  /** Each listing and the comparison draw in a task of their own: no long task, even on a slow machine. */
  render(snapshot: InspectSnapshot) {
    const { offer, answer } = latestDescriptions(snapshot.events);
    const jobs = [
      () => this.renderDoc('offer', offer),
      () => this.renderDoc('answer', answer),
      () => this.renderDiff(offer, answer),
    ];
    const mine = ++this.generation;
    const next = () => {
      if (mine !== this.generation) return;
      jobs.shift()?.();
      if (jobs.length > 0) setTimeout(next, 0);
    };
    next();
  }

  renderDiff(offer: DescriptionView | null, answer: DescriptionView | null) {
    const diffKey = offer && answer ? `${offer.sdp}\n--\n${answer.sdp}` : '';
    if (diffKey === this.shown.get('diff')) return;
    this.shown.set('diff', diffKey);
    const section = this.root.querySelector<HTMLElement>('[data-diff]')!;
    section.hidden = !(offer && answer);
    if (offer && answer) {
      this.root
        .querySelector('[data-diff-body]')!
        .replaceChildren(this.diffTable(diffOfferAnswer(offer.sdp, answer.sdp), offer.author, answer.author));
    }
  }

  renderDoc(type: 'offer' | 'answer', view: DescriptionView | null) {
    const doc = this.root.querySelector(`[data-doc="${type}"]`)!;
    const { t } = this;
    const name = (peer: PeerId) => t.code('inspect.peer', peer);
    const meta = view
      ? [
          view.setLocal && t('inspect.sdp.setAsLocal', { peer: name(view.author) }),
          view.setRemote && t('inspect.sdp.setAsRemote', { peer: name(other(view.author)) }),
          view.remoteDiffers && t('inspect.sdp.differs', { peer: name(other(view.author)) }),
        ]
          .filter(Boolean)
          .join(' ')
      : t(type === 'offer' ? 'inspect.sdp.noOffer' : 'inspect.sdp.noAnswer');
    doc.querySelector('[data-meta]')!.textContent = meta;
    const sdp = view?.sdp ?? '';
    if (sdp === this.shown.get(type)) return;
    this.shown.set(type, sdp);
    const listing = doc.querySelector<HTMLElement>('[data-listing]')!;
    listing.hidden = !view;
    listing.replaceChildren(view ? this.listing(sdp) : '');
    if (this.active && !this.root.contains(this.active)) this.active = null;
  }

  listing(sdp: string): HTMLElement {
    const { t } = this;
    const annotated = annotateSdp(sdp);
    const blocks = h('ol', { class: 'sdp-blocks' });
    let first = true;
    for (const block of [annotated.session, ...annotated.media]) {
      const title =
        block.index === null
          ? t('inspect.sdp.session')
          : t('inspect.sdp.section', { index: block.index, media: block.media ?? '?', mid: block.mid ?? '–' });
      const lines = h('ol', { class: 'sdp-lines' });
      for (const line of block.lines) {
        const button = h(
          'button',
          { type: 'button', class: 'sdp-line', 'data-kind': line.kind, tabindex: first ? 0 : -1 },
          ...lineContent(line.text),
          line.kind === 'unknown' && h('span', { class: 'sdp-tag' }, t('inspect.sdp.unknownMark')),
        );
        first = false;
        this.lines.set(button, line);
        lines.append(h('li', {}, button));
      }
      const count = t('inspect.sdp.lines', { count: block.lines.length });
      blocks.append(h('li', {}, h('p', { class: 'sdp-block-title' }, `${title} · ${count}`), lines));
    }
    return blocks;
  }

  explainFrom(target: EventTarget | null, focused = false) {
    const button = target instanceof Element ? target.closest<HTMLElement>('.sdp-line') : null;
    const line = button && this.lines.get(button);
    if (!button || !line) return;
    if (focused) {
      // Roving focus: the last line visited is the listing's one Tab stop.
      for (const b of button.closest('.sdp-blocks')?.querySelectorAll('.sdp-line[tabindex="0"]') ?? []) {
        b.setAttribute('tabindex', '-1');
      }
      button.setAttribute('tabindex', '0');
    }
    if (button === this.active) return;
    this.active?.classList.remove('is-active');
    this.active?.removeAttribute('aria-describedby');
    button.classList.add('is-active');
    button.setAttribute('aria-describedby', 'sdp-explain');
    this.active = button;
    const { t } = this;
    const text = [line.kind, ...line.notes.map((note) => `${line.kind}.${note}`)]
      .map((key) => t.code('inspect.sdp', key, line.params))
      .join(' ');
    this.root.querySelector('[data-explain]')!.replaceChildren(h('code', {}, line.text), h('span', {}, text));
  }

  move(event: KeyboardEvent) {
    const button = event.target instanceof Element ? event.target.closest('.sdp-line') : null;
    const all = button ? [...(button.closest('.sdp-blocks')?.querySelectorAll<HTMLElement>('.sdp-line') ?? [])] : [];
    const index = button ? all.indexOf(button as HTMLElement) : -1;
    if (index < 0) return;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? all.length - 1
          : step[event.key] !== undefined
            ? index + step[event.key]!
            : null;
    if (next === null) return;
    event.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, next))]?.focus();
  }

  diffTable(sections: SectionDiff[], offerer: PeerId, answerer: PeerId): HTMLElement {
    const { t } = this;
    const name = (peer: PeerId) => t.code('inspect.peer', peer);
    const direction = (dir: string | null, peer: PeerId) =>
      dir ? `${dir}: ${t.code('inspect.sdp.dir', dir, { peer: name(peer) })}` : '–';
    const role = (setup: string | null, peer: PeerId) =>
      setup ? `${setup}: ${t.code('inspect.sdp.role', setup, { peer: name(peer) })}` : '–';
    const bodies = sections.map((section) => {
      const title = t('inspect.sdp.section', { index: section.index, media: section.media, mid: section.mid ?? '–' });
      const rows: [string, Node | string, Node | string][] = section.rejected
        ? [[t('inspect.sdp.diff.codecs'), section.offered.join(', '), t('inspect.sdp.diff.rejected')]]
        : [
            [
              t('inspect.sdp.diff.codecs'),
              section.offered.join(', '),
              h(
                'span',
                {},
                section.kept.join(', '),
                h('br'),
                h('strong', {}, t('inspect.sdp.diff.first', { codec: section.primary ?? '–' })),
                h('br'),
                section.dropped.length > 0
                  ? t('inspect.sdp.diff.dropped', { codecs: section.dropped.join(', ') })
                  : t('inspect.sdp.diff.allKept'),
              ),
            ],
            [
              t('inspect.sdp.diff.direction'),
              direction(section.offerDirection, offerer),
              direction(section.answerDirection, answerer),
            ],
            [t('inspect.sdp.diff.setup'), role(section.offerSetup, offerer), role(section.answerSetup, answerer)],
          ];
      return h(
        'tbody',
        {},
        h('tr', { class: 'sdp-diff-section' }, h('th', { scope: 'rowgroup', colspan: 3 }, title)),
        ...rows.map(([what, offer, answer]) =>
          h('tr', {}, h('th', { scope: 'row' }, what), h('td', {}, offer), h('td', {}, answer)),
        ),
      );
    });
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('inspect.sdp.diff.what')),
      h('th', { scope: 'col' }, `${t('inspect.sdp.offer')} (${name(offerer)})`),
      h('th', { scope: 'col' }, `${t('inspect.sdp.answer')} (${name(answerer)})`),
    );
    return h('table', { class: 'inspector-table sdp-diff-table' }, h('thead', {}, head), ...bodies);
  }
}

/** Creates the view for the island's root element. */
export function createView(root: HTMLElement, t: Strings): InspectorView {
  return new SdpView(root, t);
}
