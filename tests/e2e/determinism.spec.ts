import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { randomBook } from '../support/randomBook';

/** `dcro margin --json` of a book text, computed by the CLI in Node. */
function cli(bookText: string, profile: string): string {
  const r = spawnSync('node', ['bin/dcro.js', 'margin', '--json', '--params', profile, '-'], {
    input: bookText,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

async function browserResult(page: Page, bookText: string, profile: string, workers: number) {
  await page.goto(`verify?workers=${workers}`);
  await page.getByTestId('verify-book').fill(bookText);
  await page.getByTestId('verify-profile').selectOption(profile);
  await page.getByTestId('verify-workers').fill(String(workers));
  await page.getByTestId('verify-compute').click();
  await expect(page.getByTestId('verify-status')).toContainText(
    `${workers} worker${workers === 1 ? '' : 's'}`,
  );
  return page.getByTestId('verify-result').inputValue();
}

const demo = ['mm-delta-hedged', 'lp-short-vol', 'retail-directional', 'covered-call'];

test.describe('browser = CLI, bit for bit', () => {
  for (const id of demo) {
    test(`demo book ${id}: the worker pool with 1 and 3 workers prints the CLI's JSON`, async ({
      page,
    }) => {
      const text = readFileSync(`static/books/${id}.json`, 'utf8');
      const expected = cli(text, 'dcro-default');
      expect(await browserResult(page, text, 'dcro-default', 1)).toBe(expected);
      expect(await browserResult(page, text, 'dcro-default', 3)).toBe(expected);
    });
  }

  test('random books under every profile, 1 and 2 workers', async ({ page }) => {
    const profiles = ['dcro-default', 'derive-pm2', 'deribit-pm-like', 'span-like'];
    for (let seed = 1; seed <= 4; seed++) {
      const text = JSON.stringify(randomBook(40 * seed, seed));
      const profile = profiles[seed - 1]!;
      const expected = cli(text, profile);
      expect(await browserResult(page, text, profile, 1)).toBe(expected);
      expect(await browserResult(page, text, profile, 2)).toBe(expected);
    }
  });

  test('the comparison box says identical for the CLI result and names a changed field', async ({
    page,
  }) => {
    const text = readFileSync('static/books/covered-call.json', 'utf8');
    const expected = cli(text, 'span-like');
    await browserResult(page, text, 'span-like', 2);
    await page.getByTestId('verify-compare').fill(expected);
    await expect(page.getByTestId('verify-comparison')).toHaveText('✓ Identical, byte for byte.');
    const tampered = expected.replace(/"initialMargin":[^,]+/, '"initialMargin":1');
    await page.getByTestId('verify-compare').fill(tampered);
    await expect(page.getByTestId('verify-comparison')).toContainText('initialMargin');
  });

  test('a crashed worker is replaced and its shard re-run, with the same result', async ({
    browser,
  }) => {
    // The first risk worker the page starts is a stand-in that dies on its first message (an
    // uncaught error, as a real crash); every later one is the real worker. The app has no
    // test hook: the stand-in is served in place of the worker script. No service worker, so
    // every worker script request reaches the route.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let served = 0;
    await page.route(/\/risk\.worker[^/]*\.js(\?.*)?$/, (route) =>
      served++ === 0
        ? route.fulfill({
            contentType: 'text/javascript',
            headers: { 'cache-control': 'no-store' },
            body: "self.onmessage = () => { throw new Error('risk worker crashed (test stand-in)'); };",
          })
        : route.continue(),
    );
    const text = readFileSync('static/books/lp-short-vol.json', 'utf8');
    const expected = cli(text, 'dcro-default');
    await page.goto('verify?workers=2');
    await page.getByTestId('verify-book').fill(text);
    await page.getByTestId('verify-compute').click();
    await expect(page.getByTestId('verify-status')).toContainText('1 worker restarted');
    expect(await page.getByTestId('verify-result').inputValue()).toBe(expected);
    expect(served).toBe(3);
    await context.close();
  });

  test('a bad book is a clear error naming the field, not a crash', async ({ page }) => {
    await page.goto('verify');
    await page.getByTestId('verify-book').fill('{"format":"dcro.portfolio/1","asOf":-5}');
    await page.getByTestId('verify-compute').click();
    await expect(page.getByTestId('verify-error')).toContainText('asOf: must be ≥ 0');
  });
});
