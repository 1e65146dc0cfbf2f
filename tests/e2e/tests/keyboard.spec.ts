// Every flow with the keyboard alone: Tab/Shift+Tab to move, Enter/Space to act, typing to fill.
// The mouse is never used; files are given to the chooser that the keyboard opened. Each
// focused control must show a visible focus indicator.
import * as path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openFlow, stopReaders } from '../support/card-reader-flow';
import { seedExamDraft } from '../support/exam-draft';
import { text } from '../support/locales';
import { appReady } from '../support/page-health';

test.afterEach(stopReaders);

const FIXTURES = path.resolve(__dirname, '../fixtures');

/** Presses Tab until `target` has focus (at most `limit` times), then checks focus is visible. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  await expect(target).toBeVisible();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        // A hidden file input shows its focus on the label that follows it.
        const shown = el.matches('.file-input') ? (el.nextElementSibling as HTMLElement) : el;
        const style = getComputedStyle(shown);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      });
      expect(visible, 'focus indicator visible').toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

async function typeInto(page: Page, target: Locator, value: string) {
  await tabTo(page, target);
  await page.keyboard.type(value);
}

/** Opens a file chooser with the keyboard (Enter on the focused file input) and gives it a file. */
async function chooseFile(page: Page, input: Locator, file: string) {
  await tabTo(page, input);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  await chooser.setFiles(file);
}

test('card reader: number, reader, result and Finish with the keyboard', async ({ page }) => {
  await openFlow(page, { dump: 'residence-normal' });
  await page.keyboard.press('Tab'); // the skip link comes first
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByLabel(text('en', 'chip-number-label')), 'AB12345678CD');
  await tabTo(page, page.getByRole('button', { name: text('en', 'chip-next') }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: text('en', 'chip-connect-reader') }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#result-heading')).toHaveText(text('en', 'chip-verdict-genuine-test-ca'), {
    timeout: 20_000,
  });
  await tabTo(page, page.getByRole('button', { name: text('en', 'chip-finish') }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(text('en', 'chip-number-label'))).toHaveValue('');
});

test('photo check: choose a photo, auto-fix and confirm with the keyboard', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/photo-check');
  await appReady(page);
  await chooseFile(page, page.locator('#photo-file'), path.join(FIXTURES, 'photos/portrait-wide-plain.jpg'));
  await expect(page.locator('#photo-summary')).toBeVisible({ timeout: 30_000 });
  await tabTo(page, page.getByRole('button', { name: text('en', 'photo-fix-button') }));
  await page.keyboard.press('Enter');
  const useFixed = page.getByRole('button', { name: text('en', 'photo-fix-use') });
  await expect(useFixed).toBeVisible({ timeout: 30_000 });
  await tabTo(page, useFixed);
  await page.keyboard.press('Enter');
  await expect(page.getByText(text('en', 'photo-fix-in-use'))).toBeVisible();
  const confirmations = page.locator('.confirmations input[type="checkbox"]');
  for (let i = 0; i < (await confirmations.count()); i++) {
    await tabTo(page, confirmations.nth(i));
    await page.keyboard.press('Space');
    await expect(confirmations.nth(i)).toBeChecked();
  }
  const accept = page.getByRole('button', { name: text('en', 'photo-accept') });
  await tabTo(page, accept);
  await page.keyboard.press('Enter');
  await expect(page.locator('#photo-saved-heading')).toBeVisible();
});

test('My Number: consents, application ID, mail name and e-mail with the keyboard', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/mynumber');
  await appReady(page);
  for (const key of ['mynumber-consent-age', 'mynumber-consent-terms']) {
    await tabTo(page, page.getByLabel(text('en', key)));
    await page.keyboard.press('Space');
  }
  await tabTo(page, page.getByRole('button', { name: text('en', 'mynumber-confirm') }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 2');
  const email = `keys-${Date.now()}@example.com`;
  await typeInto(page, page.locator('#application-id'), '45341000100010001000000');
  await typeInto(page, page.locator('#application-id-confirmation'), '45341000100010001000000');
  await typeInto(page, page.locator('#mail-name'), '番号 花子');
  await typeInto(page, page.locator('#email'), email);
  await typeInto(page, page.locator('#email-confirmation'), email);
  await tabTo(page, page.getByRole('button', { name: text('en', 'mynumber-confirm') }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: text('en', 'mynumber-register') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'mynumber-sent-heading'));
});

test('exam My Page: conflicts chosen, a rule fixed and the confirmation with the keyboard', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/exam-mypage');
  await appReady(page);
  // The no-card choice is a button the keyboard reaches past the document step.
  await tabTo(page, page.getByRole('button', { name: text('en', 'exam-no-card-button') }));
  await seedExamDraft(page);
  // Choose with Space on the first radio of each conflict, arrow keys to move to the passport's.
  await tabTo(page, page.locator('#conflict-exam-name-card'));
  await page.keyboard.press('Space');
  await expect(page.locator('#exam-name')).toHaveValue('PATEL RAHUL');
  await tabTo(page, page.locator('#conflict-exam-birth-date-card'));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#conflict-exam-birth-date-passport')).toBeChecked();
  await tabTo(page, page.locator('#conflict-exam-nationality-card'));
  await page.keyboard.press('Space');
  // The period of stay has ended: submitting with Enter shows the rule and focuses the field.
  await typeInto(page, page.locator('#exam-email'), 'keys@example.com');
  await page.keyboard.press('Enter');
  await expect(page.locator('#exam-period-until')).toBeFocused();
  await expect(page.locator('#exam-period-until-error')).not.toBeEmpty();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2030-01-31');
  await tabTo(page, page.getByRole('button', { name: text('en', 'exam-to-confirm') }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 5');
  await expect(page.locator('[data-review="residence_card.period_of_stay_until"]')).toHaveText('2030-01-31');
  await tabTo(page, page.getByRole('link', { name: text('en', 'exam-back-to-details') }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#exam-email')).toHaveValue('keys@example.com');
});
