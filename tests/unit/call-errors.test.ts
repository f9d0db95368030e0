import { describe, expect, it } from 'vitest';
import { toErrorInfo } from '../../src/lib/call/errors';
import { explainMistake } from '../../src/lib/calls/video-loopback/mistakes';
import type { PhaseId } from '../../src/lib/calls/video-loopback/ids';
import { en } from '../../src/i18n/en';

const domError = (name: string, message = 'from the browser') => Object.assign(new Error(message), { name });

describe('toErrorInfo', () => {
  it.each<[string, unknown, { name: string; message: string }]>([
    [
      'a DOMException-like error keeps its name and message',
      domError('InvalidStateError', 'wrong state'),
      { name: 'InvalidStateError', message: 'wrong state' },
    ],
    ['a plain Error', new Error('boom'), { name: 'Error', message: 'boom' }],
    [
      'an object that looks like an error',
      { name: 'OperationError', message: 'x' },
      { name: 'OperationError', message: 'x' },
    ],
    ['a thrown string', 'just text', { name: 'Error', message: 'just text' }],
    ['undefined', undefined, { name: 'Error', message: 'undefined' }],
  ])('%s', (_story, thrown, expected) => {
    expect(toErrorInfo(thrown)).toEqual(expected);
  });
});

describe('explainMistake', () => {
  it.each<[PhaseId, string, string]>([
    ['exchange-ice', 'InvalidStateError', 'candidate-before-description'],
    ['create-answer', 'InvalidStateError', 'answer-without-offer'],
    ['set-local-answer', 'InvalidStateError', 'answer-without-offer'],
    ['set-remote-answer', 'InvalidStateError', 'answer-to-nobody'],
    ['add-tracks', 'InvalidAccessError', 'track-added-twice'],
    ['create-offer', 'InvalidStateError', 'offer-in-wrong-state'],
    ['set-remote-offer', 'InvalidAccessError', 'description-in-wrong-state'],
    ['exchange-ice', 'OperationError', 'other'],
    ['get-user-media', 'NotAllowedError', 'other'],
  ])('%s rejected with %s is explained as %s', (phase, name, code) => {
    const explained = explainMistake(phase, { name, message: '' });
    expect(explained).toBe(code);
    expect(en[`call.mistake.${explained}`]).toMatch(/\w/);
  });
});
