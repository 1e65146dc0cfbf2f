// Document reading (issue: read documents from photos) in Chromium: the OCR models load into the
// engine worker, a generated Residence Card photo and a generated passport photo
// (tests/e2e/fixtures/documents, made by `docscan synth`, ground truth beside each) fill the
// review screen with the right values and the crops they came from, a blank photo gets the
// retake advice, cancel works, and no image leaves the page.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import { text, type LocaleTag } from '../support/locales';
import { appReady, watchPage } from '../support/page-health';

const DOCUMENTS = path.resolve(__dirname, '../fixtures/documents');
const PHOTOS = path.resolve(__dirname, '../fixtures/photos');
const MODELS = ['/models/ppocrv5-det.rten', '/models/ppocrv5-rec-jis.rten', '/models/ppocrv5-rec-jis.txt'];

const truth = (name: string) => JSON.parse(fs.readFileSync(path.join(DOCUMENTS, name), 'utf8'));

// First use downloads 4.3 MB of models and reads in wasm.
test.setTimeout(120_000);

async function openScan(page: Page, locale: LocaleTag = 'en') {
  await page.addInitScript((lang) => localStorage.setItem('madoguchi.language', lang), locale);
  await page.goto('/document-scan');
  await appReady(page);
}

/** Every request the page and its engine worker make, with method and body. */
function recordRequests(page: Page) {
  const seen: { method: string; url: string; body: string | null }[] = [];
  page.on('request', (request: Request) => seen.push({ method: request.method(), url: request.url(), body: request.postData() }));
  return seen;
}

const value = (page: Page, id: string) => page.locator(`#scan-field-${id}`);
const review = (page: Page) => page.locator('#document-review-heading');

test('a Residence Card photo fills every field, with its crop, and nothing leaves the page', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const health = watchPage(page, origin);
  const requests = recordRequests(page);
  const card = truth('residence-card.json');
  await openScan(page);
  await expect(page.getByLabel(text('en', 'document-scan-kind-residence-card'))).toBeChecked();
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'residence-card.jpg'));
  await expect(review(page)).toBeVisible({ timeout: 90_000 });
  await expect(review(page)).toBeFocused();
  await expect(page.locator('.document-review')).toHaveAttribute('data-kind', 'residence-card');
  await expect(value(page, 'card-number')).toHaveValue(card.card_number);
  await expect(value(page, 'name')).toHaveValue(card.name);
  await expect(value(page, 'birth-date')).toHaveValue(card.birth_date);
  await expect(value(page, 'sex')).toHaveValue(card.sex === 'male' ? 'M' : 'F');
  await expect(value(page, 'period-of-stay')).toHaveValue(card.period_of_stay);
  await expect(value(page, 'stay-expiry-date')).toHaveValue(card.expiry_date);
  await expect(value(page, 'card-valid-until')).toHaveValue(card.card_valid_until);
  // The address as printed (the reader drops the space before the building name).
  expect((await value(page, 'address').inputValue()).replace(/\s/g, '')).toBe(card.address.replace(/\s/g, ''));
  await expect(value(page, 'prefecture')).toHaveValue('群馬県');
  // A clean photo's values are read surely: none is marked for checking.
  await expect(page.locator('[data-field="card-number"]')).toHaveAttribute('data-review', 'false');
  await expect(page.locator('[data-field="sex"]')).toHaveAttribute('data-review', 'false');
  // A card filling the photo: no advice to come closer.
  await expect(page.locator('[data-advice="small"]')).toHaveCount(0);
  await expect(page.locator('[data-advice="retake"]')).toHaveCount(0);
  // The labelled input is what a screen reader announces.
  await expect(page.getByLabel(text('en', 'document-field-card-number'), { exact: true })).toHaveValue(card.card_number);
  // The crop the number was read from is drawn next to it, wider than tall like a text line.
  const crop = page.locator('[data-field="card-number"] canvas.scan-crop');
  await expect(crop).toHaveAttribute('aria-label', text('en', 'document-scan-crop-alt', { field: text('en', 'document-field-card-number') }));
  const [w, h] = await crop.evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
  expect(w).toBeGreaterThan(h * 3);
  // The crop holds the card's dark print, not an empty canvas.
  const ink = await crop.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 300) dark++;
    return dark / (data.length / 4);
  });
  expect(ink).toBeGreaterThan(0.02);
  // Every field can be corrected.
  await value(page, 'name').fill('CHOI MIN-JUN');
  await expect(value(page, 'name')).toHaveValue('CHOI MIN-JUN');
  await page.getByRole('button', { name: text('en', 'document-scan-confirm') }).click();
  await expect(page.locator('#document-confirmed')).toHaveText(text('en', 'document-scan-confirmed'));

  // Nothing but same-origin GETs of the app's own files: no POST, no API call, no image upload.
  expect(health.foreignRequests).toEqual([]);
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith('blob:') && !r.url.startsWith('data:'))).toEqual([]);
  expect(requests.filter((r) => new URL(r.url).pathname.startsWith('/api/') && !r.url.endsWith('/api/trust-anchors'))).toEqual([]);
  for (const model of MODELS) expect(requests.some((r) => r.url.endsWith(model))).toBe(true);
  expect(health.consoleErrors).toEqual([]);
  const cached = await page.evaluate(async () => {
    const cache = await caches.open('madoguchi-models-v1');
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(cached.sort()).toEqual([...MODELS].sort());
});

