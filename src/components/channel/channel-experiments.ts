import { joinBytes, splitBytes } from '../../lib/channel/chunks';
import { median, pingPong } from '../../lib/channel/ping';
import { compareOrder, runTransfer, type OrderRun, type TransferResult } from '../../lib/channel/transfer';
import { clientStrings } from '../client-strings';
import { frameBatcher } from '../frame-batch';
import { defineIsland, Island } from '../island';
import { bufferPath } from './buffer-graph';
import { getDataCall } from './data-call';

const KiB = 1024;
const MiB = 1024 * KiB;
/** Pause above 1 MiB buffered, resume at 256 KiB: far below Chromium's 16 MiB queue, enough to keep SCTP busy. */
const backpressure = { highWater: 1 * MiB, lowWater: 256 * KiB };
/** Chromium refuses a send once this much is queued. */
const queueLimit = 16 * MiB;
const graph = { width: 600, height: 160 };
/** Negotiated ids for the ordering experiment's two extra channels, far from the call's own. */
const orderIds = { ordered: 1000, unordered: 1001 };

/** The experiments: a transfer blindly or with backpressure, a message over the size limit, ordered vs unordered. */
class ChannelExperiments extends Island {
  #t = clientStrings('call');
  #call = getDataCall();
  #running: AbortController | null = null;

  protected mount(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-experiment]')) {
      this.listen(button, 'click', () => void this.#run(button.dataset['experiment'] ?? ''));
    }
    this.own(this.#call.onChange(frameBatcher(() => this.#render(), { delayMs: 0, minIntervalMs: 100 })));
    this.#render();
  }

