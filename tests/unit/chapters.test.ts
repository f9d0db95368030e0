import { describe, expect, it } from 'vitest';
import { chapterPath, chapters, neighbours, publishedChapters } from '../../src/site/chapters';
import { withBase } from '../../src/site/url';

describe('chapters', () => {
  it('keeps the codelab numbering 1 to 10', () => {
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('publishes exactly the chapters whose page exists, starting with 1 to 3', () => {
    expect(publishedChapters.slice(0, 3).map((c) => c.slug)).toEqual([
      '01-introduction',
      '02-overview',
      '03-get-the-code',
    ]);
  });
  it('links neighbours among published chapters only', () => {
    const first = publishedChapters[0]!;
    const last = publishedChapters[publishedChapters.length - 1]!;
    expect(neighbours(first.slug).previous).toBeUndefined();
    expect(neighbours(last.slug).next).toBeUndefined();
    expect(neighbours('02-overview')).toMatchObject({
      previous: { slug: '01-introduction' },
      next: { slug: '03-get-the-code' },
    });
    expect(neighbours('not-a-chapter')).toEqual({ previous: undefined, next: undefined });
  });
  it('builds paths under any base', () => {
    expect(chapterPath({ slug: '04-webcam' })).toBe('/steps/04-webcam/');
    expect(withBase('/steps/04-webcam/', '/')).toBe('/steps/04-webcam/');
    expect(withBase('/steps/04-webcam/', '/webrtc-tutorial/')).toBe('/webrtc-tutorial/steps/04-webcam/');
    expect(withBase('favicon.svg', '/sub')).toBe('/sub/favicon.svg');
  });
});
