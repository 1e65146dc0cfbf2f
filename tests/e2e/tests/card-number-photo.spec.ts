// The chip flow's "read the number from a photo of the card" (number step): the engine worker's
// card-number reader fills the number in; a photo without a card says so and leaves it empty.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from '@playwright/test';
import { text } from '../support/locales';
import { appReady, watchPage } from '../support/page-health';

const DOCUMENTS = path.resolve(__dirname, '../fixtures/documents');
const card = JSON.parse(fs.readFileSync(path.join(DOCUMENTS, 'residence-card.json'), 'utf8'));
test.setTimeout(120_000);

test('the card number is read from a photo of the card, and a blank photo is explained', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/card-reader');
  await appReady(page);
  const number = page.locator('#card-number');
  const status = page.locator('#card-number-photo-status');
  await page.locator('#card-number-photo').setInputFiles(path.join(DOCUMENTS, 'blank.png'));
  await expect(status).toHaveText(text('en', 'document-scan-number-unreadable'), { timeout: 90_000 });
  await expect(number).toHaveValue('');
  await page.locator('#card-number-photo').setInputFiles(path.join(DOCUMENTS, 'residence-card.jpg'));
  await expect(number).toHaveValue(card.card_number, { timeout: 90_000 });
  await expect(status).toHaveText(text('en', 'chip-number-camera-read'));
  // The number goes on to the next step like a typed one; nothing was sent.
  await page.getByRole('button', { name: text('en', 'chip-next') }).click();
  await expect(number).toHaveCount(0);
  expect(health.requests.filter((url) => url.includes('/api/') && !url.endsWith('/api/trust-anchors'))).toEqual([]);
  expect(health.consoleErrors).toEqual([]);
});
