// The privacy promise of docs/privacy.md, walked flow by flow: every request goes through the
// privacy guard, which blocks and records any request to another origin and records every API
// call with whether the person had pressed a final submit. Reading the chip, checking a photo
// and reading documents call the API never (the chip page only fetches the public CA
// certificates); the form flows call it only to submit, and each submit carries exactly the
// fields of its finished form. The service worker is blocked here so that every request of the
// page and its workers is seen (tests/e2e/tests/offline.spec.ts covers the worker itself).
import * as path from 'node:path';
import { expect, test } from '@playwright/test';
import { enterNumber, openFlow, read, stopReaders } from '../support/card-reader-flow';
import { answerChallenge } from '../support/challenge';
import {
  acceptPhoto,
  currentStep,
  DOCUMENTS,
  FORM_FIELDS,
  openExam,
  readDocument,
  register,
} from '../support/exam-flow';
import { text } from '../support/locales';
import { EMAIL_FORM_FIELDS, fillDetails, FIXTURES, openMyNumber, uniqueEmail } from '../support/mynumber-flow';
import { appReady } from '../support/page-health';
import { bodyKeys, PrivacyGuard } from '../support/privacy';

test.use({ serviceWorkers: 'block' });
test.afterEach(stopReaders);

test('reading the chip: no API call but the public CA certificates, nothing to another origin', async ({ page, baseURL }) => {
  const guard = await PrivacyGuard.install(page, new URL(baseURL!).origin);
  await openFlow(page, { dump: 'residence-normal' });
  await enterNumber(page, 'AB12345678CD');
  await read(page);
  await expect(page.locator('#result-heading')).toHaveText(text('en', 'chip-verdict-genuine-test-ca'), { timeout: 20_000 });
  await page.getByRole('button', { name: text('en', 'chip-finish') }).click();
  guard.expectClean([/^GET \/api\/trust-anchors$/]);
});

test('checking and fixing a face photo: no API call at all', async ({ page, baseURL }) => {
  const guard = await PrivacyGuard.install(page, new URL(baseURL!).origin);
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/photo-check');
  await appReady(page);
  await page.locator('#photo-file').setInputFiles(path.join(FIXTURES, 'photos/portrait-wide-plain.jpg'));
  await expect(page.locator('#photo-summary')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: text('en', 'photo-fix-button') }).click();
  await expect(page.locator('#photo-fix-heading')).toBeVisible({ timeout: 60_000 });
  guard.expectClean();
  expect(guard.api).toEqual([]);
});

test('reading a Residence Card and a passport from photos: no API call at all', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const guard = await PrivacyGuard.install(page, new URL(baseURL!).origin);
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/document-scan');
  await appReady(page);
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'residence-card.jpg'));
  await expect(page.locator('#document-review-heading')).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: text('en', 'document-scan-again') }).click();
  await page.getByLabel(text('en', 'document-scan-kind-passport')).check();
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'passport.jpg'));
  await expect(page.locator('#document-review-heading')).toBeVisible({ timeout: 120_000 });
  guard.expectClean();
  expect(guard.api).toEqual([]);
});

test('exam My Page: documents, face photo and details stay in the tab until the one submit', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const guard = await PrivacyGuard.install(page, new URL(baseURL!).origin);
  await openExam(page, 'en');
  await page.getByRole('button', { name: text('en', 'exam-no-card-button') }).click();
  await readDocument(page, 'en', 'passport.jpg');
  await acceptPhoto(page, 'en');
  await page.getByLabel(text('en', 'exam-field-email')).fill(uniqueEmail());
  await page.getByRole('button', { name: text('en', 'exam-to-confirm') }).click();
  await expect(currentStep(page)).toContainText('STEP 5');
  expect(guard.api).toEqual([]);
  const sent = await guard.submit(async () => {
    await register(page, 'en');
  });
  expect(sent.map((call) => `${call.method} ${call.path}`)).toEqual(['POST /api/forms/exam-mypage']);
  expect(bodyKeys(sent[0])).toEqual(FORM_FIELDS);
  guard.expectClean();
});

test('My Number: only empty challenge requests and the mailed link before each submit; each submit is its form', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const guard = await PrivacyGuard.install(page, new URL(baseURL!).origin);
  await openMyNumber(page);
  await page.getByLabel(text('en', 'mynumber-consent-age')).check();
  await page.getByLabel(text('en', 'mynumber-consent-terms')).check();
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await page.locator('#qr-file').setInputFiles(path.join(FIXTURES, 'qr/notification-letter.png'));
  await expect(page.getByText(text('en', 'mynumber-qr-filled'))).toBeVisible({ timeout: 30_000 });
  const email = uniqueEmail();
  await page.getByLabel(text('en', 'mynumber-mail-name')).fill('番号 太郎');
  await page.getByLabel(text('en', 'mynumber-email'), { exact: true }).fill(email);
  await page.getByLabel(text('en', 'mynumber-email-again')).fill(email);
  await answerChallenge(page);
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  const registration = await guard.submit(async () => {
    await page.getByRole('button', { name: text('en', 'mynumber-register') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'mynumber-sent-heading'));
  });
  expect(registration.map((call) => `${call.method} ${call.path}`)).toEqual(['POST /api/forms/mynumber-email']);
  expect(bodyKeys(registration[0])).toEqual(EMAIL_FORM_FIELDS);

  // The mail's link (read from the local outbox by the test, not the page), then STEP 4–6.
  const outbox = await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`);
  const link = /\/mynumber\/application\/[A-Za-z0-9_-]+/.exec((await outbox.json())[0].body)![0];
  await page.goto(link);
  await appReady(page);
  await fillDetails(page, { calendar: 'heisei', year: '10', month: '2', day: '1' });
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 5');
  await page.locator('#photo-file').setInputFiles(path.join(FIXTURES, 'photos/portrait-good.jpg'));
  await expect(page.locator('#photo-summary')).toHaveText(text('en', 'photo-summary-pass'), { timeout: 60_000 });
  for (const key of ['photo-confirm-recent', 'photo-confirm-front-no-hat', 'photo-confirm-other-rules']) {
    await page.getByLabel(text('en', key)).check();
  }
  await page.getByRole('button', { name: text('en', 'photo-accept') }).click();
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 6');
  const application = await guard.submit(async () => {
    await page.getByRole('button', { name: text('en', 'mynumber-register') }).click();
    await expect(page.locator('.receipt')).toContainText(/\d{8}-[A-Z0-9]{8}/);
  });
  expect(application.map((call) => `${call.method} ${call.path}`)).toEqual(['POST /api/forms/mynumber-application']);
  expect(bodyKeys(application[0])).toEqual([
    'birth_date',
    'braille',
    'course',
    'declaration',
    'licence_record_number',
    'link_token',
    'photo_confirmations',
    'photo_jpeg_base64',
    'signature_certificate',
    'user_certificate',
  ]);
  guard.expectClean([
    /^POST \/api\/challenges$/,
    /^GET \/api\/challenges\/[^/]+\/image$/,
    /^GET \/api\/forms\/mynumber-link\/[^/]+$/,
    // The "mail sent" page asks, with nothing of the person, whether a local outbox exists;
    // the request may land just after the submit's phase ends.
    /^GET \/api\/dev\/outbox$/,
  ]);
  for (const call of guard.api.filter((c) => c.path === '/api/challenges')) expect(call.body).toBe('{}');
});
