import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { MediaFailure, insecureContextFailure, mediaErrorCodes, toMediaFailure } from '../../src/lib/media/errors';
import { describeFailure } from '../../src/components/media/failure-text';

const t = useTranslations('en');

/** What Chrome's OverconstrainedError looks like: a DOMException-like object with a `constraint`. */
const overconstrained = (constraint: string) =>
  Object.assign(new DOMException('', 'OverconstrainedError'), { constraint });

describe('toMediaFailure maps each error getUserMedia rejects with', () => {
  describe.each([
    ['NotAllowedError', new DOMException('Permission denied', 'NotAllowedError'), 'permission-denied', undefined],
    ['NotFoundError', new DOMException('Requested device not found', 'NotFoundError'), 'not-found', undefined],
    [
      'NotReadableError',
      new DOMException('Could not start video source', 'NotReadableError'),
      'not-readable',
      undefined,
    ],
    ['OverconstrainedError', overconstrained('width'), 'overconstrained', 'width'],
    ['AbortError', new DOMException('Starting videoinput failed', 'AbortError'), 'aborted', undefined],
    ['TypeError', new TypeError('At least one of audio and video must be requested'), 'invalid-constraints', undefined],
    ['SecurityError', new DOMException('User media support is disabled', 'SecurityError'), 'security', undefined],
    [
      'InvalidStateError (unknown here)',
      new DOMException('Document not active', 'InvalidStateError'),
      'unknown',
      undefined,
    ],
  ] as const)('%s', (_label, error, code, constraint) => {
    const failure = toMediaFailure(error);

    it(`to the code ${code}, keeping the browser's name and message`, () => {
      expect(failure).toBeInstanceOf(MediaFailure);
      expect(failure.code).toBe(code);
      expect(failure.errorName).toBe(error.name);
      expect(failure.errorMessage).toBe(error.message);
      expect(failure.constraint).toBe(constraint);
    });

    it('to a title and a sentence from the dictionary, with every placeholder filled', () => {
      const text = describeFailure(failure, t);
      expect(text.title).toBe(t(`media.error.${code}.title`));
      expect(text.text.length).toBeGreaterThan(60);
      expect(`${text.title} ${text.text} ${text.detail}`).not.toMatch(/[{}]/);
      expect(text.detail).toContain(error.name);
    });
  });

  it('names the constraint that failed in the sentence', () => {
    const text = describeFailure(toMediaFailure(overconstrained('deviceId')), t);
    expect(text.text).toContain('“deviceId”');
    expect(text.detail).toBe('The browser said: OverconstrainedError, constraint “deviceId”');
  });

  it('shows an unknown error by its name and message, never swallowing it', () => {
    const failure = toMediaFailure(new DOMException('Something new', 'BrandNewError'));
    expect(failure.code).toBe('unknown');
    const text = describeFailure(failure, t);
    expect(text.text).toContain('BrandNewError');
    expect(text.detail).toBe('The browser said: BrandNewError: Something new');
  });

  it.each([
    ['a string', 'camera exploded', 'Error', 'camera exploded'],
    ['undefined', undefined, 'Error', ''],
    ['an object without a name', { message: 'odd' }, 'Error', 'odd'],
  ])('turns %s thrown into an unknown failure', (_label, thrown, name, message) => {
    const failure = toMediaFailure(thrown);
    expect([failure.code, failure.errorName, failure.errorMessage]).toEqual(['unknown', name, message]);
  });

  it('passes a MediaFailure through unchanged', () => {
    const failure = insecureContextFailure();
    expect(toMediaFailure(failure)).toBe(failure);
  });

  it('says so when the browser gives no message', () => {
    const text = describeFailure(toMediaFailure(new DOMException('', 'AbortError')), t);
    expect(text.detail).toBe('The browser said: AbortError');
  });
});

describe('the dictionary', () => {
  it.each(mediaErrorCodes)('has a title and a sentence for %s', (code) => {
    const text = describeFailure(new MediaFailure(code, 'SomeError', 'some message', 'width'), t);
    expect(text.title).not.toBe('');
    expect(text.text).not.toMatch(/[{}]/);
  });

  it('tells the reader on an insecure page where to open it instead', () => {
    const text = describeFailure(insecureContextFailure(), t);
    expect(text.text).toMatch(/https/);
    expect(text.text).toMatch(/localhost/);
  });
});
