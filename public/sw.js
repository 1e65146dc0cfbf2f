// madoguchi's service worker: after the first visit every client-side feature (photo checks,
// document reading, the chip flow) works with the network off.
//
// - The app shell (index.html, the page's wasm/JS/CSS named by content hash, the engine worker's
//   files) is cached at install in a cache named after the build (`?v=` from the page), and old
//   builds' caches are deleted on activation. Trunk's SRI hashes still guard the page's wasm/JS.
// - Model files are cached by the engine worker itself (Cache API, SHA-256 pinned); this worker
//   answers them from any cache.
// - Pages (client routes) are network-first, falling back to the cached shell offline.
// - The API is never cached, except the public CA certificates (network-first).
'use strict';

const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev';
const SHELL_CACHE = `madoguchi-shell-${VERSION}`;
const KEEP = new Set([SHELL_CACHE, 'madoguchi-models-v1', 'madoguchi-api-v1']);
/** The engine worker's glue: cached, and read for the snippets it imports. */
const WORKER_GLUE = '/madoguchi-worker.js';
const WORKER_FILES = ['/worker-loader.js', '/madoguchi-worker_bg.wasm'];
/** The install manifest's icons (the manifest itself is linked from the page). */
const ICON_FILES = ['/icons/icon-192.png', '/icons/icon-512.png', '/icons/maskable-192.png', '/icons/maskable-512.png'];

/** The same-origin files the shell page links to (its hashed wasm, JS, CSS, icon). */
function linkedFiles(html) {
  const urls = new Set(['/']);
  for (const match of html.matchAll(/(?:href|src|module_or_path:)\s*=?\s*['"](\/[^'"#?]+)['"]/g)) {
    urls.add(match[1]);
  }
  for (const match of html.matchAll(/from\s+'(\/[^']+)'/g)) urls.add(match[1]);
  return [...urls];
}

/** The snippets the engine worker's glue imports (the thread pool's helper, under a hashed path). */
function workerSnippets(glue) {
  return [...glue.matchAll(/from\s*['"]\.\/(snippets\/[^'"]+)['"]/g)].map((m) => `/${m[1]}`);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      const page = await fetch('/', { cache: 'no-cache' });
      const html = await page.clone().text();
      await cache.put('/', page);
      // Fetched once: cached as is, and read for its imports.
      const glue = await fetch(WORKER_GLUE, { cache: 'no-cache' });
      if (!glue.ok) throw new Error(`${WORKER_GLUE}: HTTP ${glue.status}`);
      const workerGlue = await glue.clone().text();
      await cache.put(WORKER_GLUE, glue);
      await cache.addAll([
        ...linkedFiles(html).filter((u) => u !== '/'),
        ...WORKER_FILES,
        ...workerSnippets(workerGlue),
        ...ICON_FILES,
      ]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('madoguchi-') && !KEEP.has(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(request, cacheName, fallbackKey) {
  try {
    const response = await fetch(request);
    if (response.ok && cacheName) {
      const cache = await caches.open(cacheName);
      await cache.put(fallbackKey ?? request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(fallbackKey ?? request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    if (url.pathname === '/api/trust-anchors') event.respondWith(networkFirst(request, 'madoguchi-api-v1'));
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, null, '/'));
    return;
  }
  if (url.pathname.startsWith('/models/')) {
    // The engine worker verifies and caches models; answer from any cache, else the network.
    event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
    return;
  }
  event.respondWith(cacheFirst(request));
});
