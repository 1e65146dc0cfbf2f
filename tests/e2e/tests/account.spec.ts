// The immigration online system account (seed 001 §2, §3, §6) in Chromium against the real API:
// registration through the mailed link with the shared rules' errors, login, lockout after five
// failures and the unlock by password reset, my page with the email (link to the new address),
// phone and password changes, logout — in English, Japanese and Vietnamese.
import { expect, test } from '@playwright/test';
import { text } from '../support/locales';
import { appReady, watchPage } from '../support/page-health';
import { PASSWORD, appErrors, logIn, mailedLink, mailsTo, openIn, registerUser, uniqueEmail } from '../support/account';

test('registration through the mailed link, login, my page and logout', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  await openIn(page, '/account/register');
  // Nothing entered: the consent and the address are required, and focus goes to the first error.
  await page.getByRole('button', { name: text('en', 'account-register-send') }).click();
  await expect(page.locator('#terms-accepted-error')).toHaveText(text('en', 'rule-must-accept'));
  await expect(page.locator('#email-error')).not.toBeEmpty();
  await expect(page.locator('#terms-accepted')).toBeFocused();

  const email = uniqueEmail();
  await page.getByLabel(text('en', 'account-terms-accept')).check();
  await page.getByLabel(text('en', 'account-email'), { exact: true }).fill(email);
  await page.getByLabel(text('en', 'account-email-again')).fill(`x${email}`);
  await page.getByRole('button', { name: text('en', 'account-register-send') }).click();
  await expect(page.locator('#email-confirmation-error')).toHaveText(text('en', 'rule-email-mismatch'));
  await page.getByLabel(text('en', 'account-email-again')).fill(email);
  await page.getByRole('button', { name: text('en', 'account-register-send') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-register-sent-heading'));
  await expect(page.getByRole('main').getByRole('status')).toHaveText(text('en', 'account-mail-sent'));

  // The mailed link opens the registration form for that address.
  await page.goto(await mailedLink(page.request, email, '/account/register/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-registration-heading'));
  await expect(page.locator('form')).toContainText(email.toLowerCase().slice(0, 10));
  // Every field wrong at once: each error says what to do, next to its field.
  await page.getByLabel(text('en', 'account-latin-name')).fill('NGUYỄN VAN AN');
  await page.getByLabel(text('en', 'account-phone')).fill('090-1234-5678');
  await page.getByLabel(text('en', 'account-password'), { exact: true }).fill('abcdefghij');
  await page.getByLabel(text('en', 'account-password-again')).fill('abcdefghij');
  await page.getByRole('button', { name: text('en', 'account-to-confirm') }).click();
  await expect(page.locator('#user-kind-error')).toHaveText(text('en', 'rule-required'));
  await expect(page.locator('#latin-name-error')).toContainText('“Ễ”');
  await expect(page.locator('#phone-error')).toHaveText(text('en', 'rule-phone-hyphen', { suggestion: '09012345678' }));
  await expect(page.locator('#password-error')).toContainText('A–Z, 0–9, $%&=@_#*+-?!');
  await expect(page.locator('#latin-name')).toBeFocused();
  await expect(page.locator('#password')).toHaveAttribute('aria-describedby', 'password-hint password-error');
  // Only the missing class is named once the others are there.
  await page.getByLabel(text('en', 'account-password'), { exact: true }).fill('Abcdefghij1');
  await page.getByRole('button', { name: text('en', 'account-to-confirm') }).click();
  await expect(page.locator('#password-error')).toContainText('$%&=@_#*+-?!');
  await expect(page.locator('#password-error')).not.toContainText('A–Z');

  await page.getByLabel(text('en', 'user-kind-foreign-national')).check();
  await page.getByLabel(text('en', 'account-latin-name')).fill('nguyen van an');
  await page.getByLabel(text('en', 'account-phone')).fill('09012345678');
  await page.getByLabel(text('en', 'account-password'), { exact: true }).fill(PASSWORD);
  await page.getByLabel(text('en', 'account-password-again')).fill(PASSWORD);
  await page.getByRole('button', { name: text('en', 'account-to-confirm') }).click();
  // The confirmation screen (利用者登録確認) shows what will be registered, the name in capitals.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-registration-confirm-heading'));
  await expect(page.locator('[data-review="latin-name"]')).toHaveText('NGUYEN VAN AN');
  await expect(page.locator('[data-review="user-kind"]')).toHaveText(text('en', 'user-kind-foreign-national'));
  await expect(page.locator('[data-review="phone"]')).toHaveText('09012345678');
  // Back to the form keeps everything; then register.
  await page.getByRole('button', { name: text('en', 'account-back-to-input') }).click();
  await expect(page.getByLabel(text('en', 'account-phone'))).toHaveValue('09012345678');
  await page.getByRole('button', { name: text('en', 'account-to-confirm') }).click();
  await page.getByRole('button', { name: text('en', 'account-register-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-registration-done-heading'));
  const userId = (await page.locator('.user-id').textContent())!.trim();
  expect(userId).toMatch(/^[A-Z0-9]{6,}$/);
  // The user ID is mailed too, and the link cannot be used twice.
  await expect.poll(async () => (await mailsTo(page.request, email)).some((m) => m.body.includes(userId))).toBe(true);

  // Login → my page with the registered details; the header names the person.
  await logIn(page, { userId, password: PASSWORD });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-mypage-heading'));
  await expect(page.locator('[data-detail="user-id"]')).toHaveText(userId);
  await expect(page.locator('[data-detail="latin-name"]')).toHaveText('NGUYEN VAN AN');
  await expect(page.locator('[data-detail="email"]')).toHaveText(email);
  await expect(page.locator('.site-nav .account-name')).toHaveText('NGUYEN VAN AN');
  // Nothing about the password is kept in the browser's storage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(PASSWORD);

  // Logout asks first (利用者ログアウト確認), then my page needs a login again.
  await page.locator('.site-nav').getByRole('link', { name: text('en', 'account-logout-heading') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-logout-heading'));
  await page.getByRole('button', { name: text('en', 'account-logout-button') }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(text('en', 'account-logged-out'));
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/login\?next=%2Faccount$/);
  await expect(page.locator('.notice')).toHaveText(text('en', 'account-login-needed'));
  expect(health.foreignRequests).toEqual([]);
  expect(health.consoleErrors).toEqual([]);
});

test('five wrong passwords lock the account; a password reset unlocks it', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  const user = await registerUser(page);
  await openIn(page, '/account/login');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel(text('en', 'account-user-id')).fill(user.userId);
    await page.getByLabel(text('en', 'account-password')).fill(`Wrong${attempt}pass$`);
    await page.getByRole('button', { name: text('en', 'account-login-button'), exact: true }).click();
    const expected = attempt < 5 ? 'account-login-failed' : 'account-locked';
    await expect(page.locator('form .form-problem')).toHaveText(text('en', expected));
    await expect(page.locator('form .form-problem')).toBeFocused();
    // The password field is emptied after each failure.
    await expect(page.getByLabel(text('en', 'account-password'))).toHaveValue('');
  }
  // Locked: even the right password is refused, and the page offers the unlock.
  await page.getByLabel(text('en', 'account-password')).fill(user.password);
  await page.getByRole('button', { name: text('en', 'account-login-button'), exact: true }).click();
  await expect(page.locator('form .form-problem')).toHaveText(text('en', 'account-locked'));
  await page.getByRole('link', { name: text('en', 'account-unlock-by-reset') }).click();

  // パスワードを忘れた場合: user ID + address → the reset link by mail.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-forgot-password-heading'));
  await page.getByLabel(text('en', 'account-user-id')).fill(user.userId);
  await page.getByLabel(text('en', 'account-email')).fill(user.email);
  await page.getByRole('button', { name: text('en', 'account-send') }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(text('en', 'account-mail-sent'));
  await page.goto(await mailedLink(page.request, user.email, '/account/password-reset/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-reset-heading'));
  await page.getByLabel(text('en', 'account-new-password')).fill('Newpassword9!');
  await page.getByLabel(text('en', 'account-password-again')).fill('Newpassword9?');
  await page.getByRole('button', { name: text('en', 'account-reset-button') }).click();
  await expect(page.locator('#password-confirmation-error')).toHaveText(text('en', 'rule-password-mismatch'));
  await expect(page.locator('#password-confirmation')).toBeFocused();
  await page.getByLabel(text('en', 'account-password-again')).fill('Newpassword9!');
  await page.getByRole('button', { name: text('en', 'account-reset-button') }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(text('en', 'account-password-reset'));

  // Unlocked: the new password logs in, the old one no longer does.
  await openIn(page, '/account/login');
  await page.getByLabel(text('en', 'account-user-id')).fill(user.userId);
  await page.getByLabel(text('en', 'account-password')).fill(user.password);
  await page.getByRole('button', { name: text('en', 'account-login-button'), exact: true }).click();
  await expect(page.locator('form .form-problem')).toHaveText(text('en', 'account-login-failed'));
  await logIn(page, { userId: user.userId, password: 'Newpassword9!' }, 'en', false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'account-mypage-heading'));
  expect(appErrors(health)).toEqual([]);
});

test('my page: email change through a link to the new address, phone and password changes', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  const user = await registerUser(page, 'MARIA DELA CRUZ');
  await logIn(page, user);

  // メールアドレスを変更する: the link goes to the new address; the change happens when it is opened.
  await page.getByRole('link', { name: text('en', 'account-change-email') }).click();
  const newEmail = uniqueEmail('atarashii');
  await page.getByLabel(text('en', 'account-new-email')).fill(newEmail);
  await page.getByLabel(text('en', 'account-email-again')).fill(newEmail.replace('atarashii', 'atarasii'));
  await page.getByRole('button', { name: text('en', 'account-change-button') }).click();
  await expect(page.locator('#email-confirmation-error')).toHaveText(text('en', 'rule-email-mismatch'));
  await page.getByLabel(text('en', 'account-email-again')).fill(newEmail);
  await page.getByRole('button', { name: text('en', 'account-change-button') }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(text('en', 'account-email-change-sent'));
  await page.goto(await mailedLink(page.request, newEmail, '/account/email-change/'));
  await expect(page.getByRole('main').getByRole('status')).toHaveText(text('en', 'account-email-changed'));
  await page.getByRole('link', { name: text('en', 'account-back-to-mypage') }).click();
  await expect(page.locator('[data-detail="email"]')).toHaveText(newEmail);

  // 電話番号を変更する: hyphens are explained, then the confirmation screen, then done.
  await page.getByRole('link', { name: text('en', 'account-change-phone') }).click();
  await expect(page.getByLabel(text('en', 'account-phone'))).toHaveValue('09012345678');
  await page.getByLabel(text('en', 'account-phone')).fill('03-1234-5678');
  await page.getByRole('button', { name: text('en', 'account-to-confirm') }).click();
  await expect(page.locator('#phone-error')).toHaveText(text('en', 'rule-phone-hyphen', { suggestion: '0312345678' }));
  await page.getByLabel(text('en', 'account-phone')).fill('0312345678');
  await page.getByRole('button', { name: text('en', 'account-to-confirm') }).click();
  await expect(page.locator('[data-review="phone"]')).toHaveText('0312345678');
  await page.getByRole('button', { name: text('en', 'account-change-button') }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(text('en', 'account-phone-changed'));
  await page.getByRole('link', { name: text('en', 'account-back-to-mypage') }).click();
  await expect(page.locator('[data-detail="phone"]')).toHaveText('0312345678');

  // パスワードを変更する: a wrong current password is refused.
  await page.getByRole('link', { name: text('en', 'account-change-password') }).click();
  await page.getByLabel(text('en', 'account-current-password')).fill('Notmypass1!');
  await page.getByLabel(text('en', 'account-new-password')).fill('Changed12$x');
  await page.getByLabel(text('en', 'account-password-again')).fill('Changed12$x');
  await page.getByRole('button', { name: text('en', 'account-change-button') }).click();
  await expect(page.getByText(text('en', 'account-current-password-wrong'))).toBeVisible();
  await page.getByLabel(text('en', 'account-current-password')).fill(user.password);
  await page.getByLabel(text('en', 'account-new-password')).fill('Changed12$x');
  await page.getByLabel(text('en', 'account-password-again')).fill('Changed12$x');
  await page.getByRole('button', { name: text('en', 'account-change-button') }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(text('en', 'account-password-changed'));
  expect(appErrors(health)).toEqual([]);
});

test('ログイン画面: 入力がないとき、利用者IDかパスワードが違うときの日本語のメッセージ', async ({ page }) => {
  await openIn(page, '/account/login', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ja', 'account-login-heading'));
  await page.getByRole('button', { name: text('ja', 'account-login-button'), exact: true }).click();
  await expect(page.locator('#user-id-error')).toHaveText(text('ja', 'rule-required'));
  await expect(page.locator('#password-error')).toHaveText(text('ja', 'rule-required'));
  await expect(page.locator('#user-id')).toBeFocused();
  await page.getByLabel(text('ja', 'account-user-id')).fill('NOSUCHUSER1');
  await page.getByLabel(text('ja', 'account-password')).fill('Abcdefgh1$');
  await page.getByRole('button', { name: text('ja', 'account-login-button'), exact: true }).click();
  await expect(page.locator('form .form-problem')).toHaveText(text('ja', 'account-login-failed'));
  // The ways out of a forgotten ID or password, as on the official screen.
  await page.getByRole('link', { name: text('ja', 'account-forgot-user-id-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ja', 'account-forgot-user-id-heading'));
  await page.getByLabel(text('ja', 'account-latin-name')).fill('山田 太郎');
  await page.getByRole('button', { name: text('ja', 'account-send') }).click();
  await expect(page.locator('#email-error')).not.toBeEmpty();
  await expect(page.locator('#latin-name-error')).toContainText('山');
});

test('Đăng ký: lỗi được giải thích bằng tiếng Việt, và đường dẫn đã hết hạn', async ({ page }) => {
  await openIn(page, '/account/register', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('vi', 'account-register-heading'));
  await page.getByLabel(text('vi', 'account-email'), { exact: true }).fill('an@example.com');
  await page.getByLabel(text('vi', 'account-email-again')).fill('an@example.org');
  await page.getByRole('button', { name: text('vi', 'account-register-send') }).click();
  await expect(page.locator('#terms-accepted-error')).toHaveText(text('vi', 'rule-must-accept'));
  await expect(page.locator('#email-confirmation-error')).toHaveText(text('vi', 'rule-email-mismatch'));
  // A registration or reset link that is unknown or used says so and leads back to the start.
  await page.goto('/account/register/not-a-real-token');
  await appReady(page);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(text('vi', 'api-error-link-invalid'));
  await page.getByRole('link', { name: text('vi', 'account-register-again') }).click();
  await expect(page).toHaveURL(/\/account\/register$/);
  await page.goto('/account/password-reset/not-a-real-token');
  await expect(page.getByRole('main').getByRole('alert')).toContainText(text('vi', 'api-error-link-invalid'));
});
