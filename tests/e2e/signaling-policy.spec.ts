import type { Page } from '@playwright/test';
import { languages } from '../../src/i18n';
import { signalUrl } from '../../playwright.config';
import { expect, test } from './fixtures';

const chapters = [
  { lang: 'en', path: '/steps/07-signaling/', dict: languages.en },
  { lang: 'ko', path: '/ko/steps/07-signaling/', dict: languages.ko },
] as const;

/** A server the page's policy does not list: the lab must not even try it (the fixture fails on a CSP refusal). */
const outside = 'ws://signal.invalid:9000/signal';

const roomStatus = (page: Page) => page.locator('#roomStatus');

for (const { lang, path, dict } of chapters) {
  test(`chapter 7 (${lang}): a ?signal= server outside the page's security policy is explained, with the servers it allows, and the lab joins through the built-in one`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${path}?transport=websocket&signal=${encodeURIComponent(outside)}`);
    await expect(page.getByRole('radio', { name: dict['signal.transport.websocket'] })).toBeChecked();

    // The sentence up to the list of servers, then each server the policy lists, then what to do.
    const [ignored] = dict['signal.server.ignored'].split('{problem}');
    const [policy, afterList = ''] = dict['signal.problem.refused-by-policy'].split('{allowed}');
    const explanation = page.getByText(`${ignored ?? ''}${policy ?? ''}`);
    await expect(explanation).toBeVisible();
    const own = new URL(baseURL ?? '').host;
    await expect(explanation).toContainText(dict['signal.policy.self'].replace('{origin}', `ws://${own}`));
    await expect(explanation).toContainText('ws://127.0.0.1:8787');
    await expect(explanation).toContainText(new URL(signalUrl).origin);
    const [remedy] = afterList.split('{url}');
    await expect(explanation).toContainText((remedy ?? '').trim());
    await expect(explanation).toContainText(`PUBLIC_SIGNAL_URL=${outside}`);

    await expect(page.locator('[data-server-url]')).toHaveText(dict['signal.server.line'].replace('{url}', signalUrl));
    await expect(page.getByText(dict['signal.server.rule.build'])).toBeVisible();
    await page.getByRole('button', { name: dict['signal.join'], exact: true }).click();
    await expect(roomStatus(page)).toHaveAttribute('data-status', 'waiting');
    await page.getByRole('button', { name: dict['signal.leave'] }).click();
    await expect(roomStatus(page)).toHaveAttribute('data-status', 'idle');
  });
}
