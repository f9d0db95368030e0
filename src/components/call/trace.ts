import type { CallEvent } from '../../lib/call/types';

const who = (peer: 'local' | 'remote' | null) =>
  peer === 'local' ? '[alice]' : peer === 'remote' ? '[bob]' : '[page]';

/** One line of the codelab-style trace for an event, or null for events the trace leaves out. */
export function traceLine(event: CallEvent, origin: number): { text: string; error: boolean } | null {
  const time = `${((event.at - origin) / 1000).toFixed(3)}s`;
  switch (event.type) {
    case 'api-call':
      if (event.status === 'start') return { text: `${time} ${who(event.peer)} ${event.call} start`, error: false };
      if (event.status === 'success') {
        return {
          text: `${time} ${who(event.peer)} ${event.call} ok (${event.durationMs.toFixed(1)} ms)`,
          error: false,
        };
      }
      return {
        text: `${time} ${who(event.peer)} ${event.call} failed: ${event.error.name}: ${event.error.message}`,
        error: true,
      };
    case 'state':
      return { text: `${time} ${who(event.peer)} ${event.name} → ${event.value}`, error: false };
    case 'candidate-gathered':
      return {
        text: `${time} ${who(event.peer)} ${event.candidate ? `candidate gathered: ${event.candidate.candidate}` : 'gathering complete'}`,
        error: false,
      };
    case 'candidate-delivered':
      return { text: `${time} ${who(event.peer)} candidate delivered to the other peer`, error: false };
    case 'description':
      return { text: `${time} ${who(event.peer)} ${event.side} description set (${event.sdpType})`, error: false };
    case 'track':
      return { text: `${time} ${who(event.peer)} received a remote ${event.kind} track`, error: false };
    case 'first-frame':
      return { text: `${time} [bob] first remote frame ${event.width}×${event.height}`, error: false };
    case 'call-status':
      return {
        text: `${time} [page] call ${event.status}${event.reason ? `: ${event.reason.message}` : ''}`,
        error: event.status === 'failed',
      };
    case 'hint':
      return { text: `${time} [page] hint: ${event.code}`, error: false };
  }
}
