// The document step's capture button in Chromium: the default fake camera shows a moving test
// pattern (moving, with no print on it), so the photo is not taken by itself; the button takes it at once, and a picture
// without a document gets the retake advice.
import { expect, test } from '@playwright/test';
import base from '../playwright.config';
import { text } from '../support/locales';
import { appReady } from '../support/page-health';

test.use({
  permissions: ['camera'],
  launchOptions: {
    ...base.use?.launchOptions,
    args: [...(base.use?.launchOptions?.args ?? []), '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  },
});
test.setTimeout(120_000);

test('the capture button takes the photo; a picture without a document asks for a retake', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/document-scan');
  await appReady(page);
  await page.getByRole('button', { name: text('en', 'document-scan-camera-start') }).click();
  const video = page.locator('.camera video');
  await expect(video).toBeVisible();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
  // The pattern moves or is too plain to be a document: the judge says so and waits.
  await expect(page.locator('.camera [data-frame]')).toHaveAttribute('data-frame', /^(moving|blurred)$/);
  await expect(page.locator('.camera [data-frame]')).toHaveText(
    new RegExp(`${text('en', 'document-scan-camera-hold-still')}|${text('en', 'document-scan-camera-blurred')}`),
  );
  await page.getByRole('button', { name: text('en', 'document-scan-camera-capture') }).click();
  await expect(page.locator('.camera')).toHaveCount(0);
  const error = page.locator('#document-scan-error');
  await expect(error).toContainText(text('en', 'document-scan-unreadable'), { timeout: 90_000 });
  await expect(error).toContainText(text('en', 'document-scan-advice-large'));
});
