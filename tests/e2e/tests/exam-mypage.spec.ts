// The exam My Page registration (seed 000) end to end in Chromium, through the real API and
// database: generated Residence Card and passport photos read in the engine worker, the face
// photo taken from a document or checked after upload, the details with auto-filled marks, a
// card/passport conflict resolved, an invalid entry shown with the shared rule and the data
// kept, the visa page refused, the browser's back button and the "back" link, one POST with only
// the form's fields, the receipt, and nothing left in the tab afterwards. In ja, en and vi.
import * as path from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import {
  acceptPhoto,
  CARD_FIELDS,
  card,
  currentStep,
  DOCUMENTS,
  FORM_FIELDS,
  openExam,
  passport,
  PASSPORT_NAME,
  readDocument,
  register,
} from '../support/exam-flow';
import { text, type LocaleTag } from '../support/locales';
import { watchPage } from '../support/page-health';

// The first document read downloads the OCR models; each read takes seconds in wasm.
test.setTimeout(240_000);

/** Every request of the page, with the POSTs' bodies. */
function recordRequests(page: Page) {
  const seen: Request[] = [];
  page.on('request', (request) => seen.push(request));
  return seen;
}

/** Only same-origin requests, exactly one POST (the form, to its endpoint), nothing kept. */
async function expectOnlyTheFormLeft(page: Page, requests: Request[], origin: string) {
  const foreign = requests.filter((r) => !/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin);
  expect(foreign.map((r) => r.url())).toEqual([]);
  const posts = requests.filter((r) => r.method() !== 'GET');
  expect(posts.map((r) => new URL(r.url()).pathname)).toEqual(['/api/forms/exam-mypage']);
  expect(posts[0].headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  const stored = await page.evaluate(() => ({ session: sessionStorage.length, keys: Object.keys(localStorage) }));
  expect(stored.session).toBe(0);
  expect(stored.keys.filter((k) => k.includes('exam'))).toEqual([]);
  return JSON.parse(posts[0].postData()!);
}

test('with a Residence Card (ja): auto-filled marks, conflicts chosen, a rule shown and the data kept, one POST', async ({ page, baseURL }) => {
  const locale: LocaleTag = 'ja';
  const origin = new URL(baseURL!).origin;
  const health = watchPage(page, origin);
  const requests = recordRequests(page);
  await openExam(page, locale);
  await expect(currentStep(page)).toContainText('STEP 1');
  await readDocument(page, locale, 'residence-card.jpg');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'exam-passport-heading'));
  await expect(currentStep(page)).toContainText('STEP 2');
  await readDocument(page, locale, 'passport.jpg');
  // The face photo can be taken from either document; the generated passport's portrait is a
  // drawn placeholder with no face, which is said (the cut with a real face is tested natively).
  const fromDocuments = page.locator('.from-document');
  await expect(fromDocuments.getByRole('button')).toHaveText([text(locale, 'exam-photo-from-card'), text(locale, 'exam-photo-from-passport')]);
  await fromDocuments.getByRole('button', { name: text(locale, 'exam-photo-from-passport') }).click();
  await expect(fromDocuments.getByRole('alert')).toHaveText(text(locale, 'photo-fix-no-face'), { timeout: 60_000 });
  await acceptPhoto(page, locale);

  // Every value filled from a document is marked with where it came from.
  await expect(page.locator('#exam-passport-number')).toHaveValue(passport.document_number);
  await expect(page.locator('#exam-passport-number-note')).toHaveText(text(locale, 'exam-autofilled-passport'));
  await expect(page.locator('#exam-passport-number')).toHaveAttribute('aria-describedby', /exam-passport-number-note/);
  await expect(page.locator('#exam-card-number')).toHaveValue(card.card_number);
  await expect(page.locator('#exam-card-number-note')).toHaveText(text(locale, 'exam-autofilled-card'));
  await expect(page.locator('#exam-prefecture')).toHaveValue(card.prefecture);
  await expect(page.locator('#exam-prefecture-note')).toHaveText(text(locale, 'exam-autofilled-card'));
  await expect(page.locator('#exam-status')).not.toHaveValue('');
  await expect(page.locator('#exam-period-until')).toHaveValue(card.expiry_date);
  await expect(page.locator('#exam-sex-female')).toBeChecked();
  // The two generated documents belong to different people: name, birth date and nationality
  // differ and are shown side by side; until chosen, the passport's value is in the form.
  await expect(page.locator('fieldset.conflict')).toHaveCount(3);
  const nameConflict = page.locator('[data-conflict="name"]');
  await expect(nameConflict).toContainText(card.name);
  await expect(nameConflict).toContainText(PASSPORT_NAME);
  await expect(page.locator('#exam-name')).toHaveValue(PASSPORT_NAME);

  const email = `exam-${Date.now()}@example.com`;
  await page.getByLabel(text(locale, 'exam-field-email')).fill(email);
  await page.getByRole('button', { name: text(locale, 'exam-to-confirm') }).click();
  // Nothing chosen, and the card's period of stay ended: the page says so next to each field,
  // focuses the first, and keeps everything.
  await expect(page.locator('#conflict-exam-name-error')).toHaveText(text(locale, 'exam-conflict-choose'));
  await expect(page.locator('#conflict-exam-name-card')).toBeFocused();
  await expect(page.locator('#exam-period-until-error')).toHaveText(
    text(locale, 'rule-period-of-stay-ended', { date: card.expiry_date }),
  );
  await expect(page.locator('#exam-period-until')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#exam-period-until')).toHaveAttribute('aria-describedby', /exam-period-until-error/);
  await expect(currentStep(page)).toContainText('STEP 4');
  await expect(page.getByLabel(text(locale, 'exam-field-email'))).toHaveValue(email);
  await expect(page.locator('#exam-card-number')).toHaveValue(card.card_number);

  // Keep the card's name, the passport's birth date and nationality.
  await page.locator('#conflict-exam-name-card').check();
  await page.locator('#conflict-exam-birth-date-passport').check();
  await page.locator('#conflict-exam-nationality-passport').check();
  await expect(page.locator('#exam-name')).toHaveValue(card.name);
  await expect(page.locator('#exam-name-note')).toHaveText(text(locale, 'exam-autofilled-card'));
  await expect(page.locator('#exam-birth-date')).toHaveValue(passport.birth_date);
  // Correcting a value removes its mark.
  await page.locator('#exam-period-until').fill('2030-04-14');
  await expect(page.locator('#exam-period-until-note')).toHaveCount(0);
  await expect(page.locator('#exam-period-until')).not.toHaveAttribute('aria-describedby', /note/);
  await page.getByRole('button', { name: text(locale, 'exam-to-confirm') }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'exam-confirm-heading'));
  await expect(page.locator('[data-review="name"]')).toContainText(card.name);
  await expect(page.locator('[data-review="residence_card.prefecture"]')).toContainText(text(locale, 'prefecture-10'));
  await expect(page.locator('[data-review="residence_card.period_of_stay_until"]')).toHaveText('2030-04-14');
  await expect(page.locator('.review img.review-photo')).toBeVisible();
  // The browser's back button returns to the details with everything kept, and forward again.
  await page.goBack();
  await expect(page.locator('#exam-period-until')).toHaveValue('2030-04-14');
  await expect(page.getByLabel(text(locale, 'exam-field-email'))).toHaveValue(email);
  await expect(page.locator('#conflict-exam-name-card')).toBeChecked();
  await page.goForward();

  const receipt = await register(page, locale);
  const body = await expectOnlyTheFormLeft(page, requests, origin);
  expect(Object.keys(body).sort()).toEqual(FORM_FIELDS);
  expect(Object.keys(body.residence_card).sort()).toEqual(CARD_FIELDS);
  expect(body).toMatchObject({
    name: card.name,
    birth_date: passport.birth_date,
    sex: 'female',
    nationality: passport.nationality,
    passport_number: passport.document_number,
    email,
  });
  expect(body.residence_card).toMatchObject({ card_number: card.card_number, prefecture: 10, period_of_stay_until: '2030-04-14' });
  expect(body.photo_jpeg_base64.length).toBeGreaterThan(20_000);
  expect(receipt).toMatch(/^\d{8}-/);
  expect(health.consoleErrors).toEqual([]);
});

