// Steps of the My Number card online application (seeds 002, 004) shared by its suites.
import * as path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { answerChallenge } from './challenge';
import { text, type LocaleTag } from './locales';
import { appReady } from './page-health';

export const FIXTURES = path.resolve(__dirname, '../fixtures');
/** The keys of the STEP 2 form, exactly. */
export const EMAIL_FORM_FIELDS = [
  'age_confirmed',
  'application_id',
  'application_id_confirmation',
  'challenge_answer',
  'challenge_id',
  'email',
  'email_confirmation',
  'mail_name',
  'terms_accepted',
];
export const ID_GROUPED = '4534 1000 1000 1000 1000 000';

export async function openMyNumber(page: Page, locale: LocaleTag = 'en') {
  await page.addInitScript((l) => localStorage.setItem('madoguchi.language', l), locale);
  await page.goto('/mynumber');
  await appReady(page);
}

export function uniqueEmail(): string {
  return `bangou-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** STEP 1–3 and the mail: returns the page on STEP 4. */
export async function registerEmail(page: Page, email: string) {
  await page.getByLabel(text('en', 'mynumber-consent-age')).check();
  await page.getByLabel(text('en', 'mynumber-consent-terms')).check();
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await page.locator('#qr-file').setInputFiles(path.join(FIXTURES, 'qr/notification-letter.png'));
  await expect(page.getByRole('status').filter({ hasText: text('en', 'mynumber-qr-filled') })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(text('en', 'mynumber-mail-name')).fill('番号 太郎');
  await page.getByLabel(text('en', 'mynumber-email'), { exact: true }).fill(email);
  await page.getByLabel(text('en', 'mynumber-email-again')).fill(email);
  await answerChallenge(page);
  await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
  await page.getByRole('button', { name: text('en', 'mynumber-register') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'mynumber-sent-heading'));
  await page.getByRole('link', { name: text('en', 'mynumber-sent-local-outbox') }).click();
  const mail = page.locator('.mail').filter({ hasText: email }).first();
  await mail.locator('a[href^="/mynumber/application/"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'mynumber-application-heading'));
}

export async function fillDetails(page: Page, birth: { calendar: string; year: string; month: string; day: string }) {
  await page.getByLabel(text('en', 'mynumber-course-new')).check();
  await page.locator('#birth-calendar').selectOption(birth.calendar);
  await page.getByLabel(text('en', 'mynumber-year'), { exact: true }).fill(birth.year);
  await page.getByLabel(text('en', 'mynumber-month'), { exact: true }).fill(birth.month);
  await page.getByLabel(text('en', 'mynumber-day'), { exact: true }).fill(birth.day);
  await page.getByLabel(text('en', 'mynumber-declaration')).check();
}
