import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cliResult } from './cliResult';

/** Waits until the page has finished computing and returns a figure's exact value. */
async function figure(page: Page, testid: string): Promise<string> {
  await expect(page.getByTestId('portfolio')).toHaveAttribute('data-computing', 'false');
  const el = page.getByTestId(testid).first();
  await expect(el).not.toHaveAttribute('data-value', '');
  return (await el.getAttribute('data-value'))!;
}

async function openDemo(page: Page, id: string) {
  await page.goto('./');
  await page.getByTestId('demo-select').selectOption(id);
  await expect(page.getByTestId('book-source')).not.toBeEmpty();
}

test.describe('portfolio page', () => {
  test('a demo book shows the CLI margin, to the bit', async ({ page }) => {
    const cli = cliResult('static/books/lp-short-vol.json');
    await openDemo(page, 'lp-short-vol');
    await expect(page.getByTestId('im')).toHaveAttribute('data-value', String(cli.initialMargin));
    expect(await figure(page, 'mm')).toBe(String(cli.maintenanceMargin));
    expect(await figure(page, 'equity')).toBe(String(cli.equity));
    expect(await figure(page, 'isolated-im')).toBe(String(cli.isolatedInitialMargin));
    await expect(page.getByTestId('simulation-only')).toBeVisible();
  });

  test('imports a dcro.portfolio/1 JSON file and a CSV of Deribit legs', async ({ page }) => {
    await page.goto('./');
    await page.getByTestId('file-input').setInputFiles('static/books/covered-call.json');
    const covered = cliResult('static/books/covered-call.json');
    await expect(page.getByTestId('im')).toHaveAttribute(
      'data-value',
      String(covered.initialMargin),
    );
    await page.getByTestId('file-input').setInputFiles('static/books/retail-directional.csv');
    const retail = cliResult('static/books/retail-directional.json');
    await expect(page.getByTestId('im')).toHaveAttribute(
      'data-value',
      String(retail.initialMargin),
    );
  });

  test('a bad file gets a clear message and the current book is kept', async ({ page }) => {
    await openDemo(page, 'covered-call');
    const before = await figure(page, 'im');
    const book = JSON.parse(readFileSync('static/books/covered-call.json', 'utf8'));
    book.positions[0].vol = 0;
    await page.getByTestId('file-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(book)),
    });
    await expect(page.getByTestId('error')).toContainText('positions[0].vol');
    await expect(page.getByTestId('error')).toContainText('must be > 0');
    expect(await figure(page, 'im')).toBe(before);
  });

  test('a what-if trade previews instantly and equals the full recompute once applied', async ({
    page,
  }) => {
    await openDemo(page, 'retail-directional');
    const before = await figure(page, 'im');
    await page.getByTestId('whatif-underlier').selectOption('BTC');
    await page.getByTestId('whatif-kind').selectOption('option');
    await page.getByTestId('whatif-sell').check();
    await page.getByTestId('whatif-size').fill('2');
    const after = page.getByTestId('whatif-im-after');
    await expect(after).not.toHaveAttribute('data-value', '');
    await expect(after).not.toHaveAttribute('data-value', before);
    const previewed = (await after.getAttribute('data-value'))!;
    await page.getByTestId('whatif-add').click();
    await page.getByTestId('whatif-apply').click();
    await expect(page.getByTestId('im')).toHaveAttribute('data-value', previewed);
  });

  test('the same book under every profile, each matching the CLI', async ({ page }) => {
    await openDemo(page, 'mm-delta-hedged');
    for (const profile of ['derive-pm2', 'span-like']) {
      const cli = cliResult('static/books/mm-delta-hedged.json', profile);
      await expect(
        page.getByTestId(`compare-${profile}`).getByTestId('compare-im'),
      ).toHaveAttribute('data-value', String(cli.initialMargin));
    }
  });

  test('a shared link reopens the same book, profile and what-if', async ({ page, context }) => {
    await openDemo(page, 'covered-call');
    await page.getByTestId('profile-select').selectOption('span-like');
    const im = await figure(page, 'im');
    await page.getByTestId('share').click();
    const url = await page.getByTestId('share-url').inputValue();
    const other = await context.newPage();
    await other.goto(url);
    await expect(other.getByTestId('im')).toHaveAttribute('data-value', im);
  });
});

test.describe('committee page', () => {
  test('editing a parameter moves the margin; the exported profile gives the CLI the same figure', async ({
    page,
  }, testInfo) => {
    await openDemo(page, 'mm-delta-hedged');
    await figure(page, 'im');
    await page.getByRole('link', { name: 'Committee' }).click();
    const im = page.getByTestId('committee-im');
    await expect(im).not.toHaveAttribute('data-value', '');
    const shipped = (await im.getAttribute('data-value'))!;
    await page.locator('input[name="grid.range"]').fill('0.25');
    await expect(im).not.toHaveAttribute('data-value', shipped);
    await expect(page.getByTestId('committee-diff-row').first()).toContainText('0.25');
    const edited = (await im.getAttribute('data-value'))!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('committee-export').click(),
    ]);
    const file = testInfo.outputPath('edited.params.json');
    await download.saveAs(file);
    expect(String(cliResult('static/books/mm-delta-hedged.json', file).initialMargin)).toBe(edited);
  });
});
