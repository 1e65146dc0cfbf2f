// The 3-hour inactivity logout (seed 001 §2.6) with the server's test clock: the warning
// 10 minutes before, "OK" extends by 3 hours, "Cancel" lets it end, and an ended session sends
// the person to log in and back to the page with what they typed. Moving the clock would end
// every other suite's sessions, so this suite runs its own server (fresh database, test clock
// on), and its tests one after another.
import { expect, test as base } from '@playwright/test';
import { text } from '../support/locales';
import { watchPage } from '../support/page-health';
import { advanceClock, appErrors, logIn, openIn, registerUser, startOwnServer } from '../support/account';

const test = base.extend<object, { clockServer: string }>({
  clockServer: [
    async ({}, use) => {
      const server = await startOwnServer();
      await use(server.url);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ clockServer }, use) => use(clockServer),
});

test.describe.configure({ mode: 'serial' });

const HOUR = 3600;

test('the warning 10 minutes before the 3-hour logout; OK extends by 3 hours', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  const user = await registerUser(page);
  await logIn(page, user);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-mypage-heading'));
  const dialog = page.getByRole('dialog', { name: text('en', 'account-session-warning-heading') });
  await expect(dialog).toBeHidden();

  // 2 h 51 min without activity: 9 minutes left, the warning opens (checked when the tab gets
  // focus again, as after coming back to it).
  await advanceClock(page.request, 2 * HOUR + 51 * 60);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/ 9 minutes|8 minutes/);
  await expect(dialog.getByRole('button', { name: text('en', 'account-session-extend') })).toBeFocused();
  const before = await (await page.request.get('/api/session')).json();
  expect(before.remaining_seconds).toBeLessThanOrEqual(600);

  await dialog.getByRole('button', { name: text('en', 'account-session-extend') }).click();
  await expect(dialog).toBeHidden();
  const after = await (await page.request.get('/api/session')).json();
  expect(after.remaining_seconds).toBeGreaterThan(3 * HOUR - 60);
  const extendedPrefix = text('en', 'account-session-extended').split('{')[0].trim();
  await expect(page.locator('[role="status"]').filter({ hasText: extendedPrefix })).toHaveCount(1);

  // "Cancel" closes the warning and lets the session end at the time shown.
  await advanceClock(page.request, 2 * HOUR + 52 * 60);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: text('en', 'account-session-cancel') }).click();
  await expect(dialog).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(dialog).toBeHidden();
  expect(appErrors(health)).toEqual([]);
});

test('an ended session sends the person to log in and back, with what they typed', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  const user = await registerUser(page, 'LE THI BICH');
  await logIn(page, user);
  await page.getByRole('link', { name: text('en', 'account-change-phone') }).click();
  await page.getByLabel(text('en', 'account-phone')).fill('0311112222');

  await advanceClock(page.request, 3 * HOUR + 60);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page).toHaveURL(/\/account\/login\?next=%2Faccount%2Fphone$/);
  await expect(page.locator('.notice')).toHaveText(text('en', 'account-session-expired'));
  await logIn(page, user, 'en', false);
  await expect(page).toHaveURL(/\/account\/phone$/);
  await expect(page.getByLabel(text('en', 'account-phone'))).toHaveValue('0311112222');
  await page.getByRole('button', { name: text('en', 'account-to-confirm') }).click();
  await page.getByRole('button', { name: text('en', 'account-change-button') }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(text('en', 'account-phone-changed'));

  // A request made after the session ended (here: the phone change) also leads to the login.
  await page.getByRole('link', { name: text('en', 'account-back-to-mypage') }).click();
  await page.getByRole('link', { name: text('en', 'account-change-phone') }).click();
  await page.getByLabel(text('en', 'account-phone')).fill('0322223333');
  await page.getByRole('button', { name: text('en', 'account-to-confirm') }).click();
  await advanceClock(page.request, 3 * HOUR + 60);
  await page.getByRole('button', { name: text('en', 'account-change-button') }).click();
  await expect(page).toHaveURL(/\/account\/login\?next=%2Faccount%2Fphone$/);
  await logIn(page, user, 'en', false);
  await expect(page.getByLabel(text('en', 'account-phone'))).toHaveValue('0322223333');
  expect(appErrors(health)).toEqual([]);
});

test('a page that needs a login, opened without one, goes to the login page first', async ({ page }) => {
  await openIn(page, '/account/coe?page=2');
  await expect(page).toHaveURL(/\/account\/login\?next=%2Faccount%2Fcoe%3Fpage%3D2$/);
  await expect(page.locator('.notice')).toHaveText(text('en', 'account-login-needed'));
});