test('an unsure value is marked in words tied to its input, the sure ones are not', async ({ page }) => {
  // residence-card-unsure.jpg: an address read right but with an unsure character in it.
  const card = truth('residence-card-unsure.json');
  await openScan(page);
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'residence-card-unsure.jpg'));
  await expect(review(page)).toBeVisible({ timeout: 90_000 });
  expect((await value(page, 'address').inputValue()).replace(/\s/g, '')).toBe(card.address.replace(/\s/g, ''));
  await expect(page.locator('[data-field="address"]')).toHaveAttribute('data-review', 'true');
  await expect(page.locator('[data-field="address"] .review-note')).toHaveText(
    `${text('en', 'document-scan-check-mark')} ${text('en', 'document-scan-needs-review')}`,
  );
  await expect(value(page, 'address')).toHaveAttribute('aria-describedby', /scan-note-address/);
  await expect(page.locator('.review-summary')).toContainText('Values to check');
  // Its prefecture, printed clearly, is not in doubt; nor are the fields read surely.
  await expect(value(page, 'prefecture')).toHaveValue('埼玉県');
  await expect(page.locator('[data-field="prefecture"]')).toHaveAttribute('data-review', 'false');
  await expect(page.locator('[data-field="sex"]')).toHaveAttribute('data-review', 'false');
  await expect(page.locator('[data-field="card-valid-until"]')).toHaveAttribute('data-review', 'false');
  // One value to check is corrected by hand: no advice to take another photo.
  await expect(page.locator('[data-advice="retake"]')).toHaveCount(0);
});

test('a card small in the photo is read, and the review screen advises a closer photo', async ({ page }) => {
  // residence-card-small.jpg: the card fills about 60 % of the photo's width (8.6 px per mm).
  const card = truth('residence-card-small.json');
  await openScan(page);
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'residence-card-small.jpg'));
  await expect(review(page)).toBeVisible({ timeout: 90_000 });
  await expect(value(page, 'card-number')).toHaveValue(card.card_number);
  await expect(value(page, 'name')).toHaveValue(card.name);
  await expect(value(page, 'birth-date')).toHaveValue(card.birth_date);
  const advice = page.locator('.document-review [data-advice="small"]');
  await expect(advice).toHaveText(text('en', 'document-scan-small-warning'));
  // Shown before the values, so it is read before them.
  const [adviceY, firstFieldY] = await Promise.all([
    advice.evaluate((el) => el.getBoundingClientRect().top),
    page.locator('.scan-fields').evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(adviceY).toBeLessThan(firstFieldY);
  // Several of its values are marked (its small print is blurred): the photo advice follows.
  expect(await page.locator('.scan-fields [data-review="true"]').count()).toBeGreaterThanOrEqual(3);
  const retake = page.locator('.document-review [data-advice="retake"]');
  await expect(retake).toContainText(text('en', 'document-scan-many-to-check'));
  for (const key of ['document-scan-advice-flat', 'document-scan-advice-large', 'document-scan-advice-glare', 'document-scan-advice-sharp']) {
    await expect(retake).toContainText(text('en', key));
  }
  // A card, not a passport: no word about the passport's photo page.
  await expect(retake).not.toContainText(text('en', 'document-scan-advice-passport-page'));
});

