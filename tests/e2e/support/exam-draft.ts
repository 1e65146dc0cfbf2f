// An exam My Page draft as the app keeps it in sessionStorage after reading the generated
// Residence Card and passport (tests/e2e/fixtures/documents): they belong to different people, so
// name, birth date and nationality conflict, and the card's period of stay has ended. Lets the
// accessibility suite open the details and confirmation steps without the OCR.
import type { Page } from '@playwright/test';

export const EXAM_DRAFT_KEY = 'madoguchi.exam-mypage';

const card = {
  name: 'PATEL RAHUL',
  'birth-date': '1972-10-05',
  sex: 'female',
  nationality: 'IND',
  'card-number': 'MJ57844364RI',
  'status-of-residence': '介護',
  'period-of-stay-until': '2022-04-14',
  prefecture: '10',
};
const passport = {
  name: 'DANG THI LAN',
  'birth-date': '1993-11-08',
  sex: 'female',
  nationality: 'VNM',
  'passport-number': 'K54480016',
};

export const examDraft = {
  has_card: true,
  card,
  passport,
  values: { ...card, ...passport },
  autofilled: {
    ...Object.fromEntries(Object.keys(card).map((k) => [k, 'residence-card'])),
    ...Object.fromEntries(Object.keys(passport).map((k) => [k, 'passport'])),
  },
  chosen: {},
  email: '',
  idempotency_key: '',
};

/** Puts the draft in the tab and reloads, as if the documents had just been read. */
export async function seedExamDraft(page: Page, path = '/exam-mypage/details') {
  await page.evaluate(([key, json]) => sessionStorage.setItem(key, json), [EXAM_DRAFT_KEY, JSON.stringify(examDraft)]);
  await page.goto(path);
  await page.locator('main h1').first().waitFor({ state: 'visible' });
}
