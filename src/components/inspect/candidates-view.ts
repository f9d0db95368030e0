/** The candidates inspector’s drawing: the table, the selected pair. */
import { other } from '../../lib/call/types';
import { candidateRows, type CandidateRow } from '../../lib/inspect/candidates';
import type { EndpointSample, PairSample } from '../../lib/inspect/stats';
import { h, ms, type Strings } from '../dom';
import type { InspectorView } from './inspector-element';
import type { InspectSnapshot } from './store';

const hostPort = (address: string, port: number) =>
  address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
const matches = (row: CandidateRow, end: EndpointSample) =>
  row.breakdown !== null && row.breakdown.address === end.address && row.breakdown.port === end.port;

class CandidatesView implements InspectorView {
  constructor(
    readonly root: HTMLElement,
    readonly t: Strings,
  ) {}

  shownKey = '';

  render(snapshot: InspectSnapshot) {
    const rows = candidateRows(snapshot.events);
    const pairs = snapshot.samples.at(-1)?.pairs ?? [];
    const key = JSON.stringify([snapshot.callId, rows, pairs]);
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.root.querySelector<HTMLElement>('[data-empty]')!.hidden = rows.length > 0;
    this.root.querySelector<HTMLElement>('[data-table]')!.hidden = rows.length === 0;
    const inUse = (row: CandidateRow) =>
      pairs.some((p) =>
        row.peer === p.peer ? matches(row, p.local) : row.peer === other(p.peer) && matches(row, p.remote),
      );
    this.root.querySelector('[data-rows]')!.replaceChildren(...rows.map((row) => this.row(row, inUse(row))));
    this.root.querySelector('[data-selected]')!.replaceChildren(this.selected(pairs));
  }

  row(row: CandidateRow, inUse: boolean): HTMLTableRowElement {
    const { t } = this;
    const time = h('td', { class: 'mono' }, t('inspect.cand.since', { ms: ms(row.sinceStart) }));
    const peer = h('td', {}, t.code('inspect.peer', row.peer));
    if (!row.info) {
      return h(
        'tr',
        { class: 'cand-end' },
        time,
        peer,
        h('td', { colspan: 9 }, t('inspect.cand.end', { peer: t.code('inspect.peer', row.peer) })),
      );
    }
    const c = row.breakdown;
    if (!c) {
      return h(
        'tr',
        {},
        time,
        peer,
        h('td', { colspan: 9 }, t('inspect.cand.unreadable'), ' ', h('code', {}, row.info.candidate)),
      );
    }
    const status =
      row.deliveredAt === null
        ? h('span', { class: 'cand-waiting' }, t('inspect.cand.waiting', { peer: t.code('inspect.peer', row.peer) }))
        : t('inspect.cand.delivered', {
            peer: t.code('inspect.peer', other(row.peer)),
            ms: ms(row.sinceStart + row.deliveredAt - row.at),
          });
    return h(
      'tr',
      { class: inUse ? 'is-selected' : null, 'data-type': c.type },
      time,
      peer,
      h('td', {}, h('span', { class: 'cand-type' }, c.type)),
      h('td', {}, c.protocol),
      h(
        'td',
        { class: 'mono cand-address' },
        c.address,
        c.mdns &&
          h(
            'details',
            { class: 'cand-mdns' },
            h('summary', {}, t('inspect.cand.mdns')),
            t('inspect.cand.help.address'),
          ),
      ),
      h('td', { class: 'mono' }, String(c.port)),
      h(
        'td',
        { class: 'mono' },
        String(c.priority),
        h(
          'small',
          { class: 'cand-parts' },
          t('inspect.cand.parts', { type: c.typePreference, local: c.localPreference, component: c.component }),
        ),
      ),
      h('td', { class: 'mono' }, c.foundation),
      h('td', {}, String(c.component)),
      h('td', { class: 'mono' }, c.sdpMid ?? '–'),
      h('td', {}, status, inUse && h('strong', { class: 'cand-in-use' }, t('inspect.cand.inUse'))),
    );
  }

  selected(pairs: readonly PairSample[]): HTMLElement {
    const { t } = this;
    if (pairs.length === 0) return h('p', { class: 'muted' }, t('inspect.cand.selected.none'));
    return h(
      'ul',
      { class: 'cand-pairs' },
      ...pairs.map((p) =>
        h(
          'li',
          {},
          t('inspect.cand.selected', {
            peer: t.code('inspect.peer', p.peer),
            local: hostPort(p.local.address, p.local.port),
            localType: p.local.type,
            remote: hostPort(p.remote.address, p.remote.port),
            remoteType: p.remote.type,
            protocol: p.local.protocol,
            rtt: p.rtt === null ? '–' : t('inspect.ms', { value: (p.rtt * 1000).toFixed(1) }),
          }),
        ),
      ),
    );
  }
}

/** Creates the view for the island's root element. */
export function createView(root: HTMLElement, t: Strings): InspectorView {
  return new CandidatesView(root, t);
}
