import type { Translate } from '../../i18n';
import type { Reason } from '../../lib/runner/types';

/** The sentence for a reason the rules gave, with a busy phase named in words. */
export function reasonText(t: Translate, reason: Reason): string {
  const params: Record<string, string> = { ...reason.params };
  if (params['phase']) params['phase'] = t.code('call.phase', params['phase']);
  return t.code('call.reason', reason.code, params);
}