test('a passport photo fills the fields with their check digits', async ({ page, baseURL }) => {
  const health = watchPage(page, new URL(baseURL!).origin);
  const passport = truth('passport.json');
  await openScan(page);
  await page.getByLabel(text('en', 'document-scan-kind-passport')).check();
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'passport.jpg'));
  await expect(review(page)).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('.document-review')).toHaveAttribute('data-kind', 'passport');
  await expect(value(page, 'surname')).toHaveValue(passport.surname);
  await expect(value(page, 'given-names')).toHaveValue(passport.given_names);
  await expect(value(page, 'passport-number')).toHaveValue(passport.document_number);
  await expect(value(page, 'nationality')).toHaveValue(passport.nationality);
  await expect(value(page, 'birth-date')).toHaveValue(passport.birth_date);
  await expect(value(page, 'expiry-date')).toHaveValue(passport.expiry_date);
  await expect(value(page, 'sex')).toHaveValue(passport.sex === 'male' ? 'M' : 'F');
  // Check digits are shown in words for the fields they cover.
  for (const id of ['passport-number', 'birth-date', 'expiry-date']) {
    await expect(page.locator(`[data-field="${id}"] .check-digit`)).toHaveAttribute('data-check', /^(valid|repaired)$/);
  }
  await expect(page.locator('[data-field="passport-number"] .check-digit')).toContainText(/Check digit: matches/);
  await expect(page.locator('.mrz [data-checks]')).toHaveAttribute('data-checks', 'pass');
  await expect(page.locator('[data-field="surname"] canvas.scan-crop')).toHaveCount(1);
  // A page filling the photo: no advice to come closer.
  await expect(page.locator('[data-advice="small"]')).toHaveCount(0);
  // The server's COOP/COEP make the page cross-origin isolated: the engine reads on its threads.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(health.consoleErrors).toEqual([]);
});

test.describe('served without COOP/COEP', () => {
  // The service worker would answer from its cache; this test is about the headers alone.
  test.use({ serviceWorkers: 'block' });

  test('a host that drops the isolation headers still gets the passport read, on one thread', async ({ page, baseURL }) => {
    const health = watchPage(page, new URL(baseURL!).origin);
    await page.route('**/document-scan', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response, headers });
    });
    const passport = truth('passport.json');
    await openScan(page);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await page.getByLabel(text('en', 'document-scan-kind-passport')).check();
    await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'passport.jpg'));
    await expect(review(page)).toBeVisible({ timeout: 90_000 });
    await expect(value(page, 'passport-number')).toHaveValue(passport.document_number);
    await expect(value(page, 'surname')).toHaveValue(passport.surname);
    await expect(page.locator('.mrz [data-checks]')).toHaveAttribute('data-checks', 'pass');
    expect(health.consoleErrors).toEqual([]);
  });
});

test('a blank photo asks for a retake with the advice, and focus moves to it', async ({ page }) => {
  await openScan(page);
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'blank.png'));
  const error = page.locator('#document-scan-error');
  await expect(error).toContainText(text('en', 'document-scan-unreadable'), { timeout: 90_000 });
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toBeFocused();
  for (const key of ['document-scan-advice-flat', 'document-scan-advice-large', 'document-scan-advice-glare']) {
    await expect(error).toContainText(text('en', key));
  }
  await expect(review(page)).toHaveCount(0);
});

test('a slow first download can be cancelled, and the next try works', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/models/ppocrv5-det.rten', async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await openScan(page);
  await page.getByLabel(text('en', 'document-scan-kind-passport')).check();
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'passport.jpg'));
  const busy = page.getByRole('status').filter({ hasText: text('en', 'document-scan-reading') });
  await expect(busy).toBeVisible();
  await page.getByRole('button', { name: text('en', 'document-scan-cancel') }).click();
  await expect(busy).toHaveCount(0);
  await expect(review(page)).toHaveCount(0);
  await expect(page.locator('#document-scan-error')).toHaveCount(0);
  release();
  await page.unroute('**/models/ppocrv5-det.rten');
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'passport.jpg'));
  await expect(value(page, 'passport-number')).toHaveValue(truth('passport.json').document_number, { timeout: 90_000 });
});

test('in Japanese: an unrelated photo gets the retake advice, a card is read with Japanese labels', async ({ page }) => {
  await openScan(page, 'ja');
  await expect(page.locator('main h1')).toHaveText(text('ja', 'document-scan-title'));
  await page.locator('#document-file').setInputFiles(path.join(PHOTOS, 'portrait-good.jpg'));
  const error = page.locator('#document-scan-error');
  await expect(error).toContainText(text('ja', 'document-scan-unreadable'), { timeout: 90_000 });
  await expect(error).toContainText(text('ja', 'document-scan-advice-glare'));
  const card = truth('residence-card.json');
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'residence-card.jpg'));
  await expect(page.getByLabel(text('ja', 'document-field-card-number'), { exact: true })).toHaveValue(card.card_number, { timeout: 90_000 });
  await expect(page.getByLabel(text('ja', 'document-field-name'), { exact: true })).toHaveValue(card.name);
  await expect(page.locator('#document-review-heading')).toHaveText(text('ja', 'document-scan-review-heading'));
  await expect(error).toHaveCount(0);
});
