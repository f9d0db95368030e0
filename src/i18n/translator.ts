import type { MessageKey } from './en';
import { fillPlaceholders } from './format';

type Params = Readonly<Record<string, string | number>>;

/** The dictionary families whose last part is a code from `src/lib` (a reason, a phase id, an error name...). */
export type CodeFamily =
  | 'call.reason'
  | 'call.mistake'
  | 'call.phase'
  | 'call.status'
  | 'call.hint'
  | 'call.explain'
  | 'call.peer'
  | 'cap'
  | 'inspect.peer'
  | 'inspect.log'
  | 'inspect.sdp'
  | 'inspect.sdp.dir'
  | 'inspect.sdp.role'
  | 'inspect.seq.kind'
  | 'inspect.stats'
  | 'inspect.stats.chart'
  | 'inspect.stats.help'
  | 'inspect.stats.status'
  | 'inspect.cand.col'
  | 'inspect.cand.help'
  | 'transfer.refusal'
  | 'transfer.failed';

/** A translator: `t(key)` for a fixed key, `t.code(family, code)` for a sentence chosen by a code the lib returned. */
export interface Translate {
  (key: MessageKey, params?: Params): string;
  /** The sentence of `family.code`; an unknown code shows as itself, so it is noticed rather than hidden. */
  code(family: CodeFamily, code: string, params?: Params): string;
}

/** Makes a translator over any lookup: the build's full dictionary or the strings an island received. */
export function makeTranslator(lookup: (key: string) => string | undefined): Translate {
  const t = (key: MessageKey, params: Params = {}) => fillPlaceholders(lookup(key) ?? key, params);
  return Object.assign(t, {
    code: (family: CodeFamily, code: string, params: Params = {}) =>
      fillPlaceholders(lookup(`${family}.${code}`) ?? code, params),
  });
}
