import { describe, expect, it } from 'vitest';
import { chapterMilestones, isMilestoneId } from '../../src/lib/progress/catalog';
import { mergeProgress } from '../../src/lib/progress/merge';
import { progressBackupKey, progressKey } from '../../src/lib/progress/keys';
import { parseProgressText, serializeProgress, type ProgressState } from '../../src/lib/progress/schema';
import { chapterStatus } from '../../src/lib/progress/status';
import { createProgressStore, type ProgressStorage } from '../../src/lib/progress/store';

/** An in-memory Storage; `fail` makes chosen methods throw the way a disabled or full storage does. */
function fakeStorage(initial: Record<string, string> = {}, fail: { get?: boolean; set?: boolean } = {}) {
  const data = new Map(Object.entries(initial));
  const storage: NonNullable<ProgressStorage> = {
    getItem(key) {
      if (fail.get) throw new DOMException('denied', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem(key) {
      data.delete(key);
    },
  };
  return { storage, data };
}

const clock = (start = 1_000) => {
  let t = start;
  return () => ++t;
};

const state = (milestones: ProgressState['milestones'], resetAt = 0): ProgressState => ({ milestones, resetAt });

describe('schema', () => {
  it('reads back what it writes', () => {
    const s = state({ '04-webcam/live-video': 5 }, 2);
    expect(parseProgressText(serializeProgress(s))).toEqual({ ok: true, state: s });
  });

  it.each([
    ['not JSON', '{oops', 'not-json'],
    ['another app’s value', '{"theme":"dark"}', 'not-progress'],
    ['an array', '[1,2]', 'not-progress'],
    ['a newer schema', '{"format":"webrtc-tutorial-progress","version":2,"milestones":{}}', 'newer-version'],
    [
      'a version that is not a number',
      '{"format":"webrtc-tutorial-progress","version":"1","milestones":{}}',
      'not-progress',
    ],
    ['a malformed id', '{"format":"webrtc-tutorial-progress","version":1,"milestones":{"x":1}}', 'bad-milestone'],
    [
      'a time that is not a number',
      '{"format":"webrtc-tutorial-progress","version":1,"milestones":{"04-webcam/live-video":"yesterday"}}',
      'bad-milestone',
    ],
    ['milestones as a list', '{"format":"webrtc-tutorial-progress","version":1,"milestones":[]}', 'not-progress'],
  ])('refuses %s', (_, text, problem) => {
    expect(parseProgressText(text)).toEqual({ ok: false, problem });
  });

  it('refuses more milestones than any tutorial has', () => {
    const milestones = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`01-x/m${i}`, 1]));
    const text = JSON.stringify({ format: 'webrtc-tutorial-progress', version: 1, milestones });
    expect(parseProgressText(text)).toEqual({ ok: false, problem: 'too-many' });
  });

  it('knows milestone ids by their shape', () => {
    expect(isMilestoneId('05-peer-connection/manual-call')).toBe(true);
    expect(isMilestoneId('../../etc')).toBe(false);
    expect(isMilestoneId('05-peer-connection/Manual Call')).toBe(false);
  });
});

describe('merge', () => {
  it('keeps every milestone of both sides with the earlier time', () => {
    const a = state({ '04-webcam/live-video': 10, '04-webcam/self-check': 30 });
    const b = state({ '04-webcam/live-video': 5, '05-peer-connection/manual-call': 20 });
    expect(mergeProgress(a, b)).toEqual(
      state({ '04-webcam/live-video': 5, '04-webcam/self-check': 30, '05-peer-connection/manual-call': 20 }),
    );
  });

  it('drops what was reached before the later reset, on either side', () => {
    const reset = state({ '04-webcam/self-check': 50 }, 40);
    const old = state({ '04-webcam/live-video': 10, '05-peer-connection/manual-call': 45 });
    expect(mergeProgress(old, reset)).toEqual(
      state({ '04-webcam/self-check': 50, '05-peer-connection/manual-call': 45 }, 40),
    );
    expect(mergeProgress(reset, old)).toEqual(mergeProgress(old, reset));
  });
});

describe('chapter status', () => {
  it.each([
    [{}, 'not-started'],
    [{ '05-peer-connection/self-check': 1 }, 'started'],
    [{ '05-peer-connection/self-check': 1, '05-peer-connection/manual-call': 2 }, 'done'],
  ] as const)('%j -> %s', (milestones, expected) => {
    expect(chapterStatus(state(milestones), '05-peer-connection')).toBe(expected);
  });

  it('asks chapters 4 and 5 for doing, not only a self-check', () => {
    expect(chapterMilestones['04-webcam']).toContain('live-video');
    expect(chapterMilestones['05-peer-connection']).toContain('manual-call');
  });
});

