import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cliResult } from './cliResult';

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

  test('after one visit every route works offline, reload included, and computes a margin', async ({
    page,
    context,
  }) => {
    const demo = cliResult('static/books/mm-delta-hedged.json');
    await controlledBySw(page);
    await expect(page.getByTestId('im')).toHaveAttribute('data-value', String(demo.initialMargin));
    // The chain page once online: its account is read and kept on this device.
    await page.getByRole('link', { name: 'Chain' }).click();
    await expect(page.getByTestId('account')).toHaveAttribute('data-loading', 'false');
    const block = (await page.getByTestId('account-block').getAttribute('data-value'))!;
    const chainIm = page.getByTestId('account').getByTestId('im');
    await expect(chainIm).not.toHaveAttribute('data-value', '');
    const accountIm = (await chainIm.getAttribute('data-value'))!;

    await context.setOffline(true);
    try {
      await page.goto('./');
      await expect(page.getByTestId('offline-banner')).toContainText('market data as of');
      await expect(page.getByTestId('im')).toHaveAttribute(
        'data-value',
        String(demo.initialMargin),
      );

      await page.goto('stress');
      await expect(page.getByTestId('stress-im')).toHaveAttribute(
        'data-value',
        String(demo.initialMargin),
      );
      await expect(page.getByTestId('scenario-heatmap')).toBeVisible();

      await page.goto('committee');
      await expect(page.getByTestId('committee-im')).toHaveAttribute(
        'data-value',
        String(demo.initialMargin),
      );

      await page.goto('chain');
      await expect(page.getByTestId('no-chain')).toContainText('offline');
      await expect(page.getByTestId('snapshot-block')).toHaveText(block);
      await expect(page.getByTestId('chain-snapshot').getByTestId('im')).toHaveAttribute(
        'data-value',
        accountIm,
      );

      await page.goto('verify');
      const text = readFileSync('static/books/covered-call.json', 'utf8');
      await page.getByTestId('verify-book').fill(text);
      await page.getByTestId('verify-compute').click();
      await expect(page.getByTestId('verify-result')).toHaveValue(/"initialMargin":/);
      const result = JSON.parse(await page.getByTestId('verify-result').inputValue());
      expect(result.initialMargin).toBe(cliResult('static/books/covered-call.json').initialMargin);

      await page.reload();
      await expect(page.getByTestId('verify-book')).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });
});
