import { launchOptions } from '../../scripts/chromium-path.mjs';
import { expect, test } from './fixtures';
import { expectNoFailure, expectVideoPlays, webcamChapter, webcamLab } from './webcam-helpers';

// tutorial.test resolves to 127.0.0.1 but, over plain http, is not a secure context: navigator.mediaDevices is gone.
test.use({
  launchOptions: launchOptions(['--host-resolver-rules=MAP tutorial.test 127.0.0.1']),
  permissions: [],
});

test('on an insecure origin the lab explains the secure context, and the test pattern still plays', async ({
  page,
  baseURL,
}) => {
  const port = new URL(baseURL as string).port;
  // The preview server only answers its own host name, so the page's requests are fetched from 127.0.0.1 for it.
  await page.route('http://tutorial.test:*/**', async (route) => {
    const url = new URL(route.request().url());
    url.hostname = '127.0.0.1';
    await route.fulfill({ response: await route.fetch({ url: url.href }) });
  });
  await page.goto(`http://tutorial.test:${port}${webcamChapter}`);
  expect(await page.evaluate(() => [window.isSecureContext, 'mediaDevices' in navigator])).toEqual([false, false]);
  const lab = webcamLab(page);
  await expect(lab.lab.getByText('This page has no camera API')).toBeVisible();
  await lab.start.click();
  await expect(lab.alert).toContainText('The camera did not start. This page is not a secure context.');
  await expect(lab.alert).toContainText('http://localhost or http://127.0.0.1');
  // Trying again cannot help here, so the page does not offer it.
  await expect(lab.retry).toBeHidden();
  await lab.fallback.click();
  await expectVideoPlays(page);
  await expectNoFailure(page);
});
