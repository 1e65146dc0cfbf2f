// The immigration online account in the browser: registration through the mailed link (mail read
// from the local outbox), login, the server's test clock and office staff made with the CLI.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { solvedChallenge } from './challenge';
import { text, type LocaleTag } from './locales';
import { appReady, type PageHealth } from './page-health';

export const PASSWORD = 'Abcdefgh1$';

export interface User {
  userId: string;
  email: string;
  password: string;
  name: string;
}

export function uniqueEmail(prefix = 'riyousha'): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export async function openIn(page: Page, path: string, locale: LocaleTag = 'en') {
  await page.addInitScript((l) => localStorage.setItem('madoguchi.language', l), locale);
  await page.goto(path);
  await appReady(page);
}

interface Mail {
  id: number;
  to: string;
  subject: string;
  body: string;
}

/** Waits for the newest mail to `to` whose body has a link to `pathPrefix`; returns that path. */
export async function mailedLink(request: APIRequestContext, to: string, pathPrefix: string): Promise<string> {
  const pattern = new RegExp(`https?://[^/\\s]+(${pathPrefix.replace(/\//g, '\\/')}[^\\s]*)`);
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const mails: Mail[] = await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).json();
        found = mails.map((m) => pattern.exec(m.body)?.[1]).find((p) => p !== undefined);
        return found;
      },
      { message: `a mail to ${to} with a link to ${pathPrefix}` },
    )
    .toBeTruthy();
  return found!;
}

/** All mails to `to`, newest first. */
export async function mailsTo(request: APIRequestContext, to: string): Promise<Mail[]> {
  return (await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).json();
}

/** Registers through the pages (terms, address, mailed link, details, confirmation); logged out. */
export async function registerUser(page: Page, name = 'NGUYEN VAN AN', locale: LocaleTag = 'en'): Promise<User> {
  const email = uniqueEmail();
  await openIn(page, '/account/register', locale);
  await page.getByLabel(text(locale, 'account-terms-accept')).check();
  await page.getByLabel(text(locale, 'account-email'), { exact: true }).fill(email);
  await page.getByLabel(text(locale, 'account-email-again')).fill(email);
  await page.getByRole('button', { name: text(locale, 'account-register-send') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'account-register-sent-heading'));
  await page.goto(await mailedLink(page.request, email, '/account/register/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'account-registration-heading'));
  await page.getByLabel(text(locale, 'user-kind-foreign-national')).check();
  await page.getByLabel(text(locale, 'account-latin-name')).fill(name);
  await page.getByLabel(text(locale, 'account-phone')).fill('09012345678');
  await page.getByLabel(text(locale, 'account-password'), { exact: true }).fill(PASSWORD);
  await page.getByLabel(text(locale, 'account-password-again')).fill(PASSWORD);
  await page.getByRole('button', { name: text(locale, 'account-to-confirm') }).click();
  await page.getByRole('button', { name: text(locale, 'account-register-button') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'account-registration-done-heading'));
  const userId = (await page.locator('.user-id').textContent())!.trim();
  expect(userId).toMatch(/^[A-Z0-9]{6,}$/);
  return { userId, email, password: PASSWORD, name };
}

/** Logs in on the login page (already open or opened here); waits for the page it leads to. */
export async function logIn(page: Page, user: { userId: string; password: string }, locale: LocaleTag = 'en', open = true) {
  if (open) await openIn(page, '/account/login', locale);
  await page.getByLabel(text(locale, 'account-user-id')).fill(user.userId);
  await page.getByLabel(text(locale, 'account-password')).fill(user.password);
  await page.getByRole('button', { name: text(locale, 'account-login-button'), exact: true }).click();
  await expect(page).not.toHaveURL(/\/account\/login/);
}

/** A finished form (STEP 1–3 of the My Number flow) received through the API; its receipt. */
export async function submitForm(request: APIRequestContext): Promise<string> {
  const applicant = uniqueEmail('shinsei');
  const submitted = await request.post('/api/forms/mynumber-email', {
    headers: { 'X-Madoguchi-Request': '1' },
    data: {
      age_confirmed: true,
      terms_accepted: true,
      application_id: '45341000100010001000000',
      application_id_confirmation: '45341000100010001000000',
      mail_name: '番号 花子',
      email: applicant,
      email_confirmation: applicant,
      ...(await solvedChallenge(request)),
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  return (await submitted.json()).receipt_number;
}

/** Moves the server's clock forward (server started with MADOGUCHI_TEST_HOOKS=1). */
export async function advanceClock(request: APIRequestContext, seconds: number) {
  const answer = await request.post('/api/test/clock', {
    headers: { 'X-Madoguchi-Request': '1' },
    data: { advance_seconds: seconds },
  });
  expect(answer.status()).toBe(200);
}

/** Creates an office staff account with the server's CLI, on the database the e2e server uses. */
export function addStaff(email: string, name: string, password: string): string {
  const out = execFileSync(process.env.MADOGUCHI_E2E_SERVER_BIN!, ['add-staff', email, name], {
    env: {
      ...process.env,
      MADOGUCHI_DATA_DIR: process.env.MADOGUCHI_E2E_DATA_DIR!,
      DATABASE_URL: '',
      MADOGUCHI_STAFF_PASSWORD: password,
      RUST_LOG: 'warn',
    },
    encoding: 'utf8',
  });
  return out.trim().split('\n').pop()!.trim();
}

/**
 * The console errors that are the app's own: Chromium also logs every refused API request
 * ("Failed to load resource: … status of 401"), which the flows that test refusals expect.
 */
export function appErrors(health: PageHealth): string[] {
  return health.consoleErrors.filter(
    (line) => !/Failed to load resource: the server responded with a status of 4(01|09|10|22|23)\b/.test(line),
  );
}

/**
 * A server of its own (fresh database, test clock on) for suites that move the clock: the clock
 * is per server process, so moving the shared server's would end other suites' sessions.
 */
export async function startOwnServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'madoguchi-clock-'));
  const server: ChildProcess = spawn(process.env.MADOGUCHI_E2E_SERVER_BIN!, [], {
    env: {
      ...process.env,
      MADOGUCHI_ADDR: `127.0.0.1:${port}`,
      MADOGUCHI_DIST: process.env.MADOGUCHI_E2E_DIST!,
      MADOGUCHI_DATA_DIR: dataDir,
      DATABASE_URL: '',
      MADOGUCHI_TEST_HOOKS: '1',
      MADOGUCHI_MAIL_PER_IP_HOUR: '1000',
      MADOGUCHI_LOGINS_PER_IP_15MIN: '1000',
      RUST_LOG: 'warn',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the test-clock server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      server.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
