import type { ImportResult } from '../../lib/progress/store';
import type { MessageKey } from '../../i18n/en';

/** The dictionary key of each reason an import was refused. */
export const importProblemKey: Readonly<Record<Extract<ImportResult, { ok: false }>['problem'], MessageKey>> = {
  'not-json': 'progress.import.not-json',
  'not-progress': 'progress.import.not-progress',
  'newer-version': 'progress.import.newer-version',
  'bad-milestone': 'progress.import.bad-milestone',
  'too-many': 'progress.import.too-many',
  'too-large': 'progress.import.too-large',
  empty: 'progress.import.empty',
};
