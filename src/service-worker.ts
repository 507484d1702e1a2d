/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline: after one visit, every page, the Wasm core, the demo books, the market snapshot and
// the profiles come from this cache, so margin works with the network off. The cache holds an
// explicit list fixed at build time (precacheList) and is named after the build's version: a
// new build installs a new cache and deletes the old one. Nothing else is ever stored — not
// /chain.json (the local system's live config), not query-string variants — so the cache cannot
// grow and never answers with a stale chain config.
import { build, files, prerendered, version } from '$service-worker';
import wasmUrl from '$lib/engine/wasm/dcro.wasm?url';
import { precacheList } from '$lib/ui/offline/precacheList';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `dcro-${version}`;
const PRECACHE = precacheList({ build, files, prerendered, extra: [wasmUrl] });
const LISTED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

/** The precached copy that answers `request`, if any: a listed file, or a page by its path. */
function listedPath(request: Request): string | undefined {
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return undefined;
  const path = url.pathname.replace(/(.)\/$/, '$1');
  // A page is the same page whatever its query (`/chain?account=0x…` reads it in the browser).
  if (request.mode === 'navigate') return LISTED.has(path) ? path : undefined;
  return url.search === '' && LISTED.has(path) ? path : undefined;
}

sw.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const path = listedPath(event.request);
  if (!path) return; // not ours to keep: straight to the network, never cached
  event.respondWith(
    (async () => {
      const hit = await (await caches.open(CACHE)).match(path);
      return hit ?? fetch(event.request);
    })(),
  );
});
