/**
 * What the service worker keeps for offline use, and nothing else: the app's built files, its
 * static files (demo books, the market snapshot, profiles), the prerendered pages and the Wasm
 * core. Never `/chain.json` (the local system's live config: stale offline) nor any query-string
 * variant. The list is fixed per build, so the cache is bounded and versioned with it.
 *
 * @example
 * precacheList({ build, files, prerendered, extra: [wasmUrl] }); // ['/_app/…', '/books/…', '/']
 */
export function precacheList({
  build,
  files,
  prerendered,
  extra,
}: {
  build: readonly string[];
  files: readonly string[];
  prerendered: readonly string[];
  extra: readonly string[];
}): string[] {
  const keep = (path: string) => !/\/chain\.json$/.test(path) && !path.includes('?');
  return [...new Set([...build, ...files, ...prerendered, ...extra])].filter(keep);
}
