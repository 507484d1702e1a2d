import type { Hex } from 'viem';
import type { AccountFigures } from '../scan/AccountFigures';
import {
  IMPACT_FORMAT,
  type Before,
  type Crossings,
  type ImpactReport,
  type ImpactSource,
  type Mover,
} from './ImpactReport';

/** How many movers a report lists. */
export const MOVERS = 20;

export type BuildImpactReportParameters = {
  current: { paramsHash: Hex; name: string | undefined; figures: readonly AccountFigures[] };
  proposed: { paramsHash: Hex; name: string | undefined; figures: readonly AccountFigures[] };
  source: ImpactSource;
  asOf: number;
  accountsHash: Hex;
  insuranceFund?: { account: string; equity: number } | null;
};

const before = (current: number, proposed: number): Before => ({
  current,
  proposed,
  change: proposed - current,
});

function crossings(
  cur: readonly AccountFigures[],
  pro: readonly AccountFigures[],
  below: (f: AccountFigures) => boolean,
): Crossings {
  const out: Crossings = { current: 0, proposed: 0, newly: [], cured: [] };
  cur.forEach((c, a) => {
    const was = below(c);
    const is = below(pro[a]!);
    if (was) out.current++;
    if (is) out.proposed++;
    if (is && !was) out.newly.push(c.account);
    if (was && !is) out.cured.push(c.account);
  });
  return out;
}

/**
 * The `dcro.impact/1` report from every account's figures under both sets (scanAccountsUnder):
 * sums in account order and differences of the core's figures only (`+ −`), so the same
 * figures give the same bytes. Accounts are matched by position; their ids must agree.
 */
export function buildImpactReport({
  current,
  proposed,
  source,
  asOf,
  accountsHash,
  insuranceFund = null,
}: BuildImpactReportParameters): ImpactReport {
  const cur = current.figures;
  const pro = proposed.figures;
  let equity = 0;
  let [imCur, imPro, mmCur, mmPro, shortCur, shortPro] = [0, 0, 0, 0, 0, 0];
  let raisesIm = true;
  let raisesMm = true;
  const byUnderlier: ImpactReport['byUnderlier'] = {};
  const moves: { a: number; size: number }[] = [];
  cur.forEach((c, a) => {
    const p = pro[a]!;
    if (p.account !== c.account)
      throw new RangeError(`buildImpactReport: account ${a} is ${c.account} and ${p.account}`);
    equity += c.equity;
    imCur += c.initialMargin;
    imPro += p.initialMargin;
    mmCur += c.maintenanceMargin;
    mmPro += p.maintenanceMargin;
    shortCur += Math.max(0, -(c.equity + c.worst.pnl));
    shortPro += Math.max(0, -(p.equity + p.worst.pnl));
    if (p.initialMargin < c.initialMargin) raisesIm = false;
    if (p.maintenanceMargin < c.maintenanceMargin) raisesMm = false;
    for (const [u, w] of Object.entries(c.worstByUnderlier)) {
      const entry = (byUnderlier[u] ??= { accounts: 0, worstLoss: before(0, 0) });
      entry.accounts++;
      entry.worstLoss.current += w;
      entry.worstLoss.proposed += p.worstByUnderlier[u]!;
    }
    moves.push({ a, size: Math.abs(p.initialMargin - c.initialMargin) });
  });
  for (const entry of Object.values(byUnderlier))
    entry.worstLoss = before(entry.worstLoss.current, entry.worstLoss.proposed);
  const largestMovers = moves
    .sort((x, y) => y.size - x.size || x.a - y.a)
    .slice(0, MOVERS)
    .filter((m) => m.size > 0)
    .map(({ a }): Mover => {
      const c = cur[a]!;
      const p = pro[a]!;
      return {
        account: c.account,
        initialMargin: before(c.initialMargin, p.initialMargin),
        maintenanceMargin: before(c.maintenanceMargin, p.maintenanceMargin),
        initialHeadroom: before(c.initialHeadroom, p.initialHeadroom),
        maintenanceHeadroom: before(c.maintenanceHeadroom, p.maintenanceHeadroom),
      };
    });
  return {
    format: IMPACT_FORMAT,
    current: { paramsHash: current.paramsHash, name: current.name ?? null },
    proposed: { paramsHash: proposed.paramsHash, name: proposed.name ?? null },
    inputs: { source, asOf, accounts: cur.length, accountsHash },
    totals: {
      equity,
      initialMargin: before(imCur, imPro),
      maintenanceMargin: before(mmCur, mmPro),
    },
    belowInitial: crossings(cur, pro, (f) => f.initialHeadroom < 0),
    belowMaintenance: crossings(cur, pro, (f) => f.maintenanceHeadroom < 0),
    byUnderlier,
    largestMovers,
    raisesOnly: { initialMargin: raisesIm, maintenanceMargin: raisesMm },
    insuranceFund: { fund: insuranceFund, shortfallAtWorst: before(shortCur, shortPro) },
  };
}
