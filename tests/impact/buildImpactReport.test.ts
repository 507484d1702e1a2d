import { describe, expect, test } from 'vitest';
import { computeMargin } from '../../src/lib/engine/computeMargin';
import { hashParams } from '../../src/lib/engine/hashInputs';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import { computeImpact } from '../../src/lib/impact/computeImpact';
import { hashImpactReport } from '../../src/lib/impact/hashImpactReport';
import { parseParams } from '../../src/lib/model/parseParams';
import { loadProfile } from '../../src/lib/model/profiles';
import type { Params } from '../../src/lib/model/types';
import { accountPortfolio } from '../../src/lib/scan/accountPortfolio';
import { createThreadBackend } from '../../src/lib/scan/createThreadBackend';
import { syntheticScan } from '../scan/fixtures';

const SEED = Number(process.env.IMPACT_SEED ?? 1202);
const current = loadProfile('dcro-default');
/** dcro-default with one field changed, validated like a user's file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document being edited
function edit(change: (p: any) => void): Params {
  const json = JSON.parse(JSON.stringify(current));
  json.name = 'proposed';
  change(json);
  return parseParams(json);
}

async function impact(proposed: Params, count = 80, legs = 10) {
  const { market, accounts } = syntheticScan(count, legs, SEED);
  const backend = createThreadBackend({ workers: 2 });
  try {
    const set = { market, accounts, origin: { kind: 'file' as const } };
    const report = await computeImpact({ set, current, proposed, backend, shardSize: 9 });
    return { report, market, accounts };
  } finally {
    await backend.close();
  }
}

describe(`impact report (seed ${SEED})`, () => {
  test('totals, crossings and movers agree with computeMargin of every account under both sets', async () => {
    const proposed = edit((p) => (p.margin.imFactor = 2.5));
    const { report, market, accounts } = await impact(proposed);
    const core = await loadCoreNode();
    let im = [0, 0];
    const newly: string[] = [];
    const changes: [string, number][] = [];
    for (const account of accounts) {
      const portfolio = accountPortfolio(market, account);
      const c = computeMargin({ portfolio, params: current, core });
      const p = computeMargin({ portfolio, params: proposed, core });
      im = [im[0]! + c.initialMargin, im[1]! + p.initialMargin];
      if (p.initialHeadroom < 0 && c.initialHeadroom >= 0) newly.push(account.id);
      changes.push([account.id, p.initialMargin - c.initialMargin]);
    }
    expect(report.totals.initialMargin).toEqual({
      current: im[0],
      proposed: im[1],
      change: im[1]! - im[0]!,
    });
    expect(report.belowInitial.newly).toEqual(newly);
    expect(newly.length).toBeGreaterThan(0);
    // Raising imFactor leaves maintenance margin alone.
    expect(report.totals.maintenanceMargin.change).toBe(0);
    expect(report.belowMaintenance.newly).toEqual([]);
    const top = changes.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0]!;
    expect(report.largestMovers[0]!.account).toBe(top[0]);
    expect(report.largestMovers[0]!.initialMargin.change).toBe(top[1]);
    expect(report.raisesOnly).toEqual({ initialMargin: true, maintenanceMargin: true });
    expect(report.proposed.paramsHash).toBe(hashParams(proposed));
    expect(report.inputs.accounts).toBe(accounts.length);
  });

  test('a loosening edit is not "raises only", and lowers the total', async () => {
    const { report } = await impact(edit((p) => (p.margin.mmFactor = 0.6)));
    expect(report.raisesOnly.maintenanceMargin).toBe(false);
    expect(report.totals.maintenanceMargin.change).toBeLessThan(0);
    // Lower maintenance margin cannot put an account below it.
    expect(report.belowMaintenance.newly).toEqual([]);
    expect(report.belowMaintenance.proposed).toBeLessThanOrEqual(report.belowMaintenance.current);
  });

  test('by underlier: widening BTC’s scenarios moves BTC’s worst loss and leaves ETH’s exactly', async () => {
    const proposed = edit((p) => {
      p.underliers = {
        BTC: {
          scenarios: { ...structuredClone(p.scenarios), grid: { ...p.scenarios.grid, range: 0.3 } },
        },
      };
    });
    const { report } = await impact(proposed);
    expect(report.byUnderlier.BTC!.worstLoss.change).toBeLessThan(0);
    expect(report.byUnderlier.ETH!.worstLoss.change).toBe(0);
    expect(report.byUnderlier.BTC!.accounts + report.byUnderlier.ETH!.accounts).toBeGreaterThan(80);
  });

  test('the insurance fund slot shows the named account’s equity, and is null without one', async () => {
    const { market, accounts } = syntheticScan(12, 4, SEED);
    const backend = createThreadBackend({ workers: 1 });
    try {
      const proposed = edit((p) => (p.margin.imFactor = 1.2));
      const fund = accounts[5]!;
      const set = { market, accounts, origin: { kind: 'file' as const }, insuranceFund: fund.id };
      const report = await computeImpact({ set, current, proposed, backend });
      const core = await loadCoreNode();
      const { equity } = computeMargin({
        portfolio: accountPortfolio(market, fund),
        params: current,
        core,
      });
      expect(report.insuranceFund.fund).toEqual({ account: fund.id, equity });
      const without = await computeImpact({
        set: { ...set, insuranceFund: undefined },
        current,
        proposed,
        backend,
      });
      expect(without.insuranceFund.fund).toBeNull();
      expect(without.insuranceFund.shortfallAtWorst).toEqual(report.insuranceFund.shortfallAtWorst);
    } finally {
      await backend.close();
    }
  });

  test('the hash is over the canonical bytes: same inputs, same hash; another set, another hash', async () => {
    const proposed = edit((p) => (p.contingency.imOption = 0.01));
    const a = await impact(proposed, 30, 5);
    const b = await impact(proposed, 30, 5);
    expect(hashImpactReport(a.report)).toBe(hashImpactReport(b.report));
    const c = await impact(
      edit((p) => (p.contingency.imOption = 0.011)),
      30,
      5,
    );
    expect(hashImpactReport(c.report)).not.toBe(hashImpactReport(a.report));
  });
});
