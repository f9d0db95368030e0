/**
 * One side of a data-channel connection set up by copy and paste: no trickle, so each description is taken only once
 * ICE gathering is complete (its SDP then lists every candidate) or a timeout has passed. The offering side creates
 * the channel; the answering side receives it. Returns codes and data; the page says what they mean.
 */
import type { DescriptionInfo } from './types';
import type { Timers } from './websocket.ts';

/** Where this side stands. */
export type ManualPhase =
  'idle' | 'gathering' | 'offer-ready' | 'answer-ready' | 'connecting' | 'open' | 'closed' | 'failed';

/** Why a step was refused or failed: a phase that does not allow it, or a DOMException's name. */
export type ManualPeerCode = 'wrong-phase' | 'not-an-offer' | 'not-an-answer' | (string & {});

/** A description to hand to the other side, and whether gathering finished or the timeout cut it short. */
export type ManualStep =
  | { readonly ok: true; readonly description: DescriptionInfo; readonly gathering: 'complete' | 'timeout' }
  | { readonly ok: false; readonly code: ManualPeerCode; readonly detail: string };

/** What the peer reports. */
export type ManualPeerEvent =
  | { readonly type: 'phase'; readonly phase: ManualPhase }
  | { readonly type: 'message'; readonly direction: 'in' | 'out'; readonly text: string };

/** The parts of the browser the peer needs. */
export interface ManualPeerOptions {
  readonly RTCPeerConnection: new (configuration?: RTCConfiguration) => RTCPeerConnection;
  readonly timers: Timers;
  /** How long to wait for gathering to complete; defaults to `defaultGatherTimeoutMs`. */
  readonly gatherTimeoutMs?: number | undefined;
}

/** Long enough for host candidates on any machine; a STUN server that does not answer takes longer, and is cut. */
export const defaultGatherTimeoutMs = 5000;
/** The label of the channel the offering side creates. */
export const manualChannelLabel = 'paste';
/** Longest text the page accepts from the channel; longer messages are cut before display. */
export const maxChannelText = 2000;

/** Resolves once `pc` has finished gathering, or after `timeoutMs`, whichever comes first. */
export function waitForGathering(
  pc: RTCPeerConnection,
  timers: Timers,
  timeoutMs: number,
): Promise<'complete' | 'timeout'> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve('complete');
  return new Promise((resolve) => {
    const done = (result: 'complete' | 'timeout'): void => {
      timers.clearTimeout(timer);
      pc.removeEventListener('icegatheringstatechange', check);
      resolve(result);
    };
    const check = (): void => {
      if (pc.iceGatheringState === 'complete') done('complete');
    };
    const timer = timers.setTimeout(() => done('timeout'), timeoutMs);
    pc.addEventListener('icegatheringstatechange', check);
  });
}

/** One side of a copy/paste connection. */
export interface ManualPeer {
  readonly phase: ManualPhase;
  /** Offering side: creates the channel and the offer, then waits for gathering. */
  createOffer(): Promise<ManualStep>;
  /** Answering side: takes the other side's offer and returns the answer to send back. */
  acceptOffer(offer: DescriptionInfo): Promise<ManualStep>;
  /** Offering side: takes the answer; the channel opens once ICE and DTLS are done. */
  acceptAnswer(answer: DescriptionInfo): Promise<{ ok: true } | { ok: false; code: ManualPeerCode; detail: string }>;
  /** Sends text over the open channel; false when it is not open. */
  send(text: string): boolean;
  subscribe(listener: (event: ManualPeerEvent) => void): () => void;
  /** Closes the channel and the connection; safe to call twice. */
  close(): void;
}

const failure = (error: unknown): { ok: false; code: ManualPeerCode; detail: string } => {
  const name = error instanceof Error ? error.name : 'Error';
  return { ok: false, code: name, detail: error instanceof Error ? error.message : String(error) };
};

/** Makes the peer; no connection exists until `createOffer` or `acceptOffer`. */
export function createManualPeer(options: ManualPeerOptions): ManualPeer {
  const listeners = new Set<(event: ManualPeerEvent) => void>();
  const timeout = options.gatherTimeoutMs ?? defaultGatherTimeoutMs;
  let phase: ManualPhase = 'idle';
  let pc: RTCPeerConnection | undefined;
  let channel: RTCDataChannel | undefined;

  const emit = (event: ManualPeerEvent): void => {
    for (const listener of [...listeners]) listener(event);
  };
  const setPhase = (next: ManualPhase): void => {
    if (phase === next || phase === 'closed') return;
    phase = next;
    emit({ type: 'phase', phase: next });
  };
  const watchChannel = (dc: RTCDataChannel): void => {
    channel = dc;
    dc.addEventListener('open', () => setPhase('open'));
    dc.addEventListener('close', () => setPhase('closed'));
    dc.addEventListener('message', (event: MessageEvent) => {
      // Whatever arrives is the other side's to choose: only text is shown, and only so much of it.
      if (typeof event.data !== 'string') return;
      emit({ type: 'message', direction: 'in', text: event.data.slice(0, maxChannelText) });
    });
  };
  const connect = (): RTCPeerConnection => {
    const created = new options.RTCPeerConnection();
    created.addEventListener('connectionstatechange', () => {
      if (created.connectionState === 'failed') setPhase('failed');
    });
    created.addEventListener('datachannel', (event) => watchChannel(event.channel));
    pc = created;
    return created;
  };
  const described = async (
    connection: RTCPeerConnection,
    ready: 'offer-ready' | 'answer-ready',
  ): Promise<ManualStep> => {
    setPhase('gathering');
    const gathering = await waitForGathering(connection, options.timers, timeout);
    const local = connection.localDescription;
    if (phase === 'closed' || !local) return { ok: false, code: 'wrong-phase', detail: 'closed' };
    setPhase(ready);
    return { ok: true, description: { type: local.type, sdp: local.sdp }, gathering };
  };

  return {
    get phase() {
      return phase;
    },
    async createOffer() {
      if (phase !== 'idle') return { ok: false, code: 'wrong-phase', detail: phase };
      try {
        const connection = connect();
        watchChannel(connection.createDataChannel(manualChannelLabel));
        await connection.setLocalDescription(await connection.createOffer());
        return await described(connection, 'offer-ready');
      } catch (error) {
        setPhase('failed');
        return failure(error);
      }
    },
    async acceptOffer(offer) {
      if (phase !== 'idle') return { ok: false, code: 'wrong-phase', detail: phase };
      if (offer.type !== 'offer') return { ok: false, code: 'not-an-offer', detail: offer.type };
      try {
        const connection = connect();
        await connection.setRemoteDescription(offer);
        await connection.setLocalDescription(await connection.createAnswer());
        return await described(connection, 'answer-ready');
      } catch (error) {
        setPhase('failed');
        return failure(error);
      }
    },
    async acceptAnswer(answer) {
      if (phase !== 'offer-ready' || !pc) return { ok: false, code: 'wrong-phase', detail: phase };
      if (answer.type !== 'answer') return { ok: false, code: 'not-an-answer', detail: answer.type };
      try {
        setPhase('connecting');
        await pc.setRemoteDescription(answer);
        return { ok: true };
      } catch (error) {
        setPhase('failed');
        return failure(error);
      }
    },
    send(text) {
      if (phase !== 'open' || channel?.readyState !== 'open') return false;
      channel.send(text);
      emit({ type: 'message', direction: 'out', text });
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (phase === 'closed') return;
      channel?.close();
      pc?.close();
      setPhase('closed');
      listeners.clear();
    },
  };
}
