// Passkeys in Chromium with a virtual platform authenticator (DevTools WebAuthn domain): added on
// my page under a name, used to log in instead of the password, removed after a confirmation,
// each change mailed; a removed passkey no longer logs in. Browsers refuse passkeys on pages
// opened by IP address, so these pages are opened at http://localhost:PORT, and a page at
// 127.0.0.1 explains that instead of failing silently.
import { expect, type Browser, type Page, test } from '@playwright/test';
import { logIn, mailsTo, openIn, registerUser, appErrors } from '../support/account';
import { text } from '../support/locales';
import { watchPage } from '../support/page-health';

/** A page at http://localhost:PORT (the same server) with a platform authenticator holding passkeys. */
async function pageWithAuthenticator(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL.replace('//127.0.0.1', '//localhost') });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return page;
}

async function logOut(page: Page) {
  await openIn(page, '/account/logout');
  await page.getByRole('button', { name: text('en', 'account-logout-button') }).click();
  await expect(page.getByRole('status').filter({ hasText: text('en', 'account-logged-out') })).toBeVisible();
}

test('a passkey is added on my page, logs in instead of the password, and is removed', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const page = await pageWithAuthenticator(browser, baseURL!);
  const health = watchPage(page, new URL(baseURL!.replace('//127.0.0.1', '//localhost')).origin);
  const user = await registerUser(page, 'LE THI HOA');
  await logIn(page, user);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-mypage-heading'));
  const section = page.locator('section.passkeys');
  await expect(section.getByText(text('en', 'passkey-none'))).toBeVisible();

  // The name is checked by the shared rules before the browser is asked.
  const name = section.getByLabel(text('en', 'passkey-label'));
  await name.fill('L'.repeat(41));
  await section.getByRole('button', { name: text('en', 'passkey-add-button') }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText(text('en', 'rule-passkey-label-too-long', { max: '40', count: '41' }))).toBeVisible();
  await name.fill('Laptop');
  await section.getByRole('button', { name: text('en', 'passkey-add-button') }).click();
  await expect(section.locator('.passkey-status')).toHaveText(text('en', 'passkey-added'));
  const row = section.locator('table.passkeys-list tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('th')).toHaveText('Laptop');
  await expect(row.locator('td').nth(1)).toHaveText(text('en', 'passkey-never-used'));
  await expect(name).toHaveValue('');
  const mails = await mailsTo(page.request, user.email);
  expect(mails.map((m) => m.subject)).toContain(text('en', 'mail-passkey-added-subject'));

  // Log out, then in again with the passkey alone (no user ID, no password).
  await logOut(page);
  await openIn(page, '/account/login');
  await page.getByRole('button', { name: text('en', 'passkey-login-button') }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-mypage-heading'));
  await expect(page.locator('[data-detail="user-id"]')).toHaveText(user.userId);
  await expect(row.locator('td').nth(1)).not.toHaveText(text('en', 'passkey-never-used'));
  await expect(row.locator('td time')).toHaveCount(2);

  // Remove it: asked first, "keep" leaves it, "remove" removes it.
  const remove = section.getByRole('button', { name: text('en', 'passkey-remove-button', { label: 'Laptop' }) });
  await remove.click();
  const question = section.locator('.passkey-confirm');
  await expect(question).toContainText(text('en', 'passkey-remove-question', { label: 'Laptop' }));
  await expect(question.getByRole('button', { name: text('en', 'passkey-keep') })).toBeFocused();
  await question.getByRole('button', { name: text('en', 'passkey-keep') }).click();
  await expect(question).toHaveCount(0);
  await expect(row).toHaveCount(1);
  await remove.click();
  await question.getByRole('button', { name: text('en', 'passkey-remove-confirm') }).click();
  await expect(section.locator('.passkey-status')).toHaveText(text('en', 'passkey-removed'));
  await expect(section.getByText(text('en', 'passkey-none'))).toBeVisible();
  await expect
    .poll(async () => (await mailsTo(page.request, user.email)).map((m) => m.subject))
    .toContain(text('en', 'mail-passkey-removed-subject'));

  // The authenticator still holds it, but the server no longer knows it.
  await logOut(page);
  await openIn(page, '/account/login');
  await page.getByRole('button', { name: text('en', 'passkey-login-button') }).click();
  await expect(page.locator('.passkey-login .form-problem')).toHaveText(text('en', 'passkey-login-failed'));
  await expect(page.locator('.passkey-login .form-problem')).toBeFocused();
  await expect(page).toHaveURL(/\/account\/login/);
  // The refused login's 401 is expected (appErrors leaves it out); nothing else went wrong.
  expect(appErrors(health)).toEqual([]);
  await page.context().close();
});

test('a page opened by IP address says passkeys need the site name', async ({ page }) => {
  await openIn(page, '/account/login', 'ja');
  await page.getByRole('button', { name: text('ja', 'passkey-login-button') }).click();
  await expect(page.locator('.passkey-login .form-problem')).toHaveText(text('ja', 'passkey-needs-name'));
});
