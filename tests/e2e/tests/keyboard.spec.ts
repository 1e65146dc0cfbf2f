// Every flow with the keyboard alone: Tab/Shift+Tab to move, Enter/Space to act, typing to fill.
// The mouse is never used; files are given to the chooser that the keyboard opened. Each
// focused control must show a visible focus indicator.
import * as path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { registerUser } from '../support/account';
import { openFlow, stopReaders } from '../support/card-reader-flow';
import { challengeAnswer } from '../support/challenge';
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
  // The challenge's spoken form opens with the keyboard too.
  await tabTo(page, page.getByRole('button', { name: text('en', 'mynumber-challenge-listen') }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#challenge-audio audio')).toBeVisible();
  await typeInto(page, page.locator('#challenge-answer'), await challengeAnswer(page));
  await tabTo(page, page.getByRole('button', { name: text('en', 'mynumber-confirm') }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: text('en', 'mynumber-register') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'mynumber-sent-heading'));
});

test('exam My Page: both documents, the face photo, conflicts, a rule fixed and the registration with the keyboard', async ({ page }) => {
  // Two document reads in the engine worker (the first downloads the OCR models).
  test.setTimeout(240_000);
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/exam-mypage');
  await appReady(page);
  const documents = path.join(FIXTURES, 'documents');
  const confirmRead = page.getByRole('button', { name: text('en', 'document-scan-confirm') });
  // STEP 1–2: each photo given to the chooser the keyboard opened; the review gets focus.
  await chooseFile(page, page.locator('#document-file'), path.join(documents, 'residence-card.jpg'));
  await expect(page.locator('#document-review-heading')).toBeFocused({ timeout: 120_000 });
  await tabTo(page, confirmRead);
  await page.keyboard.press('Enter');
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 2');
  await chooseFile(page, page.locator('#document-file'), path.join(documents, 'passport.jpg'));
  await expect(page.locator('#document-review-heading')).toBeFocused({ timeout: 120_000 });
  await tabTo(page, confirmRead);
  await page.keyboard.press('Enter');
  // STEP 3: the photo check, its confirmations with Space, "use this photo" with Enter.
  await chooseFile(page, page.locator('#photo-file'), path.join(FIXTURES, 'photos/portrait-good.jpg'));
  await expect(page.locator('#photo-summary')).toBeVisible({ timeout: 60_000 });
  for (const key of ['photo-confirm-recent-immigration', 'photo-confirm-front-no-hat', 'photo-confirm-no-retouching']) {
    await tabTo(page, page.getByLabel(text('en', key)));
    await page.keyboard.press('Space');
  }
  await tabTo(page, page.getByRole('button', { name: text('en', 'photo-accept') }));
  await page.keyboard.press('Enter');
  // STEP 4: choose with Space on the first radio of a conflict, arrow keys to move to the other.
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 4');
  await tabTo(page, page.locator('#conflict-exam-name-card'));
  await page.keyboard.press('Space');
  await expect(page.locator('#exam-name')).toHaveValue('PATEL RAHUL');
  await tabTo(page, page.locator('#conflict-exam-birth-date-card'));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#conflict-exam-birth-date-passport')).toBeChecked();
  await tabTo(page, page.locator('#conflict-exam-nationality-card'));
  await page.keyboard.press('Space');
  // The card's period of stay has ended: Enter shows the rule and focuses the field to fix.
  await typeInto(page, page.locator('#exam-email'), 'keys@example.com');
  await page.keyboard.press('Enter');
  await expect(page.locator('#exam-period-until')).toBeFocused();
  await expect(page.locator('#exam-period-until-error')).not.toBeEmpty();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2030-01-31');
  await tabTo(page, page.getByRole('button', { name: text('en', 'exam-to-confirm') }));
  await page.keyboard.press('Enter');
  // STEP 5: back to the details and forward again, then register.
  await expect(page.locator('.stepper [aria-current="step"]')).toContainText('STEP 5');
  await expect(page.locator('[data-review="residence_card.period_of_stay_until"]')).toHaveText('2030-01-31');
  await tabTo(page, page.getByRole('link', { name: text('en', 'exam-back-to-details') }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#exam-email')).toHaveValue('keys@example.com');
  await tabTo(page, page.getByRole('button', { name: text('en', 'exam-to-confirm') }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: text('en', 'exam-register') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'exam-done-heading'));
});

test('the immigration account: log in, change the phone number with the keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  const user = await registerUser(page);
  await page.goto('/account/login');
  await appReady(page);
  await typeInto(page, page.locator('#user-id'), user.userId);
  await typeInto(page, page.locator('#password'), user.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-mypage-heading'));
  await tabTo(page, page.getByRole('link', { name: text('en', 'account-change-phone') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-phone-change-heading'));
  const phone = page.locator('#phone');
  await tabTo(page, phone);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('090-1234');
  await page.keyboard.press('Enter');
  // The rule is announced next to the field, focus goes to it, and what was typed stays.
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveValue('090-1234');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('08098765432');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-phone-confirm-heading'));
  await tabTo(page, page.getByRole('button', { name: text('en', 'account-change-button') }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(text('en', 'account-phone-changed'))).toBeVisible();
});
