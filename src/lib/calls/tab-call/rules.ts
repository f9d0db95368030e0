import type { CallStatus } from '../../call/types';
import { gate } from '../../runner/gate';
import type { Verdict } from '../../runner/types';
import { no as refuse, yes } from '../../runner/verdict';
import type { RoomStatus } from '../../signaling/room-status';
import { phaseRole, type PhaseId, type Role } from './ids';

/** How this tab runs its side: phase by phase, or by perfect negotiation. */
export type CallMode = 'by-hand' | 'automatic';

/** What the rules need to know about this tab's connection. */
export interface PeerView {
  readonly signalingState: RTCSignalingState;
  readonly hasRemoteDescription: boolean;
}

/** One side of the call as the rules see it: plain data, so the rules are a pure function. */
export interface TabView {
  readonly mode: CallMode;
  readonly status: CallStatus;
  readonly busy: string | null;
  readonly room: RoomStatus;
  readonly role: Role | null;
  readonly hasStream: boolean;
  readonly peer: PeerView | null;
  readonly tracksAdded: boolean;
  readonly hasOffer: boolean;
  readonly hasAnswer: boolean;
  /** The type of the oldest description waiting in the inbox, if any. */
  readonly waitingDescription: 'offer' | 'answer' | 'pranswer' | 'rollback' | null;
  readonly waitingCandidates: number;
}

/** Why a phase (or Start, Call, both-offer) cannot run now; each code has one sentence (`tab.reason.<code>`). */
export const reasonCodes = [
  'busy',
  'failed',
  'automatic',
  'by-hand',
  'no-room',
  'other-side',
  'peer-exists',
  'no-peer',
  'no-stream',
  'has-stream',
  'tracks-added',
  'answer-made',
  'no-tracks',
  'offer-exists',
  'not-stable',
  'no-offer',
  'alone',
  'no-offer-received',
  'no-remote-offer',
  'answer-exists',
  'no-answer',
  'no-answer-received',
  'not-waiting',
  'no-candidates',
  'candidates-early',
  'no-call',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** Whether a reason's code is one of this call's, so the page can name its sentence. */
export function isReasonCode(code: string): code is ReasonCode {
  return (reasonCodes as readonly string[]).includes(code);
}

const no = (code: ReasonCode, params: Record<string, string> = {}): Verdict => refuse(code, params);

/** Whether this tab may run a phase now, and why not: its mode, its role in the room, then the phase's own order. */
export function verdict(view: TabView, phase: PhaseId): Verdict {
  if (phase === 'hang-up') return yes;
  if (view.mode === 'automatic') return no('automatic');
  const closed = gate(view.busy, view.status === 'failed');
  if (closed) return closed;
  if (view.role === null) return no('no-room');
  const side = phaseRole[phase];
  if (side !== 'both' && side !== view.role) return no('other-side', { role: side });
  if (phase === 'create-peer') return view.peer ? no('peer-exists') : yes;
  const pc = view.peer;
  if (!pc) return no('no-peer');
  const state = pc.signalingState;

  switch (phase) {
    case 'add-tracks':
      if (!view.hasStream) return no('no-stream');
      if (view.tracksAdded) return no('tracks-added');
      return view.hasAnswer || view.hasOffer ? no('answer-made') : yes;
    case 'create-offer':
      if (!view.tracksAdded) return no('no-tracks');
      if (view.hasOffer) return no('offer-exists');
      return state === 'stable' ? yes : no('not-stable', { state });
    case 'set-local-offer':
      if (!view.hasOffer) return no('no-offer');
      if (view.room !== 'ready') return no('alone');
      return state === 'stable' ? yes : no('not-stable', { state });
    case 'set-remote-offer':
      if (view.waitingDescription !== 'offer') return no('no-offer-received');
      return state === 'stable' && !pc.hasRemoteDescription ? yes : no('not-stable', { state });
    case 'create-answer':
      if (state !== 'have-remote-offer') return no('no-remote-offer', { state });
      return view.hasAnswer ? no('answer-exists') : yes;
    case 'set-local-answer':
      if (!view.hasAnswer) return no('no-answer');
      if (view.room !== 'ready') return no('alone');
      return state === 'have-remote-offer' ? yes : no('no-remote-offer', { state });
    case 'set-remote-answer':
      if (view.waitingDescription !== 'answer') return no('no-answer-received');
      return state === 'have-local-offer' ? yes : no('not-waiting', { state });
    case 'add-candidates':
      if (view.waitingCandidates === 0) return no('no-candidates');
      return pc.hasRemoteDescription ? yes : no('candidates-early');
  }
}
