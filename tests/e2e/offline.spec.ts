import { expect, test, type Page } from '@playwright/test';

/** Every URL (path and query) in the page's caches. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        out.push(url.pathname + url.search);
      }
    return out.sort();
  });
}

/** Loads the app and waits until its service worker controls the page. */
async function controlledBySw(page: Page): Promise<void> {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test.describe('offline', () => {
  test('the service worker keeps an explicit list with the Wasm core, never /chain.json or query variants (F10)', async ({
    page,
    context,
  }) => {
    await controlledBySw(page);
    const before = await cachedUrls(page);
    expect(before.filter((u) => u.endsWith('.wasm'))).toHaveLength(1);
    expect(before).toContain('/market/deribit-20260415.json');
    expect(before).toContain('/books/index.json');

    await page.evaluate(async () => {
      for (const url of ['/chain.json', '/books/index.json?v=2', '/?account=0x1', '/nope.json'])
        await fetch(url).catch(() => undefined);
    });
    const after = await cachedUrls(page);
    expect(after).toEqual(before); // bounded: nothing outside the list is ever stored
    expect(after.filter((u) => u.includes('chain.json') || u.includes('?'))).toEqual([]);

    await context.setOffline(true);
    // Offline, the live chain config is not answered from a stale copy.
    const status = await page.evaluate(() =>
      fetch('/chain.json', { cache: 'no-store' }).then(
        (r) => r.status,
        () => 'unreachable',
      ),
    );
    expect(status).toBe('unreachable');
    await context.setOffline(false);
  });
});
