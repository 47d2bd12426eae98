// The service worker: the shell from the cache (refreshed in the background), the API's lists network first with
// the last answer kept for offline reading. Writes are never queued: offline they fail and the app says so.
const VERSION = 'par-shell-v2';
const DATA = 'par-data-v1';
const SHELL = ['./', 'index.html', 'app.css', 'manifest.webmanifest', 'icon.svg', 'js/main.js', 'js/api.js',
  'js/format.js', 'js/mine.js', 'js/occurrence.js', 'js/dashboard.js', 'js/alerts.js', 'js/admin.js', 'js/charts.js',
  'js/forms.js', 'js/agencies.js', 'js/accounts.js', 'js/calendar.js'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(VERSION).then(cache => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(n => n.startsWith('par-shell') && n !== VERSION).map(n => caches.delete(n))))
    .then(() => self.clients.claim()));
});

async function shell(request) {
  const cache = await caches.open(VERSION);
  const cached = await cache.match(request, { ignoreSearch: true });
  const network = fetch(request).then(response => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (cached) {
    network.catch(() => {});
    return cached;
  }
  return network;
}

async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(VERSION)).put('index.html', response.clone());
    return response;
  } catch (e) {
    return (await caches.open(VERSION)).match('index.html');
  }
}

/** Network first; the last good answer is kept, and served with the time it was saved when the network fails. */
async function data(request) {
  const cache = await caches.open(DATA);
  try {
    const response = await fetch(request);
    if (response.ok) {
      const headers = new Headers(response.headers);
      headers.set('X-Par-Cached-At', new Date().toISOString());
      const body = await response.clone().blob();
      cache.put(request.url, new Response(body, { status: response.status, statusText: response.statusText, headers }));
    }
    return response;
  } catch (e) {
    const cached = await cache.match(request.url);
    if (cached) return cached;
    throw e;
  }
}

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/v1/')) {
    if (url.pathname.startsWith('/api/v1/auth/') || url.pathname.endsWith('/content') || url.pathname.startsWith('/api/v1/reports/')) return;
    event.respondWith(data(request));
  } else if (request.mode === 'navigate' && url.pathname.startsWith('/app/')) {
    event.respondWith(page(request));
  } else if (url.pathname.startsWith('/app/') || url.pathname.startsWith('/webjars/')) {
    event.respondWith(shell(request));
  }
});
