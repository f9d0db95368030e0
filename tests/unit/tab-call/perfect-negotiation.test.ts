import { describe, expect, it } from 'vitest';
import {
  perfectNegotiation,
  type Negotiation,
  type NegotiationEvent,
} from '../../../src/lib/calls/tab-call/perfect-negotiation';
import type { SignalMessage } from '../../../src/lib/signaling/types';
import { NegotiatingPeer } from './negotiating-peer';

/** Two sides wired by a wire that delivers each side's messages to the other in order, when the test flushes. */
function pair() {
  const make = (polite: boolean) => {
    const pc = new NegotiatingPeer();
    const events: NegotiationEvent[] = [];
    const outbox: SignalMessage[] = [];
    const negotiation: Negotiation = perfectNegotiation(pc as unknown as RTCPeerConnection, {
      polite,
      send: (message) => {
        outbox.push(message);
        return true;
      },
      report: (event) => events.push(event),
    });
    return { pc, events, outbox, negotiation };
  };
  const impolite = make(false);
  const polite = make(true);
  const errors: unknown[] = [];
  /** Delivers everything sent so far, both ways, until nothing moves. */
  const flush = async (): Promise<void> => {
    for (let round = 0; round < 50; round++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const moving = impolite.outbox.length + polite.outbox.length;
      if (moving === 0) continue;
      for (const [from, to] of [
        [impolite, polite],
        [polite, impolite],
      ] as const) {
        for (const message of from.outbox.splice(0)) {
          await to.negotiation.receive(message).catch((error: unknown) => errors.push(error));
        }
      }
    }
  };
  return { impolite, polite, flush, errors };
}

const types = (events: NegotiationEvent[]) => events.map((e) => ('outcome' in e ? `${e.type}:${e.outcome}` : e.type));

describe('perfect negotiation', () => {
  it.each([
    ['the impolite side', 'impolite'],
    ['the polite side', 'polite'],
  ] as const)(
    '%s adds a track, offers on negotiationneeded with setLocalDescription(), and both end stable',
    async (_, who) => {
      const sides = pair();
      const caller = sides[who];
      const callee = who === 'polite' ? sides.impolite : sides.polite;
      caller.pc.addTrack('camera');
      await sides.flush();
      expect(types(caller.events)).toEqual(['offer-sent']);
      expect(types(callee.events)).toEqual(['answer-sent']);
      expect(caller.pc.trail).toEqual(['stable', 'have-local-offer', 'stable']);
      expect(callee.pc.trail).toEqual(['stable', 'have-remote-offer', 'stable']);
      expect(sides.errors).toEqual([]);
    },
  );

  it('resolves glare: both offer at once, the impolite side ignores, the polite side rolls back and answers', async () => {
    const { impolite, polite, flush, errors } = pair();
    impolite.pc.restartIce();
    polite.pc.restartIce();
    // Both have made their offers before either arrives.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(impolite.pc.signalingState).toBe('have-local-offer');
    expect(polite.pc.signalingState).toBe('have-local-offer');
    await flush();
    expect(types(impolite.events)).toContain('collision:ignored');
    expect(types(polite.events)).toContain('collision:rolled-back');
    expect(polite.pc.rollbacks).toBe(1);
    expect(impolite.pc.rollbacks).toBe(0);
    // The impolite offer won: the polite side answered it instead of waiting for an answer to its own.
    expect(types(polite.events)).toEqual(['offer-sent', 'collision:rolled-back', 'answer-sent']);
    expect(types(impolite.events)).toEqual(['offer-sent', 'collision:ignored']);
    expect(impolite.pc.signalingState).toBe('stable');
    expect(polite.pc.signalingState).toBe('stable');
    expect(errors).toEqual([]);
  });

  it('drops the candidates of an offer it ignored without failing, but reports others', async () => {
    const { impolite, polite, flush } = pair();
    impolite.pc.restartIce();
    polite.pc.restartIce();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const offer = polite.outbox.shift()!;
    await impolite.negotiation.receive(offer);
    const candidate: SignalMessage = {
      type: 'candidate',
      candidate: { candidate: 'candidate:1 1 udp 1 192.0.2.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 },
    };
    // The impolite side ignored the offer and has no remote description: the candidate is dropped quietly.
    await expect(impolite.negotiation.receive(candidate)).resolves.toBeUndefined();
    await flush();
    // A side that ignored nothing reports a candidate it cannot use.
    const fresh = pair();
    await expect(fresh.polite.negotiation.receive(candidate)).rejects.toMatchObject({ name: 'InvalidStateError' });
    expect(polite.pc.signalingState).toBe('stable');
  });

  it('restarts ICE when it fails, which makes a new offer', async () => {
    const { impolite, polite, flush } = pair();
    impolite.pc.addTrack('camera');
    await flush();
    polite.pc.failIce();
    expect(polite.pc.restarts).toBe(1);
    expect(types(polite.events)).toContain('ice-restart');
    await flush();
    expect(types(polite.events).at(-1)).toBe('offer-sent');
    expect(types(impolite.events).at(-1)).toBe('answer-sent');
  });

  it('stops listening when closed', async () => {
    const { impolite } = pair();
    impolite.negotiation.close();
    impolite.pc.addTrack('camera');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(impolite.events).toEqual([]);
    expect(impolite.pc.signalingState).toBe('stable');
  });
});
