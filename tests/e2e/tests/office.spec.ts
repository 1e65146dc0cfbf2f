// The office side in Chromium: a staff account made with `madoguchi-server add-staff` logs in,
// issues a Certificate of Eligibility by uploading its PDF (with the server's field errors for an
// unknown user ID and a file that is no PDF), sees it in the issued list, and reviews a
// submission received through the API. The user then finds the certificate in their own list.
// Staff page through the submissions, export them as JSON and CSV, and read the audit log.
import * as fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { text } from '../support/locales';
import { watchPage } from '../support/page-health';
import { addStaff, appErrors, logIn, registerUser, submitForm, uniqueEmail } from '../support/account';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('staff issue a certificate by uploading its PDF and review a submission', async ({ page, baseURL, browser }) => {
  test.setTimeout(90_000);
  const health = watchPage(page, new URL(baseURL!).origin);
  const user = await registerUser(page, 'PHAM THI LAN');
  // A finished form received through the API (STEP 1–3 of the My Number flow).
  const receipt = await submitForm(page.request);

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

/** Clicks an export link and returns the downloaded file's text. */
async function download(staff: Page, name: string, file: string): Promise<string> {
  const [saved] = await Promise.all([staff.waitForEvent('download'), staff.getByRole('link', { name }).click()]);
  expect(saved.suggestedFilename()).toBe(file);
  return fs.readFileSync((await saved.path())!, 'utf8');
}

test('staff page through submissions, export them as JSON and CSV and find those accesses in the audit log', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const health = watchPage(page, new URL(baseURL!).origin);
  // Other suites submit too: at least 11 forms, so there are two pages of 10.
  const receipts: string[] = [];
  for (let i = 0; i < 11; i++) receipts.push(await submitForm(page.request));
  const newest = receipts[receipts.length - 1];

  const staffPassword = 'Office2026$z';
  const staffId = addStaff(uniqueEmail('office'), 'AUDIT CLERK', staffPassword);
  await logIn(page, { userId: staffId, password: staffPassword });
  await page.goto('/office');
  const rows = page.locator('table.office-submissions tbody tr');
  const pager = page.getByRole('navigation', { name: text('en', 'office-submissions-pages') });
  // Newest first. Suites running beside this one submit too, so ours is near the top, not
  // necessarily first.
  const ourNewest = rows.filter({ hasText: newest });
  await expect(ourNewest).toHaveCount(1);
  expect(await rows.count()).toBeGreaterThanOrEqual(11);
  const received = await rows.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  expect(received).toEqual([...received].sort().reverse());
  // Received times in English, e.g. "2 December 2026, 22:15".
  await expect(ourNewest.locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ 20\d\d, \d{1,2}:\d\d$/);

  await page.getByLabel(text('en', 'account-coe-page-size')).selectOption('10');
  await expect(page).toHaveURL(/\/office\?page=1&page_size=10$/);
  await expect(rows).toHaveCount(10);
  await expect(pager.locator('[aria-current="page"]')).toHaveText('1');
  await pager.getByRole('link', { name: '2', exact: true }).click();
  await expect(pager.locator('[aria-current="page"]')).toHaveText('2');
  await expect(rows.first()).not.toContainText(newest);
  // Which page is last comes from the link itself: reading the pager right after the click
  // could still see page 2.
  const last = pager.getByRole('link', { name: text('en', 'account-coe-last') });
  const lastPage = new URL((await last.getAttribute('href'))!, page.url()).searchParams.get('page')!;
  expect(Number(lastPage)).toBeGreaterThanOrEqual(2);
  await last.click();
  await expect(page).toHaveURL(new RegExp(`page=${lastPage}&page_size=10$`));
  await expect(pager.locator('[aria-current="page"]')).toHaveText(lastPage);
  await pager.getByRole('link', { name: text('en', 'account-coe-first') }).click();
  await expect(pager.locator('[aria-current="page"]')).toHaveText('1');
  await expect(ourNewest).toHaveCount(1);

  // Both exports hold every one of our forms.
  const json = JSON.parse(await download(page, text('en', 'office-export-json'), 'submissions.json'));
  const exported: string[] = json.map((s: { receipt_number: string }) => s.receipt_number);
  for (const receipt of receipts) expect(exported).toContain(receipt);
  const ours = json.find((s: { receipt_number: string }) => s.receipt_number === newest);
  expect(ours.kind).toBe('mynumber-email');
  expect(ours.photo_jpeg_base64).toBeNull();
  const csv = await download(page, text('en', 'office-export-csv'), 'submissions.csv');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0].startsWith('"receipt_number","kind","received_at"')).toBe(true);
  for (const receipt of receipts) expect(lines.some((l) => l.startsWith(`"${receipt}","mynumber-email",`))).toBe(true);

  // One opened; then the audit log lists what this staff member just did, newest first.
  await ourNewest.getByRole('link', { name: newest }).click();
  await expect(page.locator('[data-detail="receipt"]')).toHaveText(newest);
  await page.goto('/office');
  await page.getByRole('link', { name: text('en', 'office-audit-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'office-audit-heading'));
  const mine = page.locator('table.office-audit tbody tr').filter({ hasText: staffId });
  const action = (name: string) => mine.and(page.locator(`[data-action="${name}"]`));
  await expect(action('submissions.export').filter({ hasText: 'format=csv' })).toHaveCount(1);
  await expect(action('submissions.export').filter({ hasText: 'format=json' })).toHaveCount(1);
  await expect(action('submissions.export').first()).toContainText(text('en', 'office-action-submissions-export'));
  // Each list shown is one read: the first page, size 10, page 2, the last page (unless that
  // was page 2), the first page again, and the office page once more.
  await expect(action('submissions.list')).toHaveCount(lastPage === '2' ? 5 : 6);
  await expect(action('submissions.view').filter({ hasText: newest })).toHaveCount(1);
  await expect(action('submissions.list').filter({ hasText: 'page=2' })).toHaveCount(1);
  await expect(action('audit.view')).toHaveCount(1);
  await expect(mine.first()).toContainText('127.0.0.1');
  await expect(mine.first().locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ 20\d\d, \d{1,2}:\d\d$/);
  // The newest entry is this page's own read of the log.
  await expect(mine.first()).toHaveAttribute('data-action', 'audit.view');
  // The log pages too.
  await page.getByLabel(text('en', 'account-coe-page-size')).selectOption('10');
  await expect(page).toHaveURL(/\/office\/audit\?page=1&page_size=10$/);
  await expect(page.locator('table.office-audit tbody tr')).toHaveCount(10);
  const auditPager = page.getByRole('navigation', { name: text('en', 'office-audit-pages') });
  await auditPager.getByRole('link', { name: '2', exact: true }).click();
  await expect(auditPager.locator('[aria-current="page"]')).toHaveText('2');
  expect(health.foreignRequests).toEqual([]);
  expect(appErrors(health)).toEqual([]);
});

test('a user who is not staff is refused on the office page', async ({ page }) => {
  const user = await registerUser(page, 'NG WAI MAN');
  await logIn(page, user);
  await page.goto('/office');
  await expect(page.getByRole('main').getByText(text('en', 'api-error-forbidden')).first()).toBeVisible();
  await expect(page.locator('.site-nav').getByRole('link', { name: text('en', 'office-nav') })).toHaveCount(0);
});
