// The My Number card online application (seeds 002, 004) end to end in Chromium, through the
// real API and database: STEP 1 consents, STEP 2 with the application ID read from a photo of
// the letter's QR code, STEP 3 mail (local outbox), STEP 4 details, STEP 5 the face photo check,
// STEP 6 review, STEP 7 receipt — with invalid entries at each step, the back button, and a
// check of exactly what was sent.
import * as path from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import { text, type LocaleTag } from '../support/locales';
import { answerChallenge, challengeOnScreen } from '../support/challenge';
import { EMAIL_FORM_FIELDS, fillDetails, FIXTURES, ID_GROUPED, openMyNumber, registerEmail, uniqueEmail } from '../support/mynumber-flow';
import { watchPage } from '../support/page-health';

/** STEP 1–5 for a baby `days` old (no photo step): returns the page on the STEP 6 review. */
async function reviewOfBaby(page: Page, days: number) {
  await openMyNumber(page);
  await registerEmail(page, uniqueEmail());
  const today = new Date(Date.now() + 9 * 3600 * 1000);
  const birth = new Date(today.getTime() - days * 24 * 3600 * 1000);
  await fillDetails(page, {
    calendar: 'seireki',
    year: String(birth.getUTCFullYear()),
    month: String(birth.getUTCMonth() + 1),
    day: String(birth.getUTCDate()),
  });
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 6');
}

