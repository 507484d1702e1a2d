import type { Worst } from '../model/types';
import type { AccountFigures } from './AccountFigures';
import type { ScanAccount } from './ScanMarket';
import * as F from './figureColumns';

/** The figures of each account from a packed buffer (figureColumns.ts). Copies, no arithmetic. */
export function unpackFigures(
  packed: Float64Array,
  accounts: readonly ScanAccount[],
  underliers: readonly string[],
): AccountFigures[] {
  const width = F.figureWidth(underliers.length);
  return accounts.map((account, a) => {
    const at = a * width;
    const u = packed[at + F.F_WORST_U]!;
    const k = packed[at + F.F_WORST_K]!;
    const worst: Worst = {
      underlier: u < 0 ? 'joint' : underliers[u]!,
      scenario: k < 0 ? 'basis' : k,
      pnl: packed[at + F.F_W]!,
    };
    const worstByUnderlier: Record<string, number> = {};
    underliers.forEach((name, i) => {
      const w = packed[at + F.F_WORST_BY_U + i]!;
      if (!Number.isNaN(w)) worstByUnderlier[name] = w;
    });
    return {
      account: account.id,
      equity: packed[at + F.F_EQUITY]!,
      initialMargin: packed[at + F.F_IM]!,
      maintenanceMargin: packed[at + F.F_MM]!,
      initialHeadroom: packed[at + F.F_IH]!,
      maintenanceHeadroom: packed[at + F.F_MH]!,
      worst,
      worstByUnderlier,
    };
  });
}
