// Certificate of Eligibility receipt registration (seed 001 §5): the office issues certificates
// (staff made with `madoguchi-server add-staff`), the mail's link leads through the login to the
// list (受領登録一覧) with the page-size selector (20 by default), page numbers with 最初へ / 最後へ,
// the PDF, and 受領登録 after a confirmation dialog.
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { text } from '../support/locales';
import { watchPage } from '../support/page-health';
import { addStaff, appErrors, logIn, mailedLink, openIn, registerUser, uniqueEmail } from '../support/account';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function issueCertificates(baseURL: string, userId: string, count: number, prefix: string) {
  const staffPassword = 'Office2026$x';
  const staffId = addStaff(uniqueEmail('office'), 'OFFICE CLERK', staffPassword);
  const office = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'X-Madoguchi-Request': '1' } });
  const login = await office.post('/api/account/login', { data: { user_id: staffId, password: staffPassword } });
  expect(login.status()).toBe(200);
  const numbers: string[] = [];
  for (let i = 1; i <= count; i++) {
    const number = `${prefix}${String(i).padStart(3, '0')}`;
    const answer = await office.post('/api/office/coe', {
      data: { user_id: userId, certificate_number: number, pdf_base64: PDF.toString('base64') },
    });
    expect(answer.status(), await answer.text()).toBe(201);
    numbers.push(number);
  }
  await office.dispose();
  return numbers;
}