test('without a Residence Card (en): the visa page refused, no card fields, an invalid passport number kept and fixed', async ({ page, baseURL }) => {
  const locale: LocaleTag = 'en';
  const origin = new URL(baseURL!).origin;
  const health = watchPage(page, origin);
  const requests = recordRequests(page);
  await openExam(page, locale);
  await page.getByRole('button', { name: text(locale, 'exam-no-card-button') }).click();
  await expect(currentStep(page)).toContainText('STEP 2');
  await expect(page.locator('[data-note="no-card"]')).toHaveText(text(locale, 'exam-no-card-note'));
  // A photo of the visa page instead of the photo page is refused, saying which page to take.
  await page.locator('#document-file').setInputFiles(path.join(DOCUMENTS, 'visa-page.jpg'));
  const refusal = page.locator('#document-scan-error');
  await expect(refusal).toContainText(text(locale, 'document-scan-visa-page'), { timeout: 120_000 });
  await expect(refusal).toBeFocused();
  await expect(refusal).toContainText(text(locale, 'document-scan-advice-passport-page'));
  await expect(page.locator('#document-review-heading')).toHaveCount(0);
  await expect(currentStep(page)).toContainText('STEP 2');
  await readDocument(page, locale, 'passport.jpg');
  // Without a card, only the passport can give the face photo.
  await expect(page.locator('.from-document').getByRole('button')).toHaveText([text(locale, 'exam-photo-from-passport')]);
  await acceptPhoto(page, locale);

  await expect(page.locator('fieldset.conflict')).toHaveCount(0);
  await expect(page.locator('#exam-card-number')).toHaveCount(0);
  await expect(page.locator('[data-note="no-card"]')).toBeVisible();
  await expect(page.locator('#exam-name')).toHaveValue(PASSPORT_NAME);
  await expect(page.locator('#exam-name-note')).toHaveText(text(locale, 'exam-autofilled-passport'));
  await page.getByLabel(text(locale, 'exam-field-passport-number')).fill('K5448-0016');
  await page.getByLabel(text(locale, 'exam-field-email')).fill('no-card@example.com');
  await page.getByRole('button', { name: text(locale, 'exam-to-confirm') }).click();
  await expect(page.locator('#exam-passport-number-error')).toHaveText(text(locale, 'rule-passport-number-char', { char: '-' }));
  await expect(page.locator('#exam-passport-number')).toBeFocused();
  await expect(page.locator('#exam-passport-number')).toHaveValue('K5448-0016');
  await expect(page.locator('#exam-passport-number-note')).toHaveCount(0);
  await page.getByLabel(text(locale, 'exam-field-passport-number')).fill(passport.document_number);
  await page.getByRole('button', { name: text(locale, 'exam-to-confirm') }).click();
  await expect(page.locator('[data-review="residence_card"]')).toHaveText(text(locale, 'exam-no-card-note'));
  // The "back" button keeps everything too.
  await page.getByRole('link', { name: text(locale, 'exam-back-to-details') }).click();
  await expect(page.getByLabel(text(locale, 'exam-field-email'))).toHaveValue('no-card@example.com');
  await page.getByRole('button', { name: text(locale, 'exam-to-confirm') }).click();

  await register(page, locale);
  const body = await expectOnlyTheFormLeft(page, requests, origin);
  expect(Object.keys(body).sort()).toEqual(FORM_FIELDS);
  expect(body.residence_card).toBeNull();
  expect(body.name).toBe(PASSPORT_NAME);
  expect(health.consoleErrors).toEqual([]);
});

