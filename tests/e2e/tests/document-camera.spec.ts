// The document step's live camera in Chromium: the fake capture device plays the generated
// Residence Card photo as the camera's picture, the preview judge sees it still and sharp and
// takes the photo by itself, and the card is read. Also the manual capture button.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test } from '@playwright/test';
import base from '../playwright.config';
import { text } from '../support/locales';
import { appReady, watchPage } from '../support/page-health';

const DOCUMENTS = path.resolve(__dirname, '../fixtures/documents');
const card = JSON.parse(fs.readFileSync(path.join(DOCUMENTS, 'residence-card.json'), 'utf8'));
// Chromium's fake camera plays an MJPEG file: one JPEG frame, repeated.
const video = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'madoguchi-camera-')), 'card.mjpeg');
fs.copyFileSync(path.join(DOCUMENTS, 'residence-card.jpg'), video);

test.use({
  permissions: ['camera'],
  launchOptions: {
    ...base.use?.launchOptions,
    args: [
      ...(base.use?.launchOptions?.args ?? []),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  },
});
test.setTimeout(120_000);

test('the camera takes the photo by itself once the card is still and sharp, and reads it', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/document-scan');
  await appReady(page);
  await page.getByRole('button', { name: text('en', 'document-scan-camera-start') }).click();
  await expect(page.locator('.camera video')).toBeVisible();
  await expect(page.locator('.camera .frame-guide')).toBeVisible();
  await expect(page.locator('#scan-field-card-number')).toHaveValue(card.card_number, { timeout: 90_000 });
  await expect(page.locator('#scan-field-name')).toHaveValue(card.name);
  // The camera is closed after the capture.
  await expect(page.locator('.camera')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('video').length)).toBe(0);
  expect(health.requests.filter((url) => url.includes('/api/'))).toEqual([]);
  expect(health.consoleErrors).toEqual([]);
});
