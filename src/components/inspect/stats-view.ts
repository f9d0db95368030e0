/** The stats inspector’s drawing: tables per direction, and the charts of the last minute. */
import { other } from '../../lib/call/types';
import { peerIds, type PeerId } from '../../lib/call/types';
import type { StatsSample } from '../../lib/inspect/stats';
import { mediaView, series, type MediaView } from '../../lib/inspect/stats-view-model';
import { h, s, type Strings } from '../dom';
import type { InspectorView } from './inspector-element';
import type { InspectSnapshot } from './store';

const kinds = ['audio', 'video'] as const;
const metrics = ['codec', 'resolution', 'fps', 'bitrate', 'packetsLost', 'jitter', 'rtt', 'framesDecoded'] as const;
type Metric = (typeof metrics)[number];
const windowMs = 60_000;
const minSpanMs = 10_000;
/** Width and height of a chart's drawing, in its own units; the SVG stretches to its box. */
const W = 300;
const H = 80;

/** A round upper bound for a chart's y axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

class StatsView implements InspectorView {
  constructor(
    readonly root: HTMLElement,
    readonly t: Strings,
  ) {}

  shown = -1;

  render(snapshot: InspectSnapshot) {
    const { t } = this;
    this.root.querySelector('[data-status]')!.textContent = t.code('inspect.stats.status', snapshot.sampler);
    const latest = snapshot.samples.at(-1);
    const key = latest ? latest.at + snapshot.callId * 1e9 : -snapshot.callId;
    if (key === this.shown) return;
    this.shown = key;
    this.root
      .querySelector('[data-directions]')!
      .replaceChildren(...peerIds.map((from) => this.direction(latest, from)));
    const recent = latest ? snapshot.samples.filter((x) => x.at > latest.at - windowMs) : [];
    this.chart('bitrate', recent, latest?.at ?? 0, (v) => (v.bitrate === null ? null : v.bitrate / 1000), kinds);
    this.chart('fps', recent, latest?.at ?? 0, (v) => v.fps, ['video']);
    this.rttChart(recent, latest?.at ?? 0);
  }

  value(view: MediaView | null, metric: Metric, kind: 'audio' | 'video'): string {
    const { t } = this;
    if (!view) return '–';
    const fixed = (n: number | null, digits = 0) => (n === null ? '–' : n.toFixed(digits));
    switch (metric) {
      case 'codec':
        return view.codec ?? '–';
      case 'resolution':
        return kind === 'video' && view.width !== null && view.height !== null ? `${view.width}×${view.height}` : '–';
      case 'fps':
        return kind === 'video' ? fixed(view.fps) : '–';
      case 'bitrate':
        if (view.bitrate === null) return '–';
        return view.bitrate >= 1e6
          ? t('inspect.stats.mbps', { value: (view.bitrate / 1e6).toFixed(2) })
          : t('inspect.stats.kbps', { value: (view.bitrate / 1000).toFixed(0) });
      case 'packetsLost':
        return fixed(view.packetsLost);
      case 'jitter':
        return view.jitter === null ? '–' : t('inspect.ms', { value: (view.jitter * 1000).toFixed(1) });
      case 'rtt':
        return view.rtt === null ? '–' : t('inspect.ms', { value: (view.rtt * 1000).toFixed(1) });
      case 'framesDecoded':
        return kind === 'video' ? fixed(view.framesDecoded) : '–';
    }
  }

  direction(sample: StatsSample | undefined, from: PeerId): HTMLElement {
    const { t } = this;
    const title = t('inspect.stats.direction', {
      from: t.code('inspect.peer', from),
      to: t.code('inspect.peer', other(from)),
    });
    // Only the kinds that flow this way get a column (chapter 5 sends video only).
    const present = kinds
      .map((kind) => ({ kind, view: mediaView(sample, from, kind) }))
      .filter((k): k is { kind: (typeof kinds)[number]; view: MediaView } => k.view !== null);
    const section = h('section', { class: 'stats-direction', 'data-from': from });
    section.append(h('p', { class: 'stats-direction-title' }, title));
    if (!sample) return section;
    if (present.length === 0) {
      section.append(h('p', { class: 'muted' }, t('inspect.stats.nothing', { from: t.code('inspect.peer', from) })));
      return section;
    }
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('inspect.stats.metric')),
      ...present.map(({ kind }) => h('th', { scope: 'col' }, t.code('inspect.stats', kind))),
    );
    const rows = metrics.map((metric) =>
      h(
        'tr',
        { 'data-metric': metric },
        h('th', { scope: 'row' }, t.code('inspect.stats', metric)),
        ...present.map(({ kind, view }) => h('td', { 'data-kind': kind }, this.value(view, metric, kind))),
      ),
    );
    section.append(
      h(
        'table',
        { class: 'inspector-table' },
        h('caption', { class: 'visually-hidden' }, title),
        h('thead', {}, head),
        h('tbody', {}, ...rows),
      ),
    );
    return section;
  }

  chart(
    name: 'bitrate' | 'fps',
    samples: StatsSample[],
    end: number,
    pick: (view: MediaView) => number | null,
    chartKinds: readonly ('audio' | 'video')[],
  ) {
    const { t } = this;
    const lines = peerIds.flatMap((from) =>
      chartKinds.map((kind) => ({
        label: `${t('inspect.stats.direction', { from: t.code('inspect.peer', from), to: t.code('inspect.peer', other(from)) })} · ${t.code('inspect.stats', kind)}`,
        points: series(samples, (sample) => {
          const view = mediaView(sample, from, kind);
          return view && pick(view);
        }),
      })),
    );
    this.plot(
      name,
      end,
      lines.filter((l) => l.points.length > 0),
    );
  }

  rttChart(samples: StatsSample[], end: number) {
    const { t } = this;
    const lines = peerIds.map((peer) => ({
      label: t.code('inspect.peer', peer),
      points: series(samples, (sample) => {
        const rtt = sample.pairs.find((p) => p.peer === peer)?.rtt;
        return rtt === null || rtt === undefined ? null : rtt * 1000;
      }),
    }));
    this.plot('rtt', end, lines.filter((l) => l.points.length > 0).slice(0, 1));
  }

  plot(name: string, end: number, lines: { label: string; points: { at: number; value: number }[] }[]) {
    const { t } = this;
    const figure = this.root.querySelector(`[data-chart="${name}"]`)!;
    const title = figure.querySelector('figcaption')?.textContent ?? name;
    const target = figure.querySelector('[data-plot]')!;
    if (lines.length === 0) {
      target.replaceChildren(h('p', { class: 'muted' }, t('inspect.stats.chart.empty', { name: title })));
      return;
    }
    const all = lines.flatMap((l) => l.points.map((p) => p.value));
    const top = niceMax(Math.max(...all));
    // A call younger than a minute fills the width; an older one scrolls by.
    const first = Math.min(...lines.map((l) => l.points[0]!.at));
    const start = Math.max(end - windowMs, Math.min(first, end - minSpanMs));
    const x = (at: number) => (W * (at - start)) / (end - start);
    const y = (value: number) => H - (H * value) / top;
    const format = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
    const summary = lines
      .map((l) =>
        t('inspect.stats.chart.summary', {
          name: `${title} (${l.label})`,
          latest: format(l.points.at(-1)!.value),
          max: format(Math.max(...l.points.map((p) => p.value))),
        }),
      )
      .join(' ');
    const svg = s(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': summary },
      ...[0.5, 1].map((f) => s('line', { x1: 0, x2: W, y1: H - H * f, y2: H - H * f, class: 'grid' })),
      ...lines.map((l, i) =>
        s('polyline', {
          class: `line line-${i}`,
          points: l.points.map((p) => `${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(' '),
        }),
      ),
    );
    const legend = h(
      'ul',
      { class: 'stats-legend', 'aria-hidden': 'true' },
      ...lines.map((l, i) => h('li', { class: `line-${i}` }, `${l.label}: ${format(l.points.at(-1)!.value)}`)),
    );
    target.replaceChildren(
      h('div', { class: 'stats-plot' }, h('span', { class: 'stats-max' }, format(top)), svg),
      legend,
    );
  }
}

/** Creates the view for the island's root element. */
export function createView(root: HTMLElement, t: Strings): InspectorView {
  return new StatsView(root, t);
}
