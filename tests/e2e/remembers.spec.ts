import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cliResult } from './cliResult';
import { saveRecord, savedRecord } from './savedRecord';

/** The exact value of a figure once the page has finished computing. */
async function figure(page: Page, testid: string): Promise<string> {
  await expect(page.getByTestId('portfolio')).toHaveAttribute('data-computing', 'false');
  const el = page.getByTestId(testid).first();
  await expect(el).not.toHaveAttribute('data-value', '');
  return (await el.getAttribute('data-value'))!;
}

const demoTitles: Record<string, string> = Object.fromEntries(
  (
    JSON.parse(readFileSync('static/books/index.json', 'utf8')) as {
      books: { id: string; title: string }[];
    }
  ).books.map((b) => [b.id, b.title]),
);

async function openDemo(page: Page, id: string) {
  await page.goto('./');
  await expect(page.getByTestId('book-source')).toContainText('Demo: ');
  await page.getByTestId('demo-select').selectOption(id);
  await expect(page.getByTestId('book-source')).toContainText(`Demo: ${demoTitles[id]}`);
}

/** Waits until the saved workspace satisfies `check` (saves are debounced). */
async function savedWorkspace(page: Page, check: (w: Record<string, unknown>) => boolean) {
  await expect
    .poll(async () => {
      const w = (await savedRecord(page, 'workspace')) as Record<string, unknown> | null;
      return w !== null && check(w);
    })
    .toBe(true);
}

const whatIfLegCount = (w: Record<string, unknown>) =>
  ((w.session as { whatIf: unknown[] }).whatIf ?? []).length;
const sourceOf = (w: Record<string, unknown>) => (w.session as { source: string }).source;

test.describe('it remembers', () => {
  test('a reload keeps the book with its edits and its what-if legs', async ({ page }) => {
    await openDemo(page, 'covered-call');
    const qty = page.getByTestId('leg-qty').first();
    await qty.fill('-3');
    await qty.blur();
    await expect(page.getByTestId('book-source')).toContainText('(edited)');
    const im = await figure(page, 'im');
    await page.getByTestId('whatif-underlier').selectOption('ETH');
    await page.getByTestId('whatif-kind').selectOption('perp');
    await page.getByTestId('whatif-size').fill('2');
    await page.getByTestId('whatif-add').click();
    await expect(page.getByTestId('whatif-legs')).toContainText('ETH-PERPETUAL');
    await savedWorkspace(
      page,
      (w) => whatIfLegCount(w) === 1 && sourceOf(w) === 'Demo: Covered call on ETH (edited)',
    );

    await page.reload();
    await expect(page.getByTestId('book-source')).toContainText('Demo: Covered call');
    await expect(page.getByTestId('book-source')).toContainText('(edited)');
    await expect(page.getByTestId('leg-qty').first()).toHaveValue('-3');
    expect(await figure(page, 'im')).toBe(im);
    await expect(page.getByTestId('whatif-legs')).toContainText('ETH-PERPETUAL');
    await expect(page.getByTestId('whatif-im-after')).not.toHaveAttribute('data-value', '');
  });

  test('what-if legs stay with the book they were made for', async ({ page }) => {
    await openDemo(page, 'covered-call');
    await page.getByTestId('whatif-underlier').selectOption('ETH');
    await page.getByTestId('whatif-kind').selectOption('perp');
    await page.getByTestId('whatif-size').fill('1');
    await page.getByTestId('whatif-add').click();
    await expect(page.getByTestId('whatif-legs')).toBeVisible();
    await savedWorkspace(page, (w) => whatIfLegCount(w) === 1);
    await page.getByTestId('demo-select').selectOption('lp-short-vol');
    await expect(page.getByTestId('book-source')).toContainText('Demo: LP, short volatility');
    await expect(page.getByTestId('whatif-legs')).toHaveCount(0);
    await savedWorkspace(
      page,
      (w) => whatIfLegCount(w) === 0 && sourceOf(w) === 'Demo: LP, short volatility',
    );
    await page.reload();
    await expect(page.getByTestId('book-source')).toContainText('Demo: LP, short volatility');
    await expect(page.getByTestId('whatif-legs')).toHaveCount(0);
  });

  test('the chosen profile survives a reload', async ({ page }) => {
    await openDemo(page, 'covered-call');
    await page.getByTestId('profile-select').selectOption('span-like');
    const cli = cliResult('static/books/covered-call.json', 'span-like');
    await expect(page.getByTestId('im')).toHaveAttribute('data-value', String(cli.initialMargin));
    await savedWorkspace(page, (w) => (w.session as { profile: unknown }).profile === 'span-like');
    await page.reload();
    await expect(page.getByTestId('book-source')).toContainText('Demo: Covered call on ETH');
    await expect(page.getByTestId('profile-select')).toHaveValue('span-like');
    await expect(page.getByTestId('im')).toHaveAttribute('data-value', String(cli.initialMargin));
  });

  test('committee edits survive a reload', async ({ page }) => {
    await openDemo(page, 'mm-delta-hedged');
    await page.getByRole('link', { name: 'Committee' }).click();
    const im = page.getByTestId('committee-im');
    await expect(im).not.toHaveAttribute('data-value', '');
    await page.locator('input[name="grid.range"]').fill('0.25');
    await expect(page.getByTestId('committee-diff-row').first()).toContainText('0.25');
    const edited = (await im.getAttribute('data-value'))!;
    await expect
      .poll(async () => {
        const saved = (await savedRecord(page, 'committee')) as {
          doc: { scenarios: { grid: { range: number } } };
        } | null;
        return saved?.doc.scenarios.grid.range;
      })
      .toBe(0.25);
    await page.reload();
    await expect(page.locator('input[name="grid.range"]')).toHaveValue('0.25');
    await expect(page.getByTestId('committee-diff-row').first()).toContainText('0.25');
    await expect(page.getByTestId('committee-im')).toHaveAttribute('data-value', edited);
  });

  test('start over forgets everything and opens the default demo book', async ({ page }) => {
    await openDemo(page, 'covered-call');
    await page.getByTestId('profile-select').selectOption('span-like');
    await savedWorkspace(page, (w) => (w.session as { profile: unknown }).profile === 'span-like');
    await page.getByTestId('start-over-button').click();
    await page.getByTestId('start-over-confirm').click();
    await expect(page.getByTestId('book-source')).toContainText('Market maker, delta hedged');
    await expect(page.getByTestId('profile-select')).toHaveValue('dcro-default');
    const cli = cliResult('static/books/mm-delta-hedged.json');
    await expect(page.getByTestId('im')).toHaveAttribute('data-value', String(cli.initialMargin));
    await page.reload();
    await expect(page.getByTestId('book-source')).toContainText('Market maker, delta hedged');
    await expect(page.getByTestId('profile-select')).toHaveValue('dcro-default');
  });

  test('a saved workspace the app cannot read is reported, and the app starts fresh', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByTestId('book-source')).toContainText('Market maker');
    await saveRecord(page, 'workspace', { version: 99, session: {} });
    await page.reload();
    await expect(page.getByTestId('restore-problem')).toContainText('newer DCRO');
    await expect(page.getByTestId('book-source')).toContainText('Market maker, delta hedged');
  });
});
