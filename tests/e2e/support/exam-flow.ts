// Steps of the exam My Page flow (seed 000) shared by its suites: open it from the home page,
// read a document photo, accept the face photo, register.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { text, type LocaleTag } from './locales';
import { appReady } from './page-health';

export const FIXTURES = path.resolve(__dirname, '../fixtures');
export const DOCUMENTS = path.join(FIXTURES, 'documents');
export const card = JSON.parse(fs.readFileSync(path.join(DOCUMENTS, 'residence-card.json'), 'utf8'));
export const passport = JSON.parse(fs.readFileSync(path.join(DOCUMENTS, 'passport.json'), 'utf8'));
export const PASSPORT_NAME = `${passport.surname} ${passport.given_names}`;
export const PHOTO_CONFIRMATIONS = ['photo-confirm-recent-immigration', 'photo-confirm-front-no-hat', 'photo-confirm-no-retouching'];
export const FORM_FIELDS = ['birth_date', 'email', 'name', 'nationality', 'passport_number', 'photo_jpeg_base64', 'residence_card', 'sex'];
export const CARD_FIELDS = ['card_number', 'period_of_stay_until', 'prefecture', 'status_of_residence'];

export async function openExam(page: Page, locale: LocaleTag) {
  await page.addInitScript((l) => localStorage.setItem('madoguchi.language', l), locale);
  await page.goto('/');
  await appReady(page);
  // From the home page's link, like a person would.
  await page.locator('[data-flow="exam-mypage"] a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'exam-card-heading'));
}

export const currentStep = (page: Page) => page.locator('.stepper [aria-current="step"]');

/** Reads a document photo in the step on the page and confirms its review. */
export async function readDocument(page: Page, locale: LocaleTag, file: string) {
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, file));
  await expect(page.locator('#document-review-heading')).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: text(locale, 'document-scan-confirm') }).click();
}

export async function acceptPhoto(page: Page, locale: LocaleTag) {
  await expect(currentStep(page)).toContainText('STEP 3');
  await page.locator('#photo-file').setInputFiles(path.join(FIXTURES, 'photos/portrait-good.jpg'));
  await expect(page.locator('#photo-summary')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('#photo-summary')).not.toHaveAttribute('data-verdict', 'fail');
  for (const key of PHOTO_CONFIRMATIONS) await page.getByLabel(text(locale, key)).check();
  await page.getByRole('button', { name: text(locale, 'photo-accept') }).click();
  await expect(currentStep(page)).toContainText('STEP 4');
}

/** Registers on the confirmation step; returns the receipt number. */
export async function register(page: Page, locale: LocaleTag) {
  await expect(currentStep(page)).toContainText('STEP 5');
  await page.getByRole('button', { name: text(locale, 'exam-register') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'exam-done-heading'));
  await expect(currentStep(page)).toContainText('STEP 6');
  const receipt = page.locator('.receipt');
  await expect(receipt).toContainText(/\d{8}-[0-9A-Z]{8}/);
  return (await receipt.textContent())!.match(/\d{8}-[0-9A-Z]{8}/)![0];
}
