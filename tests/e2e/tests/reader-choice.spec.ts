// Choosing the reader and waiting for the card: readers permitted earlier are offered without
// the chooser, plugging and unplugging updates the list, an empty reader waits for the card
// (CCID NotifySlotChange; polling on the Sony readers) and the wait can be cancelled; the Web
// Smart Card API lists the computer's readers by name and reads through them; the help page.
import { expect, test } from '@playwright/test';
import {
  enterNumber,
  openCardReader,
  openFlow,
  read,
  startReader,
  stopReaders,
} from '../support/card-reader-flow';
import { FakeSmartCard } from '../support/fake-smart-card';
import { FakeUsb } from '../support/fake-usb';
import { text } from '../support/locales';
import { watchPage } from '../support/page-health';

test.afterEach(stopReaders);

const GENUINE = text('en', 'chip-verdict-genuine-test-ca');
const EXTENDED = 'CCID contactless reader (vendor class, extended APDU)';
const readWith = (product: string) => text('en', 'chip-read-with', { product });

test('a reader permitted before is offered by name and read without the chooser', async ({ page }) => {
  const { fake } = await openFlow(page, { dump: 'residence-normal', id: 'kept' }, { granted: ['kept'], chooser: 'cancel' });
  await enterNumber(page, 'AB12345678CD');
  await expect(page.getByRole('heading', { name: text('en', 'chip-readers-remembered') })).toBeVisible();
  await page.getByRole('button', { name: readWith(EXTENDED) }).click();
  await expect(page.locator('#result-heading')).toHaveText(GENUINE, { timeout: 20_000 });
  // The browser's chooser was never opened.
  expect(await page.evaluate(() => (window as any).__madoguchiFakeUsb.lastRequestFilters())).toBeNull();
  expect(fake.log.some((l) => l.op === 'transferOut')).toBe(true);
});

test('unplugging and plugging a permitted reader updates the list', async ({ page }) => {
  const { fake } = await openFlow(page, { dump: 'residence-normal', id: 'kept' }, { granted: ['kept'] });
  await enterNumber(page, 'AB12345678CD');
  const button = page.getByRole('button', { name: readWith(EXTENDED) });
  await expect(button).toBeVisible();
  await fake.disconnect('kept');
  await expect(button).toHaveCount(0);
  await expect(page.getByRole('heading', { name: text('en', 'chip-readers-remembered') })).toHaveCount(0);
  await fake.connect('kept');
  await expect(button).toBeVisible();
});

for (const model of ['extended', 'rcs300'] as const) {
  test(`an empty ${model} reader waits for the card and reads it once placed`, async ({ page }) => {
    const { reader, fake } = await openFlow(page, { dump: 'residence-normal', model, noCard: true });
    await enterNumber(page, 'AB12345678CD');
    await read(page);
    await expect(page.locator('#waiting-heading')).toHaveText(text('en', 'chip-waiting-card'), { timeout: 20_000 });
    // (Notifications queued before the page opened the reader are read first.)
    await page.waitForTimeout(300);
    const commandsWhenWaiting = fake.log.filter((l) => l.op === 'transferOut').length;
    // Stays waiting: no error while the reader is empty.
    await page.waitForTimeout(1_500);
    await expect(page.locator('#waiting-heading')).toBeVisible();
    const commandsWhileWaiting = fake.log.filter((l) => l.op === 'transferOut').length - commandsWhenWaiting;
    if (model === 'extended') {
      // The CCID reader is not polled: the page waits for NotifySlotChange on the interrupt endpoint.
      expect(fake.log.some((l) => l.op === 'transferIn' && l.endpoint === 3)).toBe(true);
      expect(commandsWhileWaiting).toBe(0);
    } else {
      // The Sony reader has no card event: the page tries to activate a card every half second.
      expect(commandsWhileWaiting).toBeGreaterThan(0);
    }
    await reader.sim.placeCard();
    await expect(page.locator('#result-heading')).toHaveText(GENUINE, { timeout: 30_000 });
  });
}

test('waiting for the card can be cancelled, and the reader is released', async ({ page }) => {
  const { fake } = await openFlow(page, { dump: 'residence-normal', noCard: true });
  await enterNumber(page, 'AB12345678CD');
  await read(page);
  await expect(page.locator('#waiting-heading')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: text('en', 'chip-cancel') }).click();
  await expect(page.locator('#reader-step-heading')).toBeVisible();
  await expect.poll(() => fake.log.some((l) => l.op === 'close')).toBe(true);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the Web Smart Card API lists the computer readers and reads a card through PC/SC', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  const reader = await startReader({ dump: 'second-gen', noCard: true });
  const smartCard = await FakeSmartCard.install(page, { 'Contoso NFC Reader 0': reader.sim });
  await openCardReader(page);
  await enterNumber(page, 'MN78901234OP');
  await expect(page.getByRole('heading', { name: text('en', 'chip-readers-system') })).toBeVisible();
  await page.getByRole('button', { name: readWith('Contoso NFC Reader 0') }).click();
  await expect(page.locator('#waiting-heading')).toBeVisible({ timeout: 20_000 });
  await reader.sim.placeCard();
  await expect(page.locator('#result-heading')).toHaveText(GENUINE, { timeout: 30_000 });
  expect(smartCard.log.filter((op) => op === 'transmit').length).toBeGreaterThan(10);
  expect(smartCard.log).toContain('disconnect');
  expect(health.foreignRequests).toEqual([]);
  expect(health.consoleErrors).toEqual([]);
});

test('a card taken off a PC/SC reader mid-read gives the official error', async ({ page }) => {
  const reader = await startReader({ dump: 'residence-normal', removeAfterApdus: 5 });
  await FakeSmartCard.install(page, { 'Contoso NFC Reader 0': reader.sim });
  await openCardReader(page);
  await enterNumber(page, 'AB12345678CD');
  await page.getByRole('button', { name: readWith('Contoso NFC Reader 0') }).click();
  await expect(page.locator('#failure-heading')).toHaveText(text('en', 'chip-error-card-not-read'), {
    timeout: 30_000,
  });
});

test('without the Smart Card API no computer-reader section is shown', async ({ page }) => {
  await FakeUsb.install(page, []);
  await openCardReader(page);
  await enterNumber(page, 'AB12345678CD');
  await expect(page.locator('#reader-step-heading')).toBeVisible();
  await expect(page.getByRole('heading', { name: text('en', 'chip-readers-system') })).toHaveCount(0);
});

test('the reader help page explains readers, Windows drivers and Isolated Web Apps', async ({ page }) => {
  await FakeUsb.install(page, []);
  await openCardReader(page);
  await enterNumber(page, 'AB12345678CD');
  await page.getByRole('link', { name: text('en', 'chip-readers-help-link') }).click();
  await expect(page).toHaveURL(/\/help\/readers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'help-readers-title'));
  for (const key of ['help-readers-works-heading', 'help-readers-protected-heading', 'help-readers-windows-heading', 'help-readers-iwa-heading']) {
    await expect(page.getByRole('heading', { name: text('en', key) })).toBeVisible();
  }
  await expect(page.locator('main')).toContainText('WinUSB');
  await expect(page.locator('main')).toContainText('IsolatedWebAppInstallForceList');
  await page.getByRole('link', { name: text('en', 'help-readers-back') }).click();
  await expect(page).toHaveURL(/\/card-reader$/);
});
