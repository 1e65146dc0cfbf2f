// The office side in Chromium: a staff account made with `madoguchi-server add-staff` logs in,
// issues a Certificate of Eligibility by uploading its PDF (with the server's field errors for an
// unknown user ID and a file that is no PDF), sees it in the issued list, and reviews a
// submission received through the API. The user then finds the certificate in their own list.
import { expect, test } from '@playwright/test';
import { solvedChallenge } from '../support/challenge';
import { text } from '../support/locales';
import { watchPage } from '../support/page-health';
import { addStaff, appErrors, logIn, registerUser, uniqueEmail } from '../support/account';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('staff issue a certificate by uploading its PDF and review a submission', async ({ page, baseURL, browser }) => {
  test.setTimeout(90_000);
  const health = watchPage(page, new URL(baseURL!).origin);
  const user = await registerUser(page, 'PHAM THI LAN');
  // A finished form received through the API (STEP 1–3 of the My Number flow).
  const applicant = uniqueEmail('shinsei');
  const submitted = await page.request.post('/api/forms/mynumber-email', {
    headers: { 'X-Madoguchi-Request': '1' },
    data: {
      age_confirmed: true,
      terms_accepted: true,
      application_id: '45341000100010001000000',
      application_id_confirmation: '45341000100010001000000',
      mail_name: '番号 花子',
      email: applicant,
      email_confirmation: applicant,
      ...(await solvedChallenge(page.request)),
    },
  });
  expect(submitted.status()).toBe(201);
  const receipt: string = (await submitted.json()).receipt_number;

  const staffPassword = 'Office2026$y';
  const staffId = addStaff(uniqueEmail('office'), 'OFFICE CLERK', staffPassword);
  const staff = await browser.newPage();
  await logIn(staff, { userId: staffId, password: staffPassword });
  await staff.locator('.site-nav').getByRole('link', { name: text('en', 'office-nav') }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(text('en', 'office-heading'));

  // Unknown user and no PDF: the server's field errors, on their fields.
  const number = `Z${Date.now().toString().slice(-8)}`;
  await staff.getByLabel(text('en', 'account-user-id')).fill('NOSUCHUSER9');
  await staff.getByLabel(text('en', 'account-coe-number')).fill(number);
  await staff.getByRole('button', { name: text('en', 'office-issue-button') }).click();
  await expect(staff.locator('#coe-user-id-error')).toHaveText(text('en', 'coe-user-unknown'));
  await expect(staff.locator('#coe-pdf-error')).toHaveText(text('en', 'coe-pdf-invalid'));
  await expect(staff.locator('#coe-user-id')).toBeFocused();

  await staff.getByLabel(text('en', 'account-user-id')).fill(user.userId);
  await staff.getByLabel(text('en', 'office-coe-pdf')).setInputFiles({ name: 'coe.pdf', mimeType: 'application/pdf', buffer: PDF });
  await staff.getByRole('button', { name: text('en', 'office-issue-button') }).click();
  await expect(staff.locator('#office-status')).toHaveText(text('en', 'office-issued', { number }));
  const issuedRow = staff.locator('table.office-coe tbody tr').filter({ hasText: number });
  await expect(issuedRow).toContainText(user.userId);
  await expect(issuedRow).toContainText(text('en', 'coe-status-unregistered'));

  // The submission, listed and opened.
  await staff.locator('table.office-submissions').getByRole('link', { name: receipt }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(text('en', 'office-submission-heading'));
  await expect(staff.locator('[data-detail="receipt"]')).toHaveText(receipt);
  await expect(staff.locator('pre.payload')).toContainText('45341000100010001000000');
  await staff.close();

  // The user's own list has it, with the same PDF.
  await logIn(page, user);
  await page.getByRole('link', { name: text('en', 'account-coe-link') }).click();
  const row = page.locator('table.coe-list tbody tr').filter({ hasText: number });
  await expect(row).toHaveCount(1);
  const href = await row.getByRole('link').getAttribute('href');
  expect((await (await page.request.get(href!)).body()).equals(PDF)).toBe(true);
  expect(appErrors(health)).toEqual([]);
});

test('a user who is not staff is refused on the office page', async ({ page }) => {
  const user = await registerUser(page, 'NG WAI MAN');
  await logIn(page, user);
  await page.goto('/office');
  await expect(page.getByRole('main').getByText(text('en', 'api-error-forbidden')).first()).toBeVisible();
  await expect(page.locator('.site-nav').getByRole('link', { name: text('en', 'office-nav') })).toHaveCount(0);
});
