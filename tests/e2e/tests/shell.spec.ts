// The app shell: loading, languages, furigana, display preferences, privacy of requests.
import { expect, test } from '@playwright/test';
import { LOCALES, messages, text } from '../support/locales';
import { appReady, watchPage } from '../support/page-health';

test('the shell loads with no console errors and only same-origin requests', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  const response = await page.goto('/');
  await appReady(page);
  expect(response?.status()).toBe(200);
  await expect(page.locator('header')).toBeVisible();
  await expect(page.locator('nav')).toBeVisible();
  await expect(page.locator('main#main')).toBeVisible();
  await expect(page.locator('footer')).toBeVisible();
  await expect(page.locator('.flows > li')).toHaveCount(6);
  // Interact a little so lazily requested resources would show up too.
  await page.selectOption('#language-select', 'en');
  await page.getByLabel(text('en', 'settings-colour-blue')).check();
  await page.waitForLoadState('networkidle');
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
  expect(health.requests.length).toBeGreaterThan(2);
});

test('the page is served with strict security headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/https?:/);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=(self), usb=(self)');
  await appReady(page);
});

for (const locale of LOCALES) {
  test(`renders in ${locale} without showing message keys`, async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await page.selectOption('#language-select', locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('main h1')).toHaveText(text(locale, 'home-heading'));
    await expect(page.locator('.flows > li').first().locator('h2')).toHaveText(
      text(locale, 'flow-card-reader-title'),
    );
    await expect(page.locator('footer')).toHaveText(text(locale, 'footer-privacy'));
    const visible = await page.locator('body').innerText();
    for (const key of messages('en').keys()) {
      expect(visible, `message key ${key} shown`).not.toContain(key);
    }
    expect(visible).not.toMatch(/[｜《》]/);
  });
}

test('easy Japanese shows furigana as <ruby>, plain Japanese does not', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.selectOption('#language-select', 'ja');
  await expect(page.locator('main h1')).toHaveText(text('ja', 'home-heading'));
  await expect(page.locator('ruby')).toHaveCount(0);
  await page.selectOption('#language-select', 'ja-easy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('html')).toHaveAttribute('data-furigana', 'on');
  const heading = page.locator('main h1');
  await expect(heading.locator('ruby')).toHaveCount(1);
  await expect(heading.locator('ruby rt')).toHaveText('なに');
  expect(await page.locator('ruby').count()).toBeGreaterThan(20);
  // Every kanji on the page sits inside a <ruby> base.
  const bareKanji = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const inRuby = node.parentElement?.closest('ruby, option, select');
      if (!inRuby && /[\u4e00-\u9fff]/.test(node.textContent ?? '')) found.push(node.textContent!);
    }
    return found;
  });
  expect(bareKanji).toEqual([]);
});

test('colour scheme, text size and language persist across reloads', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.selectOption('#language-select', 'en');
  await page.getByLabel(text('en', 'settings-colour-black')).check();
  await page.getByLabel(text('en', 'settings-font-large')).check();
  await expect(page.locator('html')).toHaveAttribute('data-colour', 'black');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(0, 0, 0)');
  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-colour', 'black');
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'large');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel(text('en', 'settings-colour-black'))).toBeChecked();
  await expect(page.getByLabel(text('en', 'settings-font-large'))).toBeChecked();
  await expect(page.locator('#language-select')).toHaveValue('en');
  for (const scheme of ['standard', 'blue', 'yellow'] as const) {
    await page.getByLabel(text('en', `settings-colour-${scheme}`)).check();
    await page.reload();
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-colour', scheme);
  }
});

test('the first language follows the browser when nothing is stored', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'ko-KR', baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('main h1')).toHaveText(text('ko', 'home-heading'));
  await context.close();
});

test('keyboard users reach the skip link first and land in main', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await expect(page.locator('nav')).toHaveAttribute('aria-label', /.+/);
  await expect(page.locator('#language-select')).toHaveAccessibleName(/.+/);
});

test('unknown paths show a translated not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await appReady(page);
  await page.selectOption('#language-select', 'en');
  await expect(page.locator('main h1')).toHaveText(text('en', 'not-found-heading'));
  await expect(page.locator('main')).toContainText('There is no page at /no/such/page.');
  await page.getByRole('link', { name: text('en', 'not-found-home') }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('main h1')).toHaveText(text('en', 'home-heading'));
});
