import type { Page } from '@playwright/test';
import { languages } from '../../src/i18n';
import { expect, test } from './fixtures';

const ko = languages.ko;
const manualOrder = [
  'get-user-media',
  'create-peers',
  'add-tracks',
  'create-offer',
  'set-local-offer',
  'set-remote-offer',
  'create-answer',
  'set-local-answer',
  'set-remote-answer',
  'exchange-ice',
] as const;

const state = (page: Page, peer: 'local' | 'remote', name: string) =>
  page.locator(`[data-peer="${peer}"] [data-state="${name}"]`);
const trail = (page: Page, peer: 'local' | 'remote', name: string) =>
  page.locator(`[data-peer="${peer}"] [data-trail="${name}"]`);

test.beforeEach(async ({ page }) => {
  await page.goto('/ko/steps/05-peer-connection/');
  await page.getByRole('radio', { name: ko['call.source.pattern'] }).check();
});

test('a Korean reader runs the whole call by hand and sees the same state trails as in English', async ({ page }) => {
  // Ten steps, each waiting for the browser and the panel's batched redraw: on a busy machine this takes over a minute.
  test.slow();
  for (const id of manualOrder) {
    const step = page.locator(`[data-step="${id}"]`);
    await expect(step.locator('[data-phase]')).toHaveAttribute('aria-disabled', 'false');
    await step.locator('[data-phase]').click();
    await expect(step).toHaveAttribute('data-ran', 'done');
    await expect(step.locator('[data-result]')).toContainText('끝났습니다');
  }
  for (const peer of ['local', 'remote'] as const) {
    await expect(state(page, peer, 'connectionState')).toHaveText('connected');
    await expect(trail(page, peer, 'connectionState')).toHaveText('new → connecting → connected');
  }
  await expect(trail(page, 'local', 'signalingState')).toHaveText('stable → have-local-offer → stable');
  await expect(trail(page, 'remote', 'signalingState')).toHaveText('stable → have-remote-offer → stable');
  await page.locator('[data-phase="hang-up"]').click();
  await expect(state(page, 'local', 'connectionState')).toHaveText('closed');
});

test('a Korean reader connects through the quick path', async ({ page }) => {
  await page.getByRole('button', { name: ko['call.quick.start'], exact: true }).click();
  await page.getByRole('button', { name: ko['call.quick.call'], exact: true }).click();
  for (const peer of ['local', 'remote'] as const) {
    await expect(state(page, peer, 'connectionState')).toHaveText('connected');
  }
  await expect(page.locator('[data-setup]')).toHaveText(/\d+ ms/);
});
