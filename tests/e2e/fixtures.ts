import { test as base, expect, type Page } from '@playwright/test';

/** What went wrong on a page while a test ran: console errors, uncaught errors, failed or off-site requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  offsiteRequests: string[];
}

interface Options {
  /** Console errors matching one of these are expected by the test (e.g. the 404 page's own status). */
  allowedConsoleErrors: RegExp[];
}

/** Watches a page for problems; every test using `page` fails if any appear, unless the test allowed them. */
export const test = base.extend<Options & { problems: PageProblems }>({
  allowedConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems = watch(page);
      await use(problems);
      const consoleErrors = problems.consoleErrors.filter((text) => !allowedConsoleErrors.some((re) => re.test(text)));
      expect.soft(consoleErrors, 'console errors').toEqual([]);
      expect.soft(problems.pageErrors, 'uncaught errors').toEqual([]);
      expect.soft(problems.failedRequests, 'failed requests').toEqual([]);
      expect.soft(problems.offsiteRequests, 'requests leaving 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

function watch(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], offsiteRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    // tutorial.test is mapped to 127.0.0.1 by the insecure-origin test.
    const local =
      ['127.0.0.1', 'tutorial.test'].includes(url.hostname) || ['data:', 'blob:', 'about:'].includes(url.protocol);
    if (!local) problems.offsiteRequests.push(request.url());
  });
  return problems;
}

/** Every page of a built site, as root-relative paths (`/`, `/steps/01-introduction/`), read from its output folder. */
export { builtPages } from './built-pages';
