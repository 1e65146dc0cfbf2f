// Collects what a healthy page must not produce: console errors, uncaught exceptions, and
// requests to any origin other than the app's own.
import type { Page } from '@playwright/test';

export interface PageHealth {
  consoleErrors: string[];
  foreignRequests: string[];
  requests: string[];
}

export function watchPage(page: Page, ownOrigin: string): PageHealth {
  const health: PageHealth = { consoleErrors: [], foreignRequests: [], requests: [] };
  page.on('console', (message) => {
    // The harness's own notice where suites block the app's service worker.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') {
      health.consoleErrors.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => health.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    health.requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== ownOrigin) health.foreignRequests.push(url);
  });
  return health;
}

/** Waits until the wasm app has rendered its first page. */
export async function appReady(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
}
