import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { canonicalJson } from '../../src/lib/engine/canonicalJson';
import { computeMargin } from '../../src/lib/engine/computeMargin';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import { parsePortfolio } from '../../src/lib/model/parsePortfolio';
import { loadProfile } from '../../src/lib/model/profiles';
import { accountPortfolio } from '../../src/lib/scan/accountPortfolio';
import { accountsOfPortfolios } from '../../src/lib/scan/accountsOfPortfolios';
import { createThreadBackend } from '../../src/lib/scan/createThreadBackend';
import { parseAccountsFile } from '../../src/lib/scan/parseAccountsFile';
import {
  scanAccounts,
  scanAccountsPacked,
  scanAccountsUnder,
} from '../../src/lib/scan/scanAccounts';
import { scanShard } from '../../src/lib/scan/scanShard';
import { syntheticScan } from './fixtures';

const SEED = Number(process.env.SCAN_SEED ?? 20261202);
const books = ['mm-delta-hedged', 'covered-call', 'lp-short-vol', 'retail-directional'];
const backends: ReturnType<typeof createThreadBackend>[] = [];
afterAll(async () => Promise.all(backends.map((b) => b.close())));
const threads = (workers: number) => {
  const b = createThreadBackend({ workers });
  backends.push(b);
  return b;
};

describe('scanAccounts', () => {
  test('the shipped books scanned as accounts get exactly dcro margin’s figures', async () => {
    const entries = books.map((b) => ({
      id: b,
      portfolio: parsePortfolio(JSON.parse(readFileSync(`static/books/${b}.json`, 'utf8'))),
    }));
    const { market, accounts } = parseAccountsFile(
      JSON.parse(JSON.stringify(accountsOfPortfolios(entries))),
    );
    const core = await loadCoreNode();
    for (const name of ['dcro-default', 'derive-pm2', 'span-like']) {
      const params = loadProfile(name);
      const figures = await scanAccounts(accounts, market, params, {
        backend: threads(2),
        shardSize: 1,
      });
      entries.forEach(({ id, portfolio }, a) => {
        const r = computeMargin({ portfolio, params, core });
        expect(figures[a]).toEqual({
          account: id,
          equity: r.equity,
          initialMargin: r.initialMargin,
          maintenanceMargin: r.maintenanceMargin,
          initialHeadroom: r.initialHeadroom,
          maintenanceHeadroom: r.maintenanceHeadroom,
          worst: r.worst,
          worstByUnderlier: expect.any(Object),
        });
        expect(Object.keys(figures[a]!.worstByUnderlier)).toEqual(
          Object.keys(portfolio.underliers).sort(),
        );
      });
    }
  });

  test(`synthetic accounts (seed ${SEED}) match computeMargin of each account’s portfolio file`, async () => {
    const { market, accounts } = syntheticScan(60, 12, SEED);
    const params = loadProfile('dcro-default');
    const figures = await scanAccounts(accounts, market, params, {
      backend: threads(2),
      shardSize: 7,
    });
    const core = await loadCoreNode();
    accounts.forEach((account, a) => {
      // Through JSON and the portfolio validator: what a user would write for this account.
      const portfolio = parsePortfolio(
        JSON.parse(JSON.stringify(accountPortfolio(market, account))),
      );
      const r = computeMargin({ portfolio, params, core });
      expect(
        [figures[a]!.initialMargin, figures[a]!.maintenanceMargin, figures[a]!.equity],
        `seed ${SEED}, ${account.id}`,
      ).toEqual([r.initialMargin, r.maintenanceMargin, r.equity]);
      expect(figures[a]!.worst).toEqual(r.worst);
    });
    // The synthetic set is not trivial: some accounts are under water, most are not.
    const below = figures.filter((f) => f.initialHeadroom < 0).length;
    expect(below).toBeGreaterThan(0);
    expect(below).toBeLessThan(accounts.length);
  });

  test(`every pool size and shard size gives the same bytes as one core in order (seed ${SEED})`, async () => {
    const { market, accounts } = syntheticScan(150, 20, SEED + 1);
    const paramSets = [loadProfile('dcro-default'), loadProfile('derive-pm2')];
    const core = await loadCoreNode();
    const reference = scanShard(core, market, accounts, paramSets).map((f) =>
      Buffer.from(f.buffer).toString('hex'),
    );
    for (const [workers, shardSize] of [
      [1, 500],
      [2, 1],
      [3, 17],
    ] as const) {
      const packed = await scanAccountsPacked(accounts, market, paramSets, {
        backend: threads(workers),
        shardSize,
      });
      expect(
        packed.map((f) => Buffer.from(f.buffer).toString('hex')),
        `${workers} workers, shards of ${shardSize}`,
      ).toEqual(reference);
    }
    const [a, b] = await scanAccountsUnder(accounts, market, paramSets, { backend: threads(2) });
    expect(canonicalJson(a)).not.toBe(canonicalJson(b));
  });

  test('progress counts every account once, in shard steps', async () => {
    const { market, accounts } = syntheticScan(25, 3, SEED);
    const seen: number[] = [];
    await scanAccounts(accounts, market, loadProfile('span-like'), {
      backend: threads(2),
      shardSize: 10,
      onProgress: ({ done, total }) => {
        expect(total).toBe(25);
        seen.push(done);
      },
    });
    expect(seen.sort((x, y) => x - y).at(-1)).toBe(25);
    expect(seen).toHaveLength(3);
  });

  test('a profile without a held collateral asset is refused naming the account and asset', async () => {
    const { market, accounts } = syntheticScan(5, 2, SEED);
    const params = { ...loadProfile('dcro-default'), collateral: {} };
    await expect(scanAccounts(accounts, market, params, { backend: threads(1) })).rejects.toThrow(
      /accounts\[0\]\.collateral\.USDC: profile dcro-default has no collateral\.USDC entry/,
    );
  });

  test('cancelling stops the scan with SCAN_CANCELLED and the backend still works after', async () => {
    const { market, accounts } = syntheticScan(200, 20, SEED);
    const backend = threads(2);
    const controller = new AbortController();
    const run = scanAccounts(accounts, market, loadProfile('dcro-default'), {
      backend,
      shardSize: 5,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ code: 'SCAN_CANCELLED' });
    const figures = await scanAccounts(accounts.slice(0, 3), market, loadProfile('dcro-default'), {
      backend,
    });
    expect(figures.map((f) => f.account)).toEqual(accounts.slice(0, 3).map((a) => a.id));
  });
});