test('the whole application, with the QR code, the photo check and a receipt', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request);
  });
  await openMyNumber(page);
  // STEP 1: both consents are required.
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await expect(page.locator('#age-confirmed-error')).toHaveText(text('en', 'rule-must-accept'));
  await expect(page.locator('#terms-accepted-error')).toHaveText(text('en', 'rule-must-accept'));
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 1');

  const email = uniqueEmail();
  // STEP 2 with a mistake first: the addresses differ, then the name has a character outside JIS level 1/2.
  await page.getByLabel(text('en', 'mynumber-consent-age')).check();
  await page.getByLabel(text('en', 'mynumber-consent-terms')).check();
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await page.locator('#qr-file').setInputFiles(path.join(FIXTURES, 'qr/notification-letter.png'));
  await expect(page.getByText(text('en', 'mynumber-qr-filled'))).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(text('en', 'mynumber-application-id-show')).check();
  await expect(page.locator('#application-id')).toHaveValue(ID_GROUPED);
  await expect(page.locator('#application-id-confirmation')).toHaveValue(ID_GROUPED);
  await page.getByLabel(text('en', 'mynumber-mail-name')).fill('𠮷田 太郎');
  await page.getByLabel(text('en', 'mynumber-email'), { exact: true }).fill(email);
  await page.getByLabel(text('en', 'mynumber-email-again')).fill(`x${email}`);
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await expect(page.locator('#email-confirmation-error')).toHaveText(text('en', 'rule-email-mismatch'));
  await expect(page.locator('#mail-name-error')).toContainText('“𠮷”');
  await expect(page.locator('#challenge-answer-error')).toHaveText(text('en', 'rule-challenge-required'));
  await expect(page.locator('#mail-name')).toBeFocused();
  await page.getByLabel(text('en', 'mynumber-mail-name')).fill('番号 太郎');
  await page.getByLabel(text('en', 'mynumber-email-again')).fill(email);
  // "Show another picture" replaces the challenge; a wrong answer is only found out by the server.
  const firstChallenge = await challengeOnScreen(page);
  await page.getByRole('button', { name: text('en', 'mynumber-challenge-another') }).click();
  await expect.poll(() => challengeOnScreen(page)).not.toBe(firstChallenge);
  await page.getByRole('button', { name: text('en', 'mynumber-challenge-listen') }).click();
  const audioSrc = await page.locator('#challenge-audio audio').getAttribute('src');
  expect((await page.request.get(audioSrc!)).headers()['content-type']).toBe('audio/wav');
  const wrongChallenge = await challengeOnScreen(page);
  await page.getByLabel(text('en', 'mynumber-challenge-answer')).fill('WRONG');
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await page.getByRole('button', { name: text('en', 'mynumber-register') }).click();
  await expect(page.locator('#challenge-answer-error')).toHaveText(text('en', 'api-error-challenge-wrong'));
  await expect.poll(() => challengeOnScreen(page)).not.toBe(wrongChallenge);
  await expect(page.getByLabel(text('en', 'mynumber-challenge-answer'))).toHaveValue('');
  await expect(page.getByLabel(text('en', 'mynumber-mail-name'))).toHaveValue('番号 太郎');
  await expect(page.getByLabel(text('en', 'mynumber-email-again'))).toHaveValue(email);
  await answerChallenge(page);
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await expect(page.locator('.review')).toContainText(ID_GROUPED);
  // The browser's back button returns to STEP 2 with everything still typed.
  await page.goBack();
  await expect(page.getByLabel(text('en', 'mynumber-mail-name'))).toHaveValue('番号 太郎');
  await page.goForward();
  await page.getByRole('button', { name: text('en', 'mynumber-register') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'mynumber-sent-heading'));
  await page.getByRole('link', { name: text('en', 'mynumber-sent-local-outbox') }).click();
  await page.locator('.mail').filter({ hasText: email }).first().locator('a[href^="/mynumber/application/"]').click();

  // STEP 4: the mail's name, a missing course and a date that does not exist.
  await expect(page.locator('.addressee')).toHaveText('番号 太郎');
  await page.locator('#birth-calendar').selectOption('heisei');
  await page.getByLabel(text('en', 'mynumber-year'), { exact: true }).fill('10');
  await page.getByLabel(text('en', 'mynumber-month'), { exact: true }).fill('02');
  await page.getByLabel(text('en', 'mynumber-day'), { exact: true }).fill('30');
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await expect(page.locator('#course-error')).not.toBeEmpty();
  await expect(page.locator('#declaration-error')).toHaveText(text('en', 'rule-must-accept'));
  await expect(page.locator('#birth-date-error')).toContainText('28');
  await page.getByLabel(text('en', 'mynumber-day'), { exact: true }).fill('01');
  await page.getByLabel(text('en', 'mynumber-course-new')).check();
  await page.getByLabel(text('en', 'mynumber-cert-user')).uncheck();
  await page.getByLabel(text('en', 'mynumber-declaration')).check();
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();

  // STEP 5: the photo step (worker) gates the way on.
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 5');
  await page.locator('#photo-file').setInputFiles(path.join(FIXTURES, 'photos/portrait-good.jpg'));
  await expect(page.locator('#photo-summary')).toHaveText(text('en', 'photo-summary-pass'), { timeout: 30_000 });
  for (const key of ['photo-confirm-recent', 'photo-confirm-front-no-hat', 'photo-confirm-other-rules']) {
    await page.getByLabel(text('en', key)).check();
  }
  await page.getByRole('button', { name: text('en', 'photo-accept') }).click();

  // STEP 6: every value, positive wording, the photo; going back keeps it all.
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 6');
  await expect(page.locator('[data-review="signature-certificate"]')).toHaveText(text('en', 'mynumber-yes'));
  await expect(page.locator('[data-review="user-certificate"]')).toHaveText(text('en', 'mynumber-no'));
  await expect(page.locator('.review')).toContainText('平成10年2月1日');
  await expect(page.getByRole('img', { name: text('en', 'mynumber-photo-alt') })).toBeVisible();
  await page.getByRole('link', { name: text('en', 'mynumber-back-to-details') }).click();
  await expect(page.getByLabel(text('en', 'mynumber-course-new'))).toBeChecked();
  await expect(page.getByLabel(text('en', 'mynumber-year'), { exact: true })).toHaveValue('10');
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await page.getByRole('button', { name: text('en', 'mynumber-photo-keep') }).click();
  await page.getByRole('button', { name: text('en', 'mynumber-register') }).click();

  // STEP 7: the receipt; nothing left in the tab.
  await expect(page.locator('.receipt')).toContainText(/\d{8}-[A-Z0-9]{8}/);
  expect(await page.evaluate(() => sessionStorage.getItem('madoguchi.mynumber'))).toBeNull();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('番号');

  // Besides empty requests for challenges, only finished forms left the page: the STEP 2 form
  // twice (the wrong answer, then the right one), then the application (the only one with a photo).
  const paths = posts.map((r) => new URL(r.url()).pathname);
  expect(paths.filter((p) => p === '/api/challenges')).toHaveLength(3);
  for (const request of posts.filter((r) => r.url().endsWith('/api/challenges'))) {
    expect(request.postData()).toBe('{}');
  }
  const forms = posts.filter((r) => new URL(r.url()).pathname.startsWith('/api/forms/'));
  expect(forms.map((r) => new URL(r.url()).pathname)).toEqual([
    '/api/forms/mynumber-email',
    '/api/forms/mynumber-email',
    '/api/forms/mynumber-application',
  ]);
  const emailBody = JSON.parse(forms[1].postData()!);
  expect(Object.keys(emailBody).sort()).toEqual(EMAIL_FORM_FIELDS);
  const application = JSON.parse(forms[2].postData()!);
  expect(application.course).toBe('new');
  expect(application.user_certificate).toBe(false);
  expect(application.photo_jpeg_base64.length).toBeGreaterThan(20_000);
  expect(forms[2].headers()['idempotency-key']).toBeTruthy();
  expect(health.foreignRequests).toEqual([]);
  // Chromium logs the refused wrong answer (422) as a failed resource; nothing else may appear.
  expect(health.consoleErrors).toEqual([
    'error: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)',
  ]);
});

