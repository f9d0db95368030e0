import { describe, expect, it } from 'vitest';
import { fakeDocument } from './fakes/media';
import { createTestPattern } from '../../src/lib/media/test-pattern';

describe('createTestPattern', () => {
  it('captures a canvas of the asked size at the asked frame rate, and keeps drawing on each tick', () => {
    const fake = fakeDocument();
    const pattern = createTestPattern({ width: 320, height: 240, fps: 15, document: fake.document });
    expect(fake.captures).toEqual([{ fps: 15, stream: pattern.stream }]);
    expect(pattern.stream.getVideoTracks()).toHaveLength(1);
    expect(pattern.stream.getAudioTracks()).toHaveLength(0);
    const before = fake.drawCalls();
    expect(before).toBeGreaterThan(0);
    fake.timers.tick();
    expect(fake.drawCalls()).toBeGreaterThan(before);
    pattern.stop();
  });

  it('adds a tone track from an oscillator when asked', () => {
    const fake = fakeDocument();
    const pattern = createTestPattern({ audio: true, document: fake.document });
    expect(pattern.stream.getTracks().map((t) => t.kind)).toEqual(['video', 'audio']);
    pattern.stop();
    expect(fake.audioContexts).toEqual([{ closed: true, oscillatorStopped: true }]);
  });

  it('stop ends the tracks and the drawing loop, and can be called twice', () => {
    const fake = fakeDocument();
    const pattern = createTestPattern({ audio: true, document: fake.document });
    pattern.stop();
    pattern.stop();
    expect(pattern.stream.getTracks().every((t) => t.readyState === 'ended')).toBe(true);
    expect(fake.timers.intervals.size).toBe(0);
    const after = fake.drawCalls();
    fake.timers.tick();
    expect(fake.drawCalls()).toBe(after);
  });

  it('can be created and stopped 200 times without leaking a timer, a track or an audio context', () => {
    const fake = fakeDocument();
    for (let i = 0; i < 200; i++) createTestPattern({ audio: true, document: fake.document }).stop();
    expect(fake.timers.intervals.size).toBe(0);
    expect(fake.audioContexts).toHaveLength(200);
    expect(fake.audioContexts.every((c) => c.closed && c.oscillatorStopped)).toBe(true);
    expect(fake.captures.every((c) => !c.stream.active)).toBe(true);
  });

  it('refuses a document without a window', () => {
    const document = { defaultView: null } as unknown as Document;
    expect(() => createTestPattern({ document })).toThrow(/no window/);
  });
});
