/** The sequence inspector’s drawing: the SVG diagram and its list twin. */
import type { PeerId } from '../../lib/call/types';
import { sequenceMessages, type SequenceMessage } from '../../lib/inspect/sequence';
import { h, ms, s, type Strings } from '../dom';
import type { InspectorView } from './inspector-element';
import type { InspectSnapshot } from './store';

const rowHeight = 30;
const headHeight = 30;

class SequenceView implements InspectorView {
  constructor(
    readonly root: HTMLElement,
    readonly t: Strings,
  ) {
    this.setup();
  }

  messages: SequenceMessage[] = [];
  shownKey = '';
  width = 0;
  resize: ResizeObserver | null = null;

  /** The diagram is as wide as its box: the observer tells the width after layout, so drawing never forces one. */
  setup() {
    this.resize = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width === this.width) return;
      this.width = width;
      if (this.messages.length > 0) this.draw();
    });
    this.resize.observe(this.root.querySelector('[data-diagram]')!);
  }

  dispose() {
    this.resize?.disconnect();
  }

  render(snapshot: InspectSnapshot) {
    const messages = sequenceMessages(snapshot.events);
    const key = JSON.stringify(messages);
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.messages = messages;
    this.root.querySelector<HTMLElement>('[data-empty]')!.hidden = messages.length > 0;
    this.root.querySelector('[data-list]')!.replaceChildren(...messages.map((m) => h('li', {}, this.sentence(m))));
    if (this.width > 0) this.draw();
  }

  start(): number {
    const first = this.messages[0];
    return first?.sentAt ?? first?.deliveredAt ?? 0;
  }

  sentence(m: SequenceMessage): string {
    const { t } = this;
    const t0 = this.start();
    const what = t.code('inspect.seq.kind', m.kind);
    const from = t.code('inspect.peer', m.from);
    const to = t.code('inspect.peer', m.to);
    if (m.kind === 'end-of-candidates') return t('inspect.seq.endNote', { ms: ms((m.sentAt ?? 0) - t0), from });
    const sent =
      m.sentAt === null
        ? t('inspect.seq.notSent', { from, what })
        : t('inspect.seq.sent', { ms: ms(m.sentAt - t0), from, what });
    const delivered =
      m.deliveredAt === null
        ? t('inspect.seq.waiting', { to })
        : t('inspect.seq.delivered', { ms: ms(m.deliveredAt - t0), to });
    return `${sent}; ${delivered}.`;
  }

  draw() {
    const { t } = this;
    const target = this.root.querySelector('[data-diagram]')!;
    if (this.messages.length === 0) {
      target.replaceChildren();
      return;
    }
    const W = Math.max(280, this.width);
    const H = headHeight + rowHeight * this.messages.length + 8;
    const lane = { local: W * 0.12, page: W * 0.5, remote: W * 0.88 };
    const t0 = this.start();
    const svg = s(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, width: W, height: H, 'aria-hidden': 'true' },
      s(
        'defs',
        {},
        ...['sdp', 'cand'].map((id) =>
          s(
            'marker',
            {
              id: `seq-arrow-${id}`,
              viewBox: '0 0 10 10',
              refX: 9,
              refY: 5,
              markerWidth: 7,
              markerHeight: 7,
              orient: 'auto',
            },
            s('path', { d: 'M0 0 10 5 0 10z', class: `seq-head-${id}` }),
          ),
        ),
      ),
    );
    const lanes: [keyof typeof lane, string][] = [
      ['local', t('inspect.peer.local')],
      ['page', t('inspect.lane.signaling')],
      ['remote', t('inspect.peer.remote')],
    ];
    for (const [id, label] of lanes) {
      svg.append(
        s('text', { x: lane[id], y: 16, class: 'seq-lane-title' }, label),
        s('line', { x1: lane[id], x2: lane[id], y1: 22, y2: H, class: 'seq-lane' }),
      );
    }
    const arrow = (x1: number, x2: number, y: number, kind: string, label: string) => [
      s('line', {
        x1,
        x2,
        y1: y,
        y2: y,
        class: `seq-arrow seq-${kind}`,
        'marker-end': `url(#seq-arrow-${kind === 'offer' || kind === 'answer' ? 'sdp' : 'cand'})`,
      }),
      s('text', { x: (x1 + x2) / 2, y: y - 5, class: `seq-label seq-${kind}` }, label),
    ];
    this.messages.forEach((m, i) => {
      const y = headHeight + rowHeight * (i + 1) - 6;
      const from = lane[m.from as PeerId];
      const to = lane[m.to as PeerId];
      const what = t.code('inspect.seq.kind', m.kind);
      if (m.kind === 'end-of-candidates') {
        const toward = Math.sign(lane.page - from);
        svg.append(
          s('circle', { cx: from, cy: y, r: 3, class: 'seq-end' }),
          s(
            'text',
            { x: from + toward * 8, y: y + 4, class: 'seq-note', 'text-anchor': toward > 0 ? 'start' : 'end' },
            `${what} +${ms((m.sentAt ?? 0) - t0)} ms`,
          ),
        );
        return;
      }
      const sent = m.sentAt === null ? what : `${what} +${ms(m.sentAt - t0)} ms`;
      svg.append(...arrow(from, lane.page, y, m.kind, sent));
      if (m.deliveredAt === null) {
        svg.append(s('text', { x: (lane.page + to) / 2, y: y - 5, class: 'seq-label seq-waiting' }, '…'));
      } else {
        svg.append(...arrow(lane.page, to, y, m.kind, `+${ms(m.deliveredAt - t0)} ms`));
      }
    });
    target.replaceChildren(svg);
  }
}

/** Creates the view for the island's root element. */
export function createView(root: HTMLElement, t: Strings): InspectorView {
  return new SequenceView(root, t);
}
