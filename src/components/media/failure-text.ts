import type { Translate } from '../../i18n';
import type { MediaFailure } from '../../lib/media/errors';

/** What the reader is told about a failure: a title, what happened and what to do, and the browser's own words. */
export interface FailureText {
  readonly title: string;
  readonly text: string;
  readonly detail: string;
}

/** Looks up the sentences for a failure's code in the dictionary. */
export function describeFailure(failure: MediaFailure, t: Translate): FailureText {
  const params = {
    name: failure.errorName,
    message: failure.errorMessage || t('media.error.noMessage'),
    constraint: failure.constraint ?? t('media.error.noConstraint'),
  };
  return {
    title: t(`media.error.${failure.code}.title` as const),
    text: t(`media.error.${failure.code}` as const, params),
    detail: failure.constraint
      ? t('media.error.detailConstraint', params)
      : failure.errorMessage
        ? t('media.error.detail', params)
        : t('media.error.detailNameOnly', params),
  };
}
