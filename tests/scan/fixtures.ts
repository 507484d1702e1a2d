import { readFileSync } from 'node:fs';
import type { MarketSnapshot } from '../../src/lib/import/MarketSnapshot';
import { parseAccountsFile } from '../../src/lib/scan/parseAccountsFile';
import { scanMarketOfSnapshot } from '../../src/lib/scan/scanMarketOfSnapshot';
import { syntheticAccounts } from '../../src/lib/scan/syntheticAccounts';

/** The real Deribit snapshot the app ships, as a scan market (validated). */
export function snapshotMarket() {
  const snapshot = JSON.parse(
    readFileSync('static/market/deribit-20260415.json', 'utf8'),
  ) as MarketSnapshot;
  return parseAccountsFile({
    format: 'dcro.accounts/1',
    market: scanMarketOfSnapshot(snapshot),
    accounts: [],
  }).market;
}

/** Seeded synthetic accounts on the snapshot's instruments. */
export function syntheticScan(count: number, legs: number, seed: number) {
  const market = snapshotMarket();
  return { market, accounts: syntheticAccounts({ market, count, legs, seed }) };
}
