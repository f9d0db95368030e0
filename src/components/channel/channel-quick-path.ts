import type { ChannelEvent } from '../../lib/calls/data-loopback/channels';
import type { Translate } from '../../i18n';
import { clientStrings } from '../client-strings';
import { frameBatcher } from '../frame-batch';
import { defineIsland, Island } from '../island';
import { reasonText } from '../call/reason-text';
import { traceLine } from '../call/trace';
import { traceWriter } from '../call/trace-log';
import { getDataCall } from './data-call';

const who = (peer: 'local' | 'remote') => (peer === 'local' ? '[alice]' : '[bob]');

/** The trace line of a channel event, in the style and language of the call's trace. */
function channelTraceLine(event: ChannelEvent, origin: number, t: Translate): { text: string; error: boolean } {
  const at = event.type === 'channel-message' ? event.entry.at : event.at;
  const line = (text: string, error = false) => ({
    text: `${((at - origin) / 1000).toFixed(3)}s ${who(event.peer)} ${text}`,
    error,
  });
  switch (event.type) {
    case 'channel-message': {
      const { direction, kind, size } = event.entry;
      return line(t(`channel.trace.${direction}`, { kind, size }));
    }
    case 'channel-state':
      return line(t('channel.trace.state', { state: event.state }));
    case 'channel-error':
      return line(t('channel.trace.error', { name: event.error.name, message: event.error.message }), true);
  }
}

/**
 * The codelab's page over the same call: Start connects and opens the channel, Send sends the box's text (only while
 * the channel is open), every message Bob receives joins the list, Stop closes the channel and both connections.
 */
class ChannelQuickPath extends Island {
  #t = clientStrings('call');
  #call = getDataCall();
  #origin = performance.now();
  #push = traceWriter(() => this.querySelector('[data-trace]'), { delayMs: 0, minIntervalMs: 100 });

  protected mount(): void {
    const call = this.#call;
    const box = this.querySelector<HTMLTextAreaElement>('#dataChannelSend');
    this.listen(this.querySelector('#startButton'), 'click', () => void this.#start());
    this.listen(this.querySelector('#sendButton'), 'click', () => void this.#send(box));
    this.listen(this.querySelector('#closeButton'), 'click', () => {
      call.hangUp();
      this.#note('');
    });
    this.own(call.onChange(frameBatcher(() => this.#render(), { delayMs: 0, minIntervalMs: 50 })));
    this.own(
      call.subscribe((event) => {
        this.#push(traceLine(event, this.#origin, this.#t));
      }),
    );
    this.own(
      call.channels.subscribe((event) => {
        this.#push(channelTraceLine(event, this.#origin, this.#t));
        if (event.type === 'channel-message' && event.peer === 'remote' && event.entry.direction === 'received') {
          const item = document.createElement('li');
          item.textContent =
            event.entry.kind === 'text' ? event.entry.preview : `[${event.entry.size} B] ${event.entry.preview}`;
          const list = this.querySelector('#dataChannelReceive');
          list?.append(item);
          if (list) list.scrollTop = list.scrollHeight;
        }
      }),
    );
    this.#render();
  }

  async #start(): Promise<void> {
    const call = this.#call;
    const verdict = call.verdict('create-peers');
    if (!verdict.allowed) return this.#note(reasonText(this.#t, verdict.reason));
    this.querySelector('#dataChannelReceive')?.replaceChildren();
    this.#note('');
    const result = await call.start();
    if (result.outcome === 'refused') this.#note(reasonText(this.#t, result.reason));
    else if (result.outcome === 'error') this.#note(`${result.error.name}: ${result.error.message}`);
  }

  async #send(box: HTMLTextAreaElement | null): Promise<void> {
    const call = this.#call;
    call.text = box?.value ?? '';
    const result = await call.run('send-text');
    if (result.outcome === 'refused') return this.#note(reasonText(this.#t, result.reason));
    if (result.outcome === 'error') return this.#note(`${result.error.name}: ${result.error.message}`);
    this.#note('');
    if (box) box.value = '';
    call.text = '';
  }

  #render(): void {
    const call = this.#call;
    const open = call.channels.channel('local')?.readyState === 'open' && call.channels.channel('remote') !== null;
    const live = call.connection('local') !== null;
    const set = (selector: string, disabled: boolean) => {
      const element = this.querySelector<HTMLButtonElement | HTMLTextAreaElement>(selector);
      if (element) element.disabled = disabled;
    };
    set('#startButton', live);
    set('#sendButton', !open);
    set('#dataChannelSend', !open);
    set('#closeButton', !live);
  }

  #note(text: string): void {
    const note = this.querySelector('[data-note]');
    if (note) note.textContent = text;
  }
}

export function defineChannelQuickPath(): void {
  defineIsland('channel-quick-path', ChannelQuickPath);
}
