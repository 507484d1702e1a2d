import { hashParams } from '../engine/hashInputs';
import type { Params } from '../model/types';
import type { AccountFigures } from '../scan/AccountFigures';
import type { AccountSet } from '../scan/AccountSource';
import { scanAccountsUnder, type ScanOptions } from '../scan/scanAccounts';
import type { ImpactReport } from './ImpactReport';
import { buildImpactReport } from './buildImpactReport';
import { hashAccountSet } from './hashAccountSet';

export type ComputeImpactParameters = {
  set: AccountSet;
  current: Params;
  proposed: Params;
} & ScanOptions;

/** The insurance fund's account (AccountSet.insuranceFund) and its equity, if the set names one. */
function fundOf(set: AccountSet, figures: readonly AccountFigures[]) {
  if (set.insuranceFund === undefined) return null;
  const f = figures.find((x) => x.account === set.insuranceFund)!;
  return { account: f.account, equity: f.equity };
}

/**
 * The system-wide impact of a parameter edit: every account of `set` recomputed under the
 * current and the proposed set in one scan (scanAccountsUnder, any backend), then the report.
 * The accounts hash is keccak256 of the canonical JSON of the validated market and accounts
 * (hashAccountSet, computed while the scan runs).
 *
 * @example
 * const report = await computeImpact({ set: await fileAccountSource(path).load(), current, proposed });
 * hashImpactReport(report);
 */
export async function computeImpact({
  set,
  current,
  proposed,
  ...scan
}: ComputeImpactParameters): Promise<ImpactReport> {
  // The accounts hash is computed while the workers scan.
  const [[cur, pro], accountsHash] = await Promise.all([
    scanAccountsUnder(set.accounts, set.market, [current, proposed], scan),
    hashAccountSet(set.market, set.accounts),
  ]);
  return buildImpactReport({
    current: { paramsHash: hashParams(current), name: current.name, figures: cur! },
    proposed: { paramsHash: hashParams(proposed), name: proposed.name, figures: pro! },
    source: set.origin,
    asOf: set.market.asOf,
    accountsHash,
    insuranceFund: fundOf(set, cur!),
  });
}
