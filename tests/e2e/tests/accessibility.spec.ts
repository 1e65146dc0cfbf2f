// axe-core (WCAG 2.2 A/AA rules) on every page and step, in the four colour schemes and both
// text sizes: no serious or critical violation may remain.
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addStaff, logIn, registerUser, submitForm, uniqueEmail } from '../support/account';
import { seedExamDraft } from '../support/exam-draft';
import { text } from '../support/locales';
import { appReady } from '../support/page-health';

const SCHEMES = ['standard', 'blue', 'yellow', 'black'] as const;
const SIZES = ['normal', 'large'] as const;
const PHOTO = path.resolve(__dirname, '../fixtures/photos/portrait-wide-plain.jpg');

/** Pages and steps, each reached from a fresh load. */
const SCREENS: Array<{ name: string; path: string; prepare?: (page: Page) => Promise<void> }> = [
  { name: 'home', path: '/' },
  { name: 'not found', path: '/no-such-page' },
  { name: 'card reader: number', path: '/card-reader' },
  {
    name: 'card reader: number error and reader step',
    path: '/card-reader',
    prepare: async (page) => {
      await page.getByLabel(text('en', 'chip-number-label')).fill('AB1');
      await page.getByRole('button', { name: text('en', 'chip-next') }).click();
      await expect(page.locator('#card-number-error')).not.toBeEmpty();
    },
  },
  { name: 'reader help', path: '/help/readers' },
  {
    name: 'photo check with a report',
    path: '/photo-check',
    prepare: async (page) => {
      await page.locator('#photo-file').setInputFiles(PHOTO);
      await expect(page.locator('#photo-summary')).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    name: 'my number: terms with errors',
    path: '/mynumber',
    prepare: async (page) => {
      await page.getByRole('button', { name: text('en', 'mynumber-confirm') }).click();
      await expect(page.locator('#age-confirmed-error')).not.toBeEmpty();
    },
  },
  {
    name: 'my number: e-mail with its image challenge',
    path: '/mynumber/email',
    prepare: async (page) => {
      await expect(page.locator('.challenge-picture img')).toBeVisible();
      await page.getByRole('button', { name: text('en', 'mynumber-challenge-listen') }).click();
      await expect(page.locator('#challenge-audio audio')).toBeVisible();
    },
  },
  { name: 'my number: link problem', path: '/mynumber/application/unknown-token' },
  { name: 'outbox', path: '/outbox' },
  {
    name: 'account: login with field errors',
    path: '/account/login',
    prepare: async (page) => {
      await page.getByRole('button', { name: text('en', 'account-login-button'), exact: true }).click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    },
  },
  { name: 'document scan', path: '/document-scan' },
  { name: 'exam My Page: Residence Card step', path: '/exam-mypage' },
  { name: 'exam My Page: face photo step', path: '/exam-mypage/photo' },
  {
    name: 'exam My Page: details with conflicts and errors',
    path: '/exam-mypage',
    prepare: async (page) => {
      await seedExamDraft(page);
      await expect(page.locator('fieldset.conflict')).toHaveCount(3);
      await page.getByRole('button', { name: text('en', 'exam-to-confirm') }).click();
      await expect(page.locator('#exam-period-until-error')).not.toBeEmpty();
    },
  },
  {
    name: 'exam My Page: confirmation',
    path: '/exam-mypage',
    prepare: async (page) => {
      await seedExamDraft(page, '/exam-mypage/confirm');
      await expect(page.locator('.review')).toBeVisible();
    },
  },
  { name: 'account: registration request', path: '/account/register' },
  { name: 'account: forgotten user ID', path: '/account/forgot-user-id' },
  { name: 'account: forgotten password', path: '/account/forgot-password' },
  { name: 'account: registration link problem', path: '/account/register/unknown-token' },
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Runs axe on `path` in every colour scheme and text size (after `prepare`, if any). */
async function violationsInEveryScheme(page: Page, screen: { path: string; prepare?: (page: Page) => Promise<void> }) {
  const found: string[] = [];
  for (const scheme of SCHEMES) {
    for (const size of SIZES) {
      await page.addInitScript(
        ([s, z]) => {
          localStorage.setItem('madoguchi.language', 'en');
          localStorage.setItem('madoguchi.colour', s);
          localStorage.setItem('madoguchi.fontSize', z);
        },
        [scheme, size],
      );
      await page.goto(screen.path);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('data-colour', scheme);
      await screen.prepare?.(page);
      for (const v of await violations(page)) found.push(`${scheme}/${size}: ${v}`);
    }
  }
  return found;
}

for (const screen of SCREENS) {
  test(`no serious accessibility violation: ${screen.name}`, async ({ page }) => {
    test.setTimeout(120_000);
    expect(await violationsInEveryScheme(page, screen)).toEqual([]);
  });
}

/** Office screens, as a staff member, with a submission received (its receipt is the argument). */
const STAFF_SCREENS: Array<{ name: string; path: (receipt: string) => string; ready: string }> = [
  { name: 'office: certificates and submissions', path: () => '/office', ready: 'table.office-submissions' },
  { name: 'office: audit log', path: () => '/office/audit', ready: 'table.office-audit' },
  { name: 'office: a submission', path: (r) => `/office/submissions/${r}`, ready: '[data-detail="receipt"]' },
];

for (const screen of STAFF_SCREENS) {
  test(`no serious accessibility violation: ${screen.name}`, async ({ page }) => {
    test.setTimeout(120_000);
    const receipt = await submitForm(page.request);
    const password = 'Office2026$a';
    await logIn(page, { userId: addStaff(uniqueEmail('office'), 'AXE CLERK', password), password });
    const path = screen.path(receipt);
    const ready = async (p: Page) => {
      await expect(p.locator(screen.ready)).toBeVisible();
    };
    expect(await violationsInEveryScheme(page, { path, prepare: ready })).toEqual([]);
  });
}

/** The immigration account's pages behind the login, with field errors where a form has them. */
const LOGGED_IN_SCREENS: Array<{ name: string; path: string; prepare?: (page: Page) => Promise<void> }> = [
  { name: 'account: my page', path: '/account' },
  {
    name: 'account: change e-mail with field errors',
    path: '/account/email',
    prepare: async (page) => {
      await page.locator('form button[type="submit"]').first().click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    },
  },
  { name: 'account: change password', path: '/account/password' },
  { name: 'account: change phone', path: '/account/phone' },
  { name: 'account: certificates of eligibility', path: '/account/coe' },
  { name: 'account: log out', path: '/account/logout' },
];

test.describe('logged in', () => {
  for (const screen of LOGGED_IN_SCREENS) {
    test(`no serious accessibility violation: ${screen.name}`, async ({ page }) => {
      test.setTimeout(180_000);
      await logIn(page, await registerUser(page));
      expect(await violationsInEveryScheme(page, screen)).toEqual([]);
    });
  }
});
