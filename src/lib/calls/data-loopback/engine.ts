import type { PeerId } from '../../call/types';
import { LoopbackSession, type LoopbackCallDef, type SessionDeps, type SessionSnapshot } from '../../loopback/session';
import type { RunResult } from '../../runner/types';
import { ChannelTracker } from './channels';
import { negotiationView } from '../../loopback/negotiation-view';
import type { DataCall } from './context';
import { defaultOptions, optionProblem, type ChannelOptions } from './options';
import { deliverCandidate } from './phases';
import { deliverVerdict, type DataView } from './rules';
import { dataLoopback } from './spec';

export type { RunResult };

/** Everything chapter 6's views show of the connections. */
export type DataSnapshot = SessionSnapshot<DataView>;

/** What the page keeps between calls: the options chosen and the text and bytes to send. */
interface Choices {
  options: ChannelOptions;
  readonly draft: { text: string; bytes: Uint8Array<ArrayBuffer> };
}

function dataLoopbackDef(channels: ChannelTracker, choices: Choices): LoopbackCallDef<DataCall, DataView> {
  return {
    spec: dataLoopback,
    activatedBy: 'create-peers',
    hintAfter: 'set-remote-answer',
    deliverPhase: 'exchange-ice',
    context: (base) => {
      const call = Object.assign(base, {
        channel: { local: null, remote: null },
        incoming: null,
        offer: null,
        answer: null,
        draft: choices.draft,
        watch: (peer: PeerId, channel: RTCDataChannel) => channels.watch(peer, channel),
      });
      // The options are read when a phase runs, so a choice made in the page after the call began still counts.
      return Object.defineProperty(call, 'options', { get: () => choices.options, enumerable: true }) as DataCall;
    },
    view: (call, session): DataView => ({
      ...negotiationView(call, session),
      channel: { local: call.channel.local?.readyState ?? null, remote: call.channel.remote?.readyState ?? null },
      incoming: call.incoming !== null,
      negotiated: choices.options.negotiated,
      optionProblem: optionProblem(choices.options),
      draftBytes: new TextEncoder().encode(choices.draft.text).byteLength,
      maxMessageSize: call.pc.local?.sctp?.maxMessageSize ?? null,
    }),
    deliver: deliverCandidate,
    deliverRule: deliverVerdict,
  };
}

const sentBy: Readonly<Record<string, PeerId>> = {
  'send-text': 'local',
  'send-binary': 'local',
  'reply-text': 'remote',
};

/**
 * Chapter 6's loopback call: the data channel's spec on a two-peer session, plus a tracker that follows both ends of
 * the channel (readyState trails, message logs) and the reader's choices (options, text to send).
 */
export class DataSession extends LoopbackSession<DataCall, DataView> {
  readonly channels: ChannelTracker;
  readonly #choices: Choices;

  constructor(
    deps: SessionDeps,
    channels = new ChannelTracker(deps.now),
    choices: Choices = {
      options: defaultOptions,
      draft: { text: '', bytes: new Uint8Array([0, 1, 2, 127, 128, 254, 255]) },
    },
  ) {
    super(dataLoopbackDef(channels, choices), deps);
    this.channels = channels;
    this.#choices = choices;
    // A send that succeeded goes into the sender's log: the browser reports received messages, not sent ones.
    this.subscribe((event) => {
      if (event.type !== 'api-call' || event.status !== 'success') return;
      // close() moves the caller's end to 'closing' without an event; read it now so the trail shows it.
      if (event.phase === 'close-channel') channels.settle();
      const from = sentBy[event.phase];
      if (!from) return;
      channels.log(from, 'sent', event.phase === 'send-binary' ? choices.draft.bytes : choices.draft.text);
    });
  }

  /** The channel options the next `create-channel` uses. */
  get options(): ChannelOptions {
    return this.#choices.options;
  }

  set options(options: ChannelOptions) {
    this.#choices.options = options;
    this.channels.changed();
  }

  /** The text the send phases send. */
  get text(): string {
    return this.#choices.draft.text;
  }

  set text(text: string) {
    this.#choices.draft.text = text;
    this.channels.changed();
  }

  override onChange(listener: () => void): () => void {
    const off = [super.onChange(listener), this.channels.onChange(listener)];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }

  override hangUp(): void {
    super.hangUp();
    // close() changes the channels' readyState without an event: read the final states now.
    this.channels.settle();
  }

  /**
   * The codelab's Start: connects with candidates trickled, waits for Bob's `datachannel` event (or makes his end of
   * a negotiated channel) and takes it. Resolves when Bob holds his end, or with the first phase that did not succeed.
   */
  async start(): Promise<RunResult> {
    const result = await this.quickCall();
    if (result.outcome !== 'done') return result;
    const context = this.context;
    const ready = await new Promise<boolean>((resolve) => {
      const check = () => {
        if (this.context !== context) finish(false);
        else if (this.canRun('receive-channel')) finish(true);
      };
      const finish = (ok: boolean) => {
        off();
        resolve(ok);
      };
      const off = this.onChange(check);
      check();
    });
    return ready ? this.run('receive-channel') : { outcome: 'aborted' };
  }
}
