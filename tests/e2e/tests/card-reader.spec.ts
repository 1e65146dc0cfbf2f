// The card-reader flow (seed 003) end to end: the wasm app drives a simulated CCID reader through
// the fake navigator.usb, reads and verifies the simulated chip, and forgets it on "Finish".
import { expect, test } from '@playwright/test';
import { enterNumber, openFlow, read, stopReaders } from '../support/card-reader-flow';
import { FakeUsb, protectedClassReader } from '../support/fake-usb';
import { text } from '../support/locales';
import { appReady, watchPage } from '../support/page-health';

test.afterEach(stopReaders);

test('a genuine (test CA) residence card is read, verified and forgotten on Finish', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  const { fake } = await openFlow(page, { dump: 'residence-normal' });
  await enterNumber(page, 'ab12345678cd');
  await expect(page.getByText('AB12345678CD')).toBeVisible();
  const apiCallsBeforeRead = health.requests.filter((url) => url.includes('/api/')).length;
  await read(page);
  const heading = page.locator('#result-heading');
  await expect(heading).toHaveText(text('en', 'chip-verdict-genuine-test-ca'), { timeout: 20_000 });
  await expect(page.locator('[data-check="tamper"] dd')).toContainText(text('en', 'chip-tamper-ok'));
  await expect(page.locator('[data-check="issuer"] dd')).toContainText(text('en', 'chip-issuer-test-ca'));
  const front = page.getByRole('img', { name: text('en', 'chip-front-image') });
  const face = page.getByRole('img', { name: text('en', 'chip-face-image') });
  await expect(front).toBeVisible();
  await expect(face).toBeVisible();
  const frontSize = await front.evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
  expect(frontSize[0]).toBeGreaterThan(300);
  // The canvas really shows the card: not a blank image.
  const inked = await front.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 128) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(100);
  // Zoom: double-click toggles 2x.
  const widthBefore = await front.evaluate((c) => c.getBoundingClientRect().width);
  await front.dblclick();
  await expect.poll(() => front.evaluate((c) => c.getBoundingClientRect().width)).toBeCloseTo(widthBefore * 2, 0);
  expect(fake.log.filter((l) => l.op === 'transferOut').length).toBeGreaterThan(10);
  // The printed fields, read in the worker from the signed card-face image.
  await expect(page.locator('.printed-badge')).toHaveText(text('en', 'chip-printed-verified-test-ca'));
  const printed = (id: string) => page.locator(`[data-printed="${id}"] .value`);
  await expect(printed('name')).toHaveText('NGUYEN VAN A', { timeout: 60_000 });
  await expect(printed('card-number')).toHaveText('AB12345678CD');
  // Dates are shown in the reader's language, with the ISO date kept machine-readable.
  await expect(printed('birth-date').locator('time')).toHaveAttribute('datetime', '1995-07-04');
  await expect(printed('sex')).toHaveText('F');
  // The read itself made no request to the server (the reader's models are app files).
  expect(health.requests.filter((url) => url.includes('/api/')).length).toBe(apiCallsBeforeRead);

  await page.getByRole('button', { name: text('en', 'chip-finish') }).click();
  await expect(page.getByLabel(text('en', 'chip-number-label'))).toHaveValue('');
  await expect(page.locator('canvas')).toHaveCount(0);
  const leftovers = await page.evaluate(async () => ({
    html: document.body.innerHTML,
    local: JSON.stringify(localStorage),
    session: JSON.stringify(sessionStorage),
    caches: JSON.stringify(await caches.keys()),
  }));
  for (const place of Object.values(leftovers)) {
    expect(place).not.toContain('AB12345678CD');
    expect(place).not.toContain('NGUYEN');
  }
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('a wrong card number is reported as in the official app', async ({ page }) => {
  await openFlow(page, { dump: 'residence-normal' });
  await enterNumber(page, 'ZZ99999999ZZ');
  await read(page);
  await expect(page.locator('#failure-heading')).toHaveText(text('en', 'chip-error-number-mismatch'), {
    timeout: 20_000,
  });
  await page.getByRole('button', { name: text('en', 'chip-change-number') }).click();
  await enterNumber(page, 'AB12345678CD');
  await read(page);
  await expect(page.locator('#result-heading')).toHaveText(text('en', 'chip-verdict-genuine-test-ca'), {
    timeout: 20_000,
  });
});

test('a malformed number is refused before any reader is touched', async ({ page }) => {
  const { fake } = await openFlow(page, { dump: 'residence-normal' });
  await enterNumber(page, 'AB1234');
  await expect(page.locator('#card-number-error')).toHaveText(
    'The card number has 12 characters; you entered 6.',
  );
  await enterNumber(page, 'A112345678CD');
  await expect(page.locator('#card-number-error')).toHaveText(text('en', 'rule-card-number-format'));
  await expect(page.getByLabel(text('en', 'chip-number-label'))).toHaveAttribute('aria-invalid', 'true');
  expect(fake.log).toEqual([]);
});

