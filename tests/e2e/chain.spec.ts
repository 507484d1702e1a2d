import { expect, test, type Page } from '@playwright/test';
import { installInjectedProvider } from './injectedProvider';

// The system is shared by every journey file (scripts/e2e.js starts it once) and these journeys
// trade on it, so every assertion about the retail account is relative to what was read first.

type ChainJson = {
  chainId: number;
  rpcUrl: string;
  engineUrl: string;
  accounts: { role: string; label: string; address: string }[];
};

let chain: ChainJson;
let retail: ChainJson['accounts'][number];

test.beforeAll(async ({ request }) => {
  const response = await request.get('chain.json');
  expect(response.ok(), 'scripts/e2e.js must start the whole system (dcro up)').toBe(true);
  chain = await response.json();
  retail = chain.accounts.find((a) => a.role === 'retail')!;
});

async function rpc(method: string, params: unknown[]): Promise<string> {
  const response = await fetch(chain.rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return (await response.json()).result;
}

/** Opens /chain with the test wallet injected and connects it through web3-onboard's modal. */
async function connect(page: Page) {
  await installInjectedProvider(page, {
    rpcUrl: chain.rpcUrl,
    account: retail.address,
    chainId: chain.chainId,
  });
  await page.goto('chain');
  await expect(page.getByTestId('chain-label')).toContainText(
    'Local demo chain — real transactions on anvil',
  );
  await expect(page.getByTestId('simulation-only')).toBeHidden();
  await page.getByTestId('connect-wallet').click();
  // web3-onboard's modal lives in a shadow root; Playwright's locators pierce it.
  await page.getByRole('button', { name: /Anvil test wallet/ }).click();
  await expect(page.getByTestId('wallet-status')).toContainText('connected');
  await expect(page.getByTestId('viewer-mode')).toHaveText(/your wallet/);
  await settled(page);
}

/** Waits for the account to be read and margined, and returns its block and figures. */
async function settled(page: Page) {
  await expect(page.getByTestId('account')).toHaveAttribute('data-loading', 'false');
  await expect(page.getByTestId('im')).not.toHaveAttribute('data-value', '');
  const value = async (id: string) => (await page.getByTestId(id).getAttribute('data-value'))!;
  return {
    block: BigInt(await value('account-block')),
    im: await value('im'),
    equity: await value('equity'),
  };
}

async function positionQty(page: Page, name: string): Promise<number> {
  const row = page.locator(`[data-testid="position-row"][data-name="${name}"]`);
  return (await row.count()) ? Number(await row.getAttribute('data-qty')) : 0;
}

async function sentTransactions(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __testWallet: { calls: string[] } }).__testWallet.calls.filter(
        (m) => m === 'eth_sendTransaction',
      ).length,
  );
}

