import type { ChapterStatus } from '../../lib/progress/status';
import type { ImportResult, ProgressNotice } from '../../lib/progress/store';
import type { MessageKey } from '../../i18n/en';

/** The dictionary key of each chapter status. */
export const statusKey: Readonly<Record<ChapterStatus, MessageKey>> = {
  done: 'progress.status.done',
  started: 'progress.status.started',
  'not-started': 'progress.status.not-started',
};

/** The dictionary key of each notice the store can raise (none for 'none'). */
export const noticeKey: Readonly<Record<Exclude<ProgressNotice, 'none'>, MessageKey>> = {
  'moved-aside': 'progress.notice.moved-aside',
  'memory-only': 'progress.notice.memory-only',
};

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