test('the list: 20 per page, paging, the PDF and receipt registration with a confirmation', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const health = watchPage(page, new URL(baseURL!).origin);
  const user = await registerUser(page, 'TRAN VAN BINH');
  const prefix = `Y${Date.now().toString().slice(-6)}`;
  // Issued one after another: the newest (…025) comes first.
  const numbers = await issueCertificates(baseURL!, user.userId, 25, prefix);

  // The mail's link, opened while logged out, goes through the login to the list.
  const link = await mailedLink(page.request, user.email, '/account/coe');
  await openIn(page, link);
  await expect(page).toHaveURL(/\/account\/login\?next=%2Faccount%2Fcoe/);
  await logIn(page, user, 'en', false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-coe-heading'));

  const rows = page.locator('table.coe-list tbody tr');
  const pager = page.getByRole('navigation', { name: text('en', 'account-coe-pages') });
  await expect(rows).toHaveCount(20);
  await expect(page.getByLabel(text('en', 'account-coe-page-size'))).toHaveValue('20');
  await expect(rows.first().locator('td').first()).toHaveText(numbers[24]);
  await expect(pager.locator('[aria-current="page"]')).toHaveText('1');
  // Dates in English words, from the Japan-time value the page also carries.
  const requested = rows.first().locator('td').nth(1).locator('time');
  const at = parseAt(await requested.getAttribute('datetime'));
  await expect(requested).toHaveText(`${at.day} ${MONTHS[at.month - 1]} ${at.year}, ${at.hour}:${at.minute}`);
  await expect(pager.getByRole('link', { name: '2', exact: true })).toBeVisible();
  await expect(page.getByText(text('en', 'account-coe-total', { total: '25' }))).toBeVisible();

  // 10 per page: three pages; 最後へ, a number, 最初へ.
  await page.getByLabel(text('en', 'account-coe-page-size')).selectOption('10');
  await expect(rows).toHaveCount(10);
  await expect(pager.getByRole('link', { name: '3', exact: true })).toBeVisible();
  await pager.getByRole('link', { name: text('en', 'account-coe-last') }).click();
  await expect(pager.locator('[aria-current="page"]')).toHaveText('3');
  await expect(rows).toHaveCount(5);
  await expect(rows.last().locator('td').first()).toHaveText(numbers[0]);
  await pager.getByRole('link', { name: '2', exact: true }).click();
  await expect(pager.locator('[aria-current="page"]')).toHaveText('2');
  await expect(rows.first().locator('td').first()).toHaveText(numbers[14]);
  // The browser's back button returns to the page before.
  await page.goBack();
  await expect(pager.locator('[aria-current="page"]')).toHaveText('3');
  await pager.getByRole('link', { name: text('en', 'account-coe-first') }).click();
  await expect(pager.locator('[aria-current="page"]')).toHaveText('1');
  await expect(page.getByLabel(text('en', 'account-coe-page-size'))).toHaveValue('10');

  // The PDF as stored by the office.
  const newest = rows.first();
  const pdfLink = newest.getByRole('link', { name: text('en', 'account-coe-pdf', { number: numbers[24] }) });
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).equals(PDF)).toBe(true);
  const download = page.waitForEvent('download');
  await pdfLink.click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  // 受領登録: the dialog names the certificate; "Close" changes nothing.
  await expect(newest.locator('[data-status]')).toHaveText(text('en', 'coe-status-unregistered'));
  const dialog = page.getByRole('dialog', { name: text('en', 'account-coe-confirm') });
  await newest.getByRole('button', { name: text('en', 'account-coe-register') }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(numbers[24]);
  await dialog.getByRole('button', { name: text('en', 'account-coe-close') }).click();
  await expect(dialog).toBeHidden();
  await expect(newest.getByRole('button', { name: text('en', 'account-coe-register') })).toBeFocused();
  await expect(newest.locator('[data-status]')).toHaveText(text('en', 'coe-status-unregistered'));
  // Confirmed: registered, with the time, and no button any more.
  await newest.getByRole('button', { name: text('en', 'account-coe-register') }).click();
  await dialog.getByRole('button', { name: text('en', 'account-coe-register') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#coe-status')).toHaveText(text('en', 'account-coe-registered', { number: numbers[24] }));
  await expect(newest.locator('[data-status]')).toHaveText(text('en', 'coe-status-registered'));
  const received = parseAt(await newest.locator('td').nth(2).locator('time').getAttribute('datetime'));
  await expect(newest.locator('td').nth(2)).toHaveText(`${received.day} ${MONTHS[received.month - 1]} ${received.year}, ${received.hour}:${received.minute}`);
  await expect(newest.getByRole('button')).toHaveCount(0);
  // The server keeps it: after a reload the row is still registered, the others are not.
  await page.reload();
  await expect(rows.first().locator('[data-status]')).toHaveText(text('en', 'coe-status-registered'));
  await expect(rows.nth(1).locator('[data-status]')).toHaveText(text('en', 'coe-status-unregistered'));
  expect(health.foreignRequests).toEqual([]);
  expect(appErrors(health)).toEqual([]);
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The parts of a `<time datetime>` value (`2026-12-02T16:38`, Japan time). */
function parseAt(datetime: string | null) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(datetime ?? '');
  expect(m, `datetime ${datetime}`).not.toBeNull();
  const [year, month, day, hour] = m!.slice(1, 5).map(Number);
  return { year, month, day, hour, minute: m![5] };
}

test('受領登録一覧: 日本語の表示と、まだ証明書がないとき', async ({ page, baseURL }) => {
  const user = await registerUser(page, 'KIM MINJI', 'ja');
  await logIn(page, user, 'ja');
  await page.getByRole('link', { name: text('ja', 'account-coe-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ja', 'account-coe-heading'));
  await expect(page.getByText(text('ja', 'account-coe-empty'))).toBeVisible();
  const size = page.getByLabel(text('ja', 'account-coe-page-size'));
  await expect(size).toHaveValue('20');
  await expect(size.locator('option:checked')).toHaveText(text('ja', 'account-coe-page-size-option', { count: '20' }));
  // The official screen shows "1" for an empty list.
  await expect(page.getByRole('navigation', { name: text('ja', 'account-coe-pages') }).locator('[aria-current="page"]')).toHaveText('1');

  // 和暦 with the Western year; in easy Japanese the era name carries its reading.
  await issueCertificates(baseURL!, user.userId, 1, `J${Date.now().toString().slice(-6)}`);
  await page.reload();
  const requested = page.locator('table.coe-list tbody tr').first().locator('td').nth(1).locator('time');
  const at = parseAt(await requested.getAttribute('datetime'));
  expect(at.year).toBeGreaterThanOrEqual(2020);
  await expect(requested).toHaveText(`令和${at.year - 2018}年${at.month}月${at.day}日（${at.year}年）${at.hour}:${at.minute}`);
  await page.selectOption('#language-select', 'ja-easy');
  await expect(requested.locator('ruby', { hasText: '令和' }).locator('rt')).toHaveText('れいわ');
});