describe('store', () => {
  it('keeps milestones across a reload', () => {
    const { storage } = fakeStorage();
    const first = createProgressStore(storage, clock());
    expect(first.reach('04-webcam/live-video')).toBe(true);
    expect(first.reach('04-webcam/live-video')).toBe(false);
    const again = createProgressStore(storage, clock(2_000));
    expect(Object.keys(again.state.milestones)).toEqual(['04-webcam/live-video']);
    expect(again.notice).toBe('none');
  });

  it('moves a corrupt value aside and starts clean with a notice', () => {
    const { storage, data } = fakeStorage({ [progressKey]: '{"half":' });
    const store = createProgressStore(storage, clock());
    expect(store.state.milestones).toEqual({});
    expect(store.notice).toBe('moved-aside');
    expect(data.get(progressBackupKey)).toBe('{"half":');
    expect(data.has(progressKey)).toBe(false);
    store.reach('01-introduction/self-check');
    expect(data.get(progressBackupKey)).toBe('{"half":');
  });

  it.each([
    ['reading throws (storage disabled)', { get: true }],
    ['writing throws (quota, private mode)', { set: true }],
  ])('keeps progress in memory when %s, and says so', (_, fail) => {
    const { storage } = fakeStorage({}, fail);
    const store = createProgressStore(storage, clock());
    store.reach('04-webcam/live-video');
    expect(store.state.milestones['04-webcam/live-video']).toBeDefined();
    expect(store.notice).toBe('memory-only');
  });

  it('works with no storage at all (an opaque origin)', () => {
    const store = createProgressStore(null, clock());
    expect(store.reach('04-webcam/live-video')).toBe(true);
    expect(Object.keys(store.state.milestones)).toHaveLength(1);
    expect(store.notice).toBe('memory-only');
  });

  it('merges two tabs without losing a milestone, in either order of writes', () => {
    const { storage, data } = fakeStorage();
    const tabA = createProgressStore(storage, clock(100));
    const tabB = createProgressStore(storage, clock(200));
    tabA.reach('04-webcam/live-video');
    // B has not heard A's storage event yet; its write must still keep A's milestone.
    tabB.reach('05-peer-connection/manual-call');
    tabA.receive(data.get(progressKey) ?? null);
    const ids = ['04-webcam/live-video', '05-peer-connection/manual-call'];
    expect(Object.keys(tabA.state.milestones).sort()).toEqual(ids);
    expect(Object.keys(tabB.state.milestones).sort()).toEqual(ids);
  });

  it('a reset in one tab reaches the other tab, which does not bring old milestones back', () => {
    const { storage, data } = fakeStorage();
    const tabA = createProgressStore(storage, clock(100));
    const tabB = createProgressStore(storage, clock(200));
    tabA.reach('04-webcam/live-video');
    tabB.receive(data.get(progressKey) ?? null);
    tabA.reset();
    tabB.receive(data.get(progressKey) ?? null);
    expect(tabB.state.milestones).toEqual({});
    tabB.reach('01-introduction/self-check');
    expect(Object.keys(createProgressStore(storage).state.milestones)).toEqual(['01-introduction/self-check']);
  });

  it('ignores an unreadable value from another tab', () => {
    const store = createProgressStore(fakeStorage().storage, clock());
    store.reach('04-webcam/live-video');
    store.receive('garbage');
    store.receive(null);
    expect(Object.keys(store.state.milestones)).toEqual(['04-webcam/live-video']);
  });
});

describe('import and export', () => {
  it('imports an exported file into another browser, adding to what is there', () => {
    const home = createProgressStore(fakeStorage().storage, clock());
    home.reach('04-webcam/live-video');
    home.reach('05-peer-connection/manual-call');
    const work = createProgressStore(fakeStorage().storage, clock(5_000));
    work.reach('04-webcam/self-check');
    expect(work.importText(home.exportText())).toEqual({ ok: true, added: 2 });
    expect(Object.keys(work.state.milestones)).toHaveLength(3);
  });

  it('counts imported milestones even when they predate this browser’s last reset', () => {
    const old = createProgressStore(fakeStorage().storage, clock(10));
    old.reach('04-webcam/live-video');
    const store = createProgressStore(fakeStorage().storage, clock(1_000));
    store.reset();
    expect(store.importText(old.exportText())).toEqual({ ok: true, added: 1 });
  });

  it.each([
    ['', 'empty'],
    ['not json', 'not-json'],
    ['{"format":"something-else"}', 'not-progress'],
    ['{"format":"webrtc-tutorial-progress","version":9,"milestones":{}}', 'newer-version'],
    ['x'.repeat(70_000), 'too-large'],
  ])('refuses a bad file (%#) with a code and changes nothing', (text, problem) => {
    const store = createProgressStore(fakeStorage().storage, clock());
    store.reach('04-webcam/live-video');
    expect(store.importText(text)).toEqual({ ok: false, problem });
    expect(Object.keys(store.state.milestones)).toEqual(['04-webcam/live-video']);
  });
});
