import type { Translate } from '../../i18n';
import type { Reason } from '../../lib/call/rules';
import type { PhaseId } from '../../lib/call/types';

/** The sentence for a reason the rules gave, with a busy phase named in words. */
export function reasonText(t: Translate, reason: Reason): string {
  const params: Record<string, string> = { ...reason.params };
  if (params['phase']) params['phase'] = t(`call.phase.${params['phase'] as PhaseId}`);
  return t(`call.reason.${reason.code}`, params);
}
