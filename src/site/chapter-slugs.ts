/** The codelab's ten chapters, numbered as the codelab numbers them; each is a URL segment under /steps/. */
export const chapterSlugs = [
  '01-introduction',
  '02-overview',
  '03-get-the-code',
  '04-webcam',
  '05-peer-connection',
  '06-data-channel',
  '07-signaling',
  '08-call',
  '09-photo',
  '10-congratulations',
] as const;

/** One chapter's slug, e.g. `05-peer-connection`. */
export type ChapterSlug = (typeof chapterSlugs)[number];