for (const [dump, number, verdict] of [
  ['tampered', 'GH45678901IJ', 'chip-verdict-abnormal'],
  ['wrong-ca', 'IJ56789012KL', 'chip-verdict-abnormal'],
  ['under16', 'EF34567890GH', 'chip-verdict-under16'],
  ['special-permanent', 'CD23456789EF', 'chip-verdict-genuine-test-ca'],
  ['second-gen', 'MN78901234OP', 'chip-verdict-genuine-test-ca'],
  ['second-gen-special', 'OP89012345QR', 'chip-verdict-genuine-test-ca'],
  ['expired-ca', 'KL67890123MN', 'chip-verdict-genuine-test-ca'],
] as const) {
  test(`the ${dump} card is classified as ${verdict}`, async ({ page }) => {
    await openFlow(page, { dump });
    await enterNumber(page, number);
    await read(page);
    await expect(page.locator('#result-heading')).toHaveText(text('en', verdict), { timeout: 20_000 });
    if (verdict === 'chip-verdict-abnormal') {
      await expect(page.getByRole('link', { name: text('en', 'chip-consult-link') })).toBeVisible();
    }
    if (verdict === 'chip-verdict-abnormal') {
      // The image the printed fields come from is altered or signed by an unknown key: they are
      // shown as not verified.
      await expect(page.locator('.printed-badge')).toHaveText(text('en', 'chip-printed-not-verified'));
    }
    if (dump === 'under16') {
      await expect(page.locator('.printed-badge')).toHaveText(text('en', 'chip-printed-not-signed'));
    }
  });
}

test('a read that finishes before the CA certificates arrive still checks the issuer', async ({ page }) => {
  // The certificates are held back until the card has been read: the issuer check waits for them
  // instead of reporting that none is installed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/trust-anchors', async (route) => {
    await held;
    await route.continue();
  });
  const { fake } = await openFlow(page, { dump: 'second-gen' });
  await enterNumber(page, 'MN78901234OP');
  await read(page);
  // The reader is closed once the card has been read.
  await expect.poll(() => fake.log.some((l) => l.op === 'close'), { timeout: 20_000 }).toBe(true);
  await page.waitForTimeout(300);
  await expect(page.locator('#result-heading')).toHaveCount(0);
  release();
  await expect(page.locator('#result-heading')).toHaveText(text('en', 'chip-verdict-genuine-test-ca'), {
    timeout: 20_000,
  });
});

test('when the first fetch of the CA certificates fails, the read fetches them again', async ({ page }) => {
  let calls = 0;
  await page.route('**/api/trust-anchors', async (route) => {
    calls += 1;
    if (calls === 1) await route.fulfill({ status: 503, body: '' });
    else await route.continue();
  });
  await openFlow(page, { dump: 'residence-normal' });
  await enterNumber(page, 'AB12345678CD');
  await read(page);
  await expect(page.locator('#result-heading')).toHaveText(text('en', 'chip-verdict-genuine-test-ca'), {
    timeout: 20_000,
  });
  expect(calls).toBe(2);
});

test('a card taken away mid-read gives a clear error and a retry works', async ({ page }) => {
  const { reader } = await openFlow(page, { dump: 'residence-normal', removeAfterApdus: 6 });
  await enterNumber(page, 'AB12345678CD');
  await read(page);
  await expect(page.locator('#failure-heading')).toHaveText(text('en', 'chip-error-card-not-read'), {
    timeout: 20_000,
  });
  await reader.sim.request({ op: 'reinsert_card' });
  await page.getByRole('button', { name: text('en', 'chip-try-again') }).click();
  await read(page);
  await expect(page.locator('#result-heading')).toHaveText(text('en', 'chip-verdict-genuine-test-ca'), {
    timeout: 20_000,
  });
});

test('a reader Chrome refuses to web pages gets a plain explanation', async ({ page }) => {
  await FakeUsb.install(page, [protectedClassReader()]);
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/card-reader');
  await appReady(page);
  await enterNumber(page, 'AB12345678CD');
  await read(page);
  await expect(page.locator('#failure-heading')).toHaveText(
    'The reader "ACR1252 Dual Reader" cannot be used from a web page.',
  );
  await expect(page.locator('.failure')).toContainText('Isolated Web App');
});

for (const [model, product] of [
  ['scl011', 'TPDU-level CCID with T=1'],
  ['rcs300', 'Sony RC-S300 interface 1'],
  ['rcs380', 'Sony RC-S380 Port-100'],
] as const) {
  test(`the flow reads and verifies a card through the ${product} path`, async ({ page }) => {
    const { fake } = await openFlow(page, { dump: 'residence-normal', model });
    await enterNumber(page, 'AB12345678CD');
    await read(page);
    await expect(page.locator('#result-heading')).toHaveText(text('en', 'chip-verdict-genuine-test-ca'), {
      timeout: 30_000,
    });
    expect(fake.log.filter((l) => l.op === 'transferOut').length).toBeGreaterThan(15);
  });

  test(`a card removed mid-read on the ${product} path fails cleanly and a retry works`, async ({ page }) => {
    const { reader } = await openFlow(page, { dump: 'second-gen', model, removeAfterApdus: 4 });
    await enterNumber(page, 'MN78901234OP');
    await read(page);
    await expect(page.locator('#failure-heading')).toHaveText(text('en', 'chip-error-card-not-read'), {
      timeout: 30_000,
    });
    await reader.sim.request({ op: 'reinsert_card' });
    await page.getByRole('button', { name: text('en', 'chip-try-again') }).click();
    await read(page);
    await expect(page.locator('#result-heading')).toHaveText(text('en', 'chip-verdict-genuine-test-ca'), {
      timeout: 30_000,
    });
  });
}