  /** Both ends of the call's channel while both are open. */
  #ends(): { local: RTCDataChannel; remote: RTCDataChannel } | null {
    const local = this.#call.channels.channel('local');
    const remote = this.#call.channels.channel('remote');
    return local?.readyState === 'open' && remote?.readyState === 'open' ? { local, remote } : null;
  }

  #render(): void {
    const ready = this.#ends() !== null;
    const busy = this.#running !== null;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-experiment]')) {
      button.disabled = button.dataset['experiment'] === 'stop' ? !busy : !ready || busy;
    }
    this.#text('[data-ready]', ready ? '' : this.#t('channel.exp.needOpen'));
  }

  async #run(kind: string): Promise<void> {
    if (kind === 'stop') return this.#running?.abort();
    const ends = this.#ends();
    if (!ends || this.#running) return;
    const running = new AbortController();
    this.#running = running;
    this.#call.channels.quiet = true;
    this.#render();
    try {
      if (kind === 'blind' || kind === 'backpressure') await this.#transfer(ends, kind === 'backpressure', running);
      else if (kind === 'too-large') this.#tooLarge(ends.local);
      else if (kind === 'split') await this.#split(ends, running.signal);
      else if (kind === 'order') await this.#order(running.signal);
      else if (kind === 'ping') await this.#ping(ends, running.signal);
    } finally {
      this.#call.channels.quiet = false;
      this.#running = null;
      this.#render();
    }
  }

  async #transfer(ends: { local: RTCDataChannel; remote: RTCDataChannel }, paced: boolean, running: AbortController) {
    const t = this.#t;
    const mib = Math.min(64, Math.max(1, Math.round(Number(this.#field('mib')) || 16)));
    const chunk = Number(this.#field('chunk')) || 64 * KiB;
    const total = mib * MiB;
    const showProgress = frameBatcher(
      () =>
        this.#text(
          '[data-progress]',
          t('channel.exp.progress', { sent: mb(progress.sent), received: mb(progress.received), total: mb(total) }),
        ),
      { delayMs: 0, minIntervalMs: 100 },
    );
    const progress = { sent: 0, received: 0 };
    this.#text('[data-progress]', t('channel.exp.running'));
    // The same marks as bench/baseline/data.js, so the bench compares both pages' transfers alike.
    performance.clearMarks('webrtc:transfer-start');
    performance.clearMarks('webrtc:transfer-end');
    performance.mark('webrtc:transfer-start');
    const result = await runTransfer(
      ends.local,
      ends.remote,
      { totalBytes: total, chunkBytes: chunk, backpressure: paced ? backpressure : null },
      {
        now: () => performance.now(),
        signal: running.signal,
        onProgress: (sent, received) => {
          progress.sent = sent;
          progress.received = received;
          showProgress();
        },
      },
    );
    performance.mark('webrtc:transfer-end');
    this.#showTransfer(result, paced, total, chunk);
  }

  /** 200 small messages there and back, one at a time: the median is the channel's round trip. */
  async #ping(ends: { local: RTCDataChannel; remote: RTCDataChannel }, signal: AbortSignal): Promise<void> {
    const rtts = await pingPong({ from: ends.local, to: ends.remote }, 200, () => performance.now(), signal);
    const mid = median(rtts);
    const result = this.querySelector<HTMLElement>('[data-ping-result]');
    if (result) result.dataset['median'] = mid === null ? '' : String(mid);
    this.#text(
      '[data-ping-result]',
      mid === null
        ? this.#t('channel.exp.outcome.closed')
        : this.#t('channel.exp.ping.result', { n: rtts.length, ms: mid.toFixed(3) }),
    );
  }

  #showTransfer(result: TransferResult, paced: boolean, total: number, chunk: number): void {
    const t = this.#t;
    const { send, arrival } = result;
    const outcome =
      send.outcome === 'error'
        ? t('channel.exp.outcome.error', {
            name: send.error?.name ?? '',
            message: send.error?.message ?? '',
            sent: mb(send.bytes),
          })
        : t(`channel.exp.outcome.${send.outcome}`);
    const rows: [string, string][] = [
      [t('channel.exp.r.mode'), paced ? t('channel.exp.withBackpressure') : t('channel.exp.blind')],
      [t('channel.exp.r.outcome'), outcome],
      [t('channel.exp.r.sent'), `${mb(send.bytes)} / ${mb(total)} MiB (${send.chunks} × ${chunk / KiB} KiB)`],
      [
        t('channel.exp.r.arrived'),
        `${mb(arrival.bytes)} MiB, ${arrival.inOrder ? t('channel.exp.inOrder') : t('channel.exp.outOfOrder')}`,
      ],
      [t('channel.exp.r.complete'), result.complete ? t('channel.exp.yes') : t('channel.exp.no')],
      [t('channel.exp.r.time'), `${result.ms.toFixed(0)} ms`],
      [t('channel.exp.r.throughput'), `${result.mbps.toFixed(1)} Mbit/s`],
      [t('channel.exp.r.peak'), `${mb(send.peakBuffered)} MiB`],
      [t('channel.exp.r.pauses'), String(send.pauses)],
    ];
    const list = this.querySelector('[data-results]');
    list?.replaceChildren(
      ...rows.flatMap(([name, value]) => {
        const dt = document.createElement('dt');
        dt.textContent = name;
        const dd = document.createElement('dd');
        dd.textContent = value;
        dd.dataset['result'] = '';
        return [dt, dd];
      }),
    );
    if (list) list.setAttribute('data-complete', String(result.complete));
    const top = Math.max(queueLimit, send.peakBuffered);
    this.querySelector('[data-graph-path]')?.setAttribute(
      'd',
      bufferPath(send.samples, graph.width, graph.height, top),
    );
    const limitY = (graph.height - (queueLimit / top) * graph.height).toFixed(1);
    for (const attr of ['y1', 'y2']) this.querySelector('[data-graph] .limit')?.setAttribute(attr, limitY);
    this.#text(
      '[data-graph-caption]',
      t('channel.exp.graph.caption', { peak: mb(send.peakBuffered), ms: result.ms.toFixed(0) }),
    );
    this.#text('[data-progress]', '');
  }

  /** One message over maxMessageSize: the browser's own TypeError, shown as it is. */
  #tooLarge(channel: RTCDataChannel): void {
    const t = this.#t;
    const max = this.#call.connection('local')?.sctp?.maxMessageSize ?? 262144;
    const message = new Uint8Array(300 * KiB);
    try {
      channel.send(message);
      this.#text('[data-size-result]', t('channel.exp.size.accepted', { size: message.length, max }));
    } catch (thrown) {
      const { name, message: text } = thrown as Error;
      this.#text(
        '[data-size-result]',
        t('channel.exp.size.refused', { name, message: text, size: message.length, max }),
      );
    }
  }

  /** The same 300 KiB in parts no larger than maxMessageSize, joined again at Bob's end and compared. */
  async #split(ends: { local: RTCDataChannel; remote: RTCDataChannel }, signal: AbortSignal): Promise<void> {
    const max = this.#call.connection('local')?.sctp?.maxMessageSize ?? 262144;
    const message = Uint8Array.from({ length: 300 * KiB }, (_, i) => (i * 7) & 0xff);
    const parts = splitBytes(message, max);
    const received: Uint8Array[] = [];
    await new Promise<void>((resolve) => {
      const stop = () => {
        ends.remote.removeEventListener('message', onMessage);
        ends.remote.removeEventListener('close', stop);
        signal.removeEventListener('abort', stop);
        resolve();
      };
      const onMessage = (event: MessageEvent<ArrayBuffer>) => {
        received.push(new Uint8Array(event.data));
        if (received.length === parts.length) stop();
      };
      ends.remote.addEventListener('message', onMessage);
      ends.remote.addEventListener('close', stop);
      signal.addEventListener('abort', stop);
      for (const part of parts) ends.local.send(part);
    });
    const joined = joinBytes(received);
    const same = joined.length === message.length && joined.every((b, i) => b === message[i]);
    this.#text(
      '[data-size-result]',
      this.#t(same ? 'channel.exp.size.joined' : 'channel.exp.size.broken', {
        parts: parts.length,
        size: joined.length,
        max,
      }),
    );
  }

  /** Two extra negotiated channels on the same connections, one ordered and one not, racing numbered messages. */
  async #order(signal: AbortSignal): Promise<void> {
    const alice = this.#call.connection('local');
    const bob = this.#call.connection('remote');
    if (!alice || !bob) return;
    const make = (pc: RTCPeerConnection, ordered: boolean) => {
      const channel = pc.createDataChannel(`order-${ordered}`, {
        ordered,
        negotiated: true,
        id: ordered ? orderIds.ordered : orderIds.unordered,
        ...(ordered ? {} : { maxRetransmits: 0 }),
      });
      channel.binaryType = 'arraybuffer';
      return channel;
    };
    const channels = [true, false].map((ordered) => ({ ordered, from: make(alice, ordered), to: make(bob, ordered) }));
    try {
      await Promise.all(channels.flatMap((c) => [c.from, c.to]).map((ch) => opened(ch, signal)));
      const runs = await compareOrder(channels, 200, 1 * KiB, { now: () => performance.now(), signal });
      this.#showOrder(runs);
    } finally {
      for (const c of channels) {
        c.from.close();
        c.to.close();
      }
    }
  }

  #showOrder(runs: OrderRun[]): void {
    const t = this.#t;
    const [ordered, unordered] = runs;
    if (!ordered || !unordered) return;
    const first = (run: OrderRun) => run.arrival.times[0]?.at ?? 0;
    const rows = ordered.arrival.times.slice(0, 12).map((entry, i) => {
      const other = unordered.arrival.times[i];
      const tr = document.createElement('tr');
      for (const text of [
        String(i + 1),
        `#${entry.seq} +${(entry.at - first(ordered)).toFixed(2)} ms`,
        other ? `#${other.seq} +${(other.at - first(unordered)).toFixed(2)} ms` : '—',
      ]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    });
    this.querySelector('[data-order-rows]')?.replaceChildren(...rows);
    const table = this.querySelector<HTMLElement>('[data-order-table]');
    if (table) table.hidden = false;
    const verdict = (run: OrderRun) =>
      run.arrival.inOrder
        ? t('channel.exp.inOrder')
        : t('channel.exp.firstOutOfOrder', { seq: run.arrival.firstOutOfOrder ?? 0 });
    this.#text(
      '[data-order-result]',
      t('channel.exp.order.summary', {
        ordered: `${ordered.arrival.count}, ${verdict(ordered)}`,
        unordered: `${unordered.arrival.count}, ${verdict(unordered)}`,
      }),
    );
  }

  #field(name: string): string {
    return this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '';
  }

  #text(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element && element.textContent !== text) element.textContent = text;
  }
}

/** Resolves once a channel is open, or closes, or the experiment stops. */
function opened(channel: RTCDataChannel, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (channel.readyState !== 'connecting' || signal.aborted) return resolve();
    const done = () => resolve();
    channel.addEventListener('open', done, { once: true });
    channel.addEventListener('close', done, { once: true });
    signal.addEventListener('abort', done, { once: true });
  });
}

const mb = (bytes: number) => (bytes / MiB).toFixed(2);

export function defineChannelExperiments(): void {
  defineIsland('channel-experiments', ChannelExperiments);
}