test.describe('the app on chain', () => {
  test('connect, trade within margin, see it mined and the margin updated', async ({ page }) => {
    await connect(page);
    await expect(page.getByTestId('position-row').first()).toBeVisible();
    await expect(page.getByTestId('positions')).toContainText('BTC-26JUN26-84000-C');
    const before = await settled(page);
    const perpBefore = await positionQty(page, 'ETH-PERPETUAL');

    await page.getByTestId('ticket-underlier').selectOption('ETH');
    await page.getByTestId('ticket-instrument').selectOption({ label: 'ETH-PERPETUAL' });
    await page.getByTestId('ticket-buy').check();
    await page.getByTestId('ticket-size').fill('0.5');
    await page.getByTestId('ticket-check').click();
    await expect(page.getByTestId('ticket')).toHaveAttribute('data-phase', 'checked');
    await expect(page.getByTestId('ticket-quote')).toContainText('ETH-PERPETUAL');
    const imAfter = page.getByTestId('pre-im-after');
    await expect(imAfter).not.toHaveAttribute('data-value', before.im);

    await page.getByTestId('ticket-submit').click();
    await expect(page.getByTestId('tx-mined')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('engine-compare')).toHaveAttribute('data-identical', 'true');
    await expect(page.getByTestId('engine-im')).toHaveAttribute(
      'data-value',
      (await page.getByTestId('browser-im').getAttribute('data-value'))!,
    );
    expect(await sentTransactions(page)).toBe(1);

    // The account was reloaded at the new block: the position grew by 0.5 and the margin moved.
    await expect
      .poll(async () =>
        BigInt((await page.getByTestId('account-block').getAttribute('data-value'))!),
      )
      .toBeGreaterThan(before.block);
    const after = await settled(page);
    expect(await positionQty(page, 'ETH-PERPETUAL')).toBeCloseTo(perpBefore + 0.5, 9);
    // (Not equal to the pre-check's figure: the chain's clock moved on, so every option aged.)
    expect(after.im).not.toBe(before.im);
  });

  test('a trade that would breach initial margin is refused before anything is sent', async ({
    page,
  }) => {
    const attests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/attest')) attests.push(r.url());
    });
    await connect(page);
    const before = await settled(page);
    const txCount = await rpc('eth_getTransactionCount', [retail.address, 'latest']);
    const rows = await page.getByTestId('position-row').allTextContents();

    await page.getByTestId('ticket-underlier').selectOption('BTC');
    await page.getByTestId('ticket-instrument').selectOption({ label: 'BTC-26JUN26-84000-C' });
    await page.getByTestId('ticket-sell').check();
    await page.getByTestId('ticket-size').fill('50');
    await page.getByTestId('ticket-check').click();

    const refusal = page.getByTestId('ticket-refusal');
    await expect(refusal).toContainText('This trade would breach initial margin by');
    await expect(refusal).toContainText(/under .*(spot|basis)/);
    await expect(page.getByTestId('ticket-submit')).toHaveCount(0);
    expect(
      Number(await page.getByTestId('pre-im-headroom-after').getAttribute('data-value')),
    ).toBeLessThan(0);

    // Nothing was attested or sent: no /attest request, no transaction, the account unchanged.
    expect(attests).toEqual([]);
    expect(await sentTransactions(page)).toBe(0);
    expect(await rpc('eth_getTransactionCount', [retail.address, 'latest'])).toBe(txCount);
    await page.getByTestId('reload').click();
    const again = await settled(page);
    expect(again.im).toBe(before.im);
    expect(await page.getByTestId('position-row').allTextContents()).toEqual(rows);
  });

  test('switching account or network in the wallet is followed by the page', async ({ page }) => {
    await connect(page);
    const mm = chain.accounts.find((a) => a.role === 'marketMaker')!;
    await page.evaluate(
      (address) =>
        (
          window as unknown as { __testWallet: { emit: (e: string, ...a: unknown[]) => void } }
        ).__testWallet.emit('accountsChanged', [address]),
      mm.address,
    );
    await expect(page.getByTestId('viewer-mode')).toHaveText(/your wallet/);
    await expect(page.getByTestId('account')).toContainText(mm.address.slice(0, 6));
    await settled(page);
    await page.evaluate(() =>
      (
        window as unknown as { __testWallet: { emit: (e: string, ...a: unknown[]) => void } }
      ).__testWallet.emit('chainChanged', '0x1'),
    );
    await expect(page.getByText('The wallet switched to another network.')).toBeVisible();
  });
});

test.describe('the app on chain, when something is missing', () => {
  // The app's service worker would fetch /chain.json itself, out of page.route's reach.
  test.use({ serviceWorkers: 'block' });

  test('an unreachable engine and a missing chain get clear messages', async ({ page }) => {
    await page.route(`${chain.engineUrl}/quote`, (route) => route.abort('connectionrefused'));
    await page.goto('chain');
    await settled(page);
    await expect(page.getByTestId('viewer-mode')).toHaveText('read-only');
    await page.getByTestId('ticket-size').fill('1');
    await page.getByTestId('ticket-check').click();
    await expect(page.getByTestId('ticket-error')).toContainText('risk engine');
    await expect(page.getByTestId('ticket-error')).toContainText('unreachable');

    await page.route('**/chain.json', (route) => route.fulfill({ status: 404, body: '' }));
    await page.reload();
    await expect(page.getByTestId('no-chain')).toContainText(
      'No local chain is running: start the whole system with npm start',
    );
  });
});
