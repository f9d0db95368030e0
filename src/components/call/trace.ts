import type { Translate } from '../../i18n';
import type { CallEvent } from '../../lib/call/types';

const who = (peer: 'local' | 'remote' | null) =>
  peer === 'local' ? '[alice]' : peer === 'remote' ? '[bob]' : '[page]';

/** One line of the codelab-style trace for an event, in the page's language, or null for events it leaves out. */
export function traceLine(event: CallEvent, origin: number, t: Translate): { text: string; error: boolean } | null {
  const peer = 'peer' in event ? event.peer : event.type === 'first-frame' ? 'remote' : null;
  const line = (text: string, error = false) => ({
    text: `${((event.at - origin) / 1000).toFixed(3)}s ${who(peer)} ${text}`,
    error,
  });
  switch (event.type) {
    case 'api-call':
      if (event.status === 'start') return line(t('call.trace.start', { call: event.call }));
      if (event.status === 'success') {
        return line(t('call.trace.ok', { call: event.call, ms: event.durationMs.toFixed(1) }));
      }
      return line(
        t('call.trace.failed', { call: event.call, name: event.error.name, message: event.error.message }),
        true,
      );
    case 'state':
      return line(`${event.name} → ${event.value}`);
    case 'candidate-gathered':
      return line(
        event.candidate
          ? t('call.trace.gathered', { candidate: event.candidate.candidate })
          : t('call.trace.gatheringComplete'),
      );
    case 'candidate-delivered':
      return line(t('call.trace.delivered'));
    case 'description':
      return line(t(`call.trace.description.${event.side}`, { type: event.sdpType }));
    case 'track':
      return line(t('call.trace.track', { kind: event.kind }));
    case 'first-frame':
      return line(t('call.trace.firstFrame', { width: event.width, height: event.height }));
    case 'call-status':
      return line(
        event.reason
          ? t('call.trace.statusWhy', { status: event.status, message: event.reason.message })
          : t('call.trace.status', { status: event.status }),
        event.status === 'failed',
      );
    case 'hint':
      return line(t('call.trace.hint', { code: event.code }));
  }
}
