/** English strings of the reader's tools: search and progress. */
export const siteTools = {
  'search.open': 'Search',
  'search.shortcut': 'Press / or Ctrl+K to search',
  'search.title': 'Search the chapters',
  'search.label': 'Search for a word or an API name',
  'search.close': 'Close',
  'search.loading': 'Loading the search index…',
  'search.hint': 'Type a word, an API name such as createOffer, or a state such as have-local-offer.',
  'search.none': 'Nothing found for “{query}”. Try a shorter word or an API name.',
  'search.count': '{n} chapters mention “{query}”.',
  'search.failed':
    'Search could not load its index ({reason}). Reload the page; if this copy of the site was built without the index, run npm run build.',
  'search.codeFailed': 'Search could not load. Check your connection, then reload the page.',
  'search.keys': 'Arrow keys move through the results, Enter opens one, Escape closes.',
  'progress.heading': 'Your progress',
  'progress.status.done': 'done',
  'progress.status.started': 'started',
  'progress.status.not-started': 'not started',
  'progress.chapterStatus': 'Chapter {n}: {status}',
  'progress.count': '{reached} of {total} milestones',
  'progress.explain':
    'A chapter counts as done when you have done what it teaches: chapter 4 shows live video, chapter 5 connects a call with the step buttons, chapter 6 gets a message across the channel, chapter 7 gets one through a signaling transport, chapter 8 connects a call between two tabs, chapter 9 delivers a verified photo and a verified file, and every self-check has all its answers opened.',
  'progress.reset': 'Reset progress',
  'progress.resetConfirm': 'Forget every milestone in this browser? Press Reset progress again to confirm.',
  'progress.resetDone': 'Progress reset.',
  'progress.export': 'Save progress as a file',
  'progress.import': 'Load progress from a file',
  'progress.imported': 'Loaded. {n} new milestones added; nothing you had was removed.',
  'progress.import.not-json': 'That file is not JSON. Pick a file saved with “Save progress as a file”.',
  'progress.import.not-progress':
    'That file is JSON but not a progress file of this tutorial. Pick a file saved with “Save progress as a file”.',
  'progress.import.newer-version':
    'That file was saved by a newer version of this tutorial. Reload the page to get the newest version, then try again.',
  'progress.import.bad-milestone':
    'That progress file has an entry this tutorial cannot read, so nothing was loaded. Save a fresh file on the other device.',
  'progress.import.too-many': 'That file lists far more milestones than the tutorial has, so nothing was loaded.',
  'progress.import.too-large': 'That file is too large to be a progress file (over 64 KB). Nothing was loaded.',
  'progress.import.empty': 'That file is empty. Nothing was loaded.',
  'progress.import.unreadable': 'The browser could not read that file. Try picking it again.',
  'progress.notice.moved-aside': 'Your saved progress could not be read, so it was set aside and you start fresh.',
  'progress.notice.memory-only':
    'This browser does not let the page store data, so your progress is kept only until you leave this page.',
} as const;