test('a baby under one year skips the photo step', async ({ page }) => {
  await reviewOfBaby(page, 90);
  await expect(page.locator('.review')).toContainText(text('en', 'mynumber-photo-not-needed'));
  await page.getByRole('button', { name: text('en', 'mynumber-register') }).click();
  await expect(page.locator('.receipt')).toContainText(/\d{8}-[A-Z0-9]{8}/);
});

test('offline at the final step: the form waits in the tab and is sent once when the connection returns', async ({
  page,
  context,
}) => {
  await reviewOfBaby(page, 60);
  const tries: Request[] = [];
  const receipts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/forms/mynumber-application')) tries.push(r);
  });
  page.on('response', async (r) => {
    if (r.request().method() === 'POST' && r.url().endsWith('/api/forms/mynumber-application')) {
      receipts.push((await r.json()).receipt_number);
    }
  });
  await context.setOffline(true);
  const register = page.getByRole('button', { name: text('en', 'mynumber-register') });
  await register.click();
  await expect(page.locator('#waiting-for-network')).toHaveText(text('en', 'api-waiting-for-network'));
  // Pressing again while it waits sends nothing more.
  await register.click({ force: true });
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 6');
  await context.setOffline(false);
  await expect(page.locator('.receipt')).toContainText(/\d{8}-[A-Z0-9]{8}/, { timeout: 15_000 });
  // The response handler reads the body asynchronously: it may finish after the page shows it.
  await expect.poll(() => receipts.length).toBe(1);
  // Every try carried the same idempotency key, so the server could never store it twice.
  expect(new Set(tries.map((r) => r.headers()['idempotency-key'])).size).toBe(1);
  await expect(page.locator('.receipt')).toContainText(receipts[0]);
});

test('a used or unknown link is explained, with the way back to the start', async ({ page }) => {
  await openMyNumber(page);
  await page.goto('/mynumber/application/not-a-real-token');
  await expect(page.getByRole('alert')).toContainText(text('en', 'api-error-link-invalid'));
  await page.getByRole('link', { name: text('en', 'mynumber-start-again') }).click();
  await expect(page).toHaveURL(/\/mynumber$/);
});

for (const locale of ['ja', 'vi'] as const) {
  test(`the consents and a wrong application ID are explained in ${locale}`, async ({ page }) => {
    await openMyNumber(page, locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'mynumber-title'));
    await page.getByRole('button', { name: text(locale, 'mynumber-confirm') }).click();
    await expect(page.locator('#age-confirmed-error')).toHaveText(text(locale, 'rule-must-accept'));
    await page.getByLabel(text(locale, 'mynumber-consent-age')).check();
    await page.getByLabel(text(locale, 'mynumber-consent-terms')).check();
    await page.getByRole('button', { name: text(locale, 'mynumber-confirm') }).click();
    await page.locator('#application-id').fill('1234 5678 9012 3456 7890 12');
    await page.getByRole('button', { name: text(locale, 'mynumber-confirm') }).click();
    await expect(page.locator('#application-id-error')).toHaveText(text(locale, 'rule-application-id-length', { length: '22' }));
  });
}
