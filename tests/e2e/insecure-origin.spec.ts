import { launchOptions } from '../../scripts/chromium-path.mjs';
import { expect, test } from './fixtures';

// tutorial.test resolves to 127.0.0.1, but unlike 127.0.0.1 or localhost it is not a secure context over http.
test.use({
  launchOptions: launchOptions(['--host-resolver-rules=MAP tutorial.test 127.0.0.1']),
  permissions: [],
});

test('on an insecure origin the capability check says what is missing and what to do', async ({ page, baseURL }) => {
  const port = new URL(baseURL as string).port;
  // The preview server only answers its own host name, so the page's requests are fetched from 127.0.0.1 for it.
  await page.route('http://tutorial.test:*/**', async (route) => {
    const url = new URL(route.request().url());
    url.hostname = '127.0.0.1';
    await route.fulfill({ response: await route.fetch({ url: url.href }) });
  });
  await page.goto(`http://tutorial.test:${port}/steps/01-introduction/`);
  const check = page.locator('capability-check');
  const secure = check.locator('[data-feature="secureContext"]');
  await expect(secure).toHaveAttribute('data-value', 'no');
  await expect(secure.getByText(/Open this site over https/)).toBeVisible();
  await expect(check.locator('[data-feature="mediaDevices"]')).toHaveAttribute('data-value', 'no');
  await expect(check.getByRole('status')).toHaveText(/Something is missing/, { useInnerText: true });
});
