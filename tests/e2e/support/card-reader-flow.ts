// Steps of the card-reader flow shared by its suites: open the page with simulated readers,
// enter the number, start the read.
import type { Page } from '@playwright/test';
import { FakeUsb, type InstallOptions } from './fake-usb';
import { text } from './locales';
import { appReady } from './page-health';
import { simulatedCcidReader, type ReaderSimOptions } from './reader-sim';

/** Simulated readers started by a test; stop them in `afterEach` with `stopReaders()`. */
const running: Array<{ sim: { stop(): void } }> = [];

export function stopReaders(): void {
  for (const reader of running.splice(0)) reader.sim.stop();
}

export async function startReader(options: ReaderSimOptions) {
  const reader = await simulatedCcidReader(options);
  running.push(reader);
  return reader;
}

export async function openCardReader(page: Page) {
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/card-reader');
  await appReady(page);
}

/** One simulated USB reader behind the fake navigator.usb, then the card-reader page. */
export async function openFlow(page: Page, options: ReaderSimOptions, install: InstallOptions = {}) {
  const reader = await startReader(options);
  const fake = await FakeUsb.install(page, [reader], install);
  await openCardReader(page);
  return { reader, fake };
}

export async function enterNumber(page: Page, number: string) {
  await page.getByLabel(text('en', 'chip-number-label')).fill(number);
  await page.getByRole('button', { name: text('en', 'chip-next') }).click();
}

/** Starts a read through the browser's USB chooser. */
export async function read(page: Page) {
  await page.getByRole('button', { name: text('en', 'chip-connect-reader') }).click();
}