test('with a Residence Card (vi): the passport kept for every conflict, the period corrected', async ({ page, baseURL }) => {
  const locale: LocaleTag = 'vi';
  const origin = new URL(baseURL!).origin;
  const health = watchPage(page, origin);
  const requests = recordRequests(page);
  await openExam(page, locale);
  await readDocument(page, locale, 'residence-card.jpg');
  await readDocument(page, locale, 'passport.jpg');
  await acceptPhoto(page, locale);
  for (const id of ['name', 'birth-date', 'nationality']) {
    await page.locator(`#conflict-exam-${id}-passport`).check();
  }
  await page.getByLabel(text(locale, 'exam-field-period-until')).fill('2031-01-31');
  await page.getByLabel(text(locale, 'exam-field-email')).fill('vi@example.com');
  await page.getByRole('button', { name: text(locale, 'exam-to-confirm') }).click();
  await expect(page.locator('[data-review="residence_card.prefecture"]')).toContainText(text(locale, 'prefecture-10'));
  await register(page, locale);
  const body = await expectOnlyTheFormLeft(page, requests, origin);
  expect(body).toMatchObject({ name: PASSPORT_NAME, nationality: passport.nationality, birth_date: passport.birth_date });
  expect(body.residence_card.period_of_stay_until).toBe('2031-01-31');
  expect(health.consoleErrors).toEqual([]);
});
