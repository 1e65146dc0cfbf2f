// Offline use (service worker, public/sw.js): after one visit the app shell, the engine worker
// and its model come from caches, so a photo is checked and pages open with the network off.
import * as path from 'node:path';
import { expect, test } from '@playwright/test';
import { text } from '../support/locales';
import { appReady } from '../support/page-health';

test.use({ serviceWorkers: 'allow' });

const PHOTO = path.resolve(__dirname, '../fixtures/photos/portrait-good.jpg');

test('after one visit the photo check and the other pages work with the network off', async ({ page, context }) => {
  await page.addInitScript(() => localStorage.setItem('madoguchi.language', 'en'));
  await page.goto('/photo-check');
  await appReady(page);
  // The service worker installed the shell into a cache named after this build. The cache exists
  // as soon as installation starts, so wait for the worker to be active (installation finished).
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 20_000 })
    .toBe('activated');
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('madoguchi-shell-'))))
    .toHaveLength(1);
  const shell = await page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('madoguchi-shell-'))!;
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
  });
  expect(shell).toEqual(expect.arrayContaining(['/', '/madoguchi-worker_bg.wasm', '/worker-loader.js']));
  // The thread pool's helper, imported by the worker's glue under a hashed path.
  expect(shell.some((p) => /^\/snippets\/wasm-bindgen-rayon-[0-9a-f]+\/src\/workerHelpers/.test(p))).toBe(true);
  expect(shell.some((p) => /^\/madoguchi-[0-9a-f]+_bg\.wasm$/.test(p))).toBe(true);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // One check online brings the face model into the Cache API.
  await page.locator('#photo-file').setInputFiles(PHOTO);
  await expect(page.locator('#photo-summary')).toHaveText(text('en', 'photo-summary-pass'), { timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await page.locator('#photo-file').setInputFiles(PHOTO);
  await expect(page.locator('#photo-summary')).toHaveText(text('en', 'photo-summary-pass'), { timeout: 30_000 });
  // Another route opens offline too (client routes fall back to the cached shell).
  await page.goto('/card-reader');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'flow-card-reader-title'));
  await context.setOffline(false);
});

test('the app is installable: manifest, icons and an offline-capable service worker', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 20_000 })
    .toBe('activated');
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
    return (await fetch(link.href)).json();
  });
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
    const size = Number(icon.sizes.split('x')[0]);
    const loaded = await page.evaluate(async (src) => {
      const bitmap = await createImageBitmap(await (await fetch(src)).blob());
      return [bitmap.width, bitmap.height];
    }, icon.src);
    expect(loaded).toEqual([size, size]);
  }
  // Chromium's own verdict (the criteria behind its "Install app" button). Playwright's
  // browser contexts are off-the-record, which Chromium reports on its own.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});
