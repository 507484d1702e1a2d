import type { Portfolio, Position, UnderlierMarket } from '../model/types';
import type { ScanAccount, ScanMarket } from './ScanMarket';

/**
 * The underliers an account's book has: those of its legs, and every held collateral asset named
 * like a market underlier (so risk-cancelling collateral finds its underlier, as the vault's
 * portfolios do). Sorted.
 */
export function accountUnderliers(market: ScanMarket, account: ScanAccount): string[] {
  const names = new Set<string>();
  for (const [i] of account.legs) names.add(market.instruments[i]!.underlier);
  for (const asset of Object.keys(account.collateral))
    if (market.underliers[asset]) names.add(asset);
  return [...names].sort();
}

/**
 * The validated `dcro.portfolio/1` of one account of a validated scan (parseAccountsFile): the
 * market's fields and the underliers the account uses, its legs as positions in leg order, its
 * collateral in asset-name order. Builds the object only: every value was validated already.
 *
 * @example
 * computeMargin({ portfolio: accountPortfolio(market, accounts[0]), params, core });
 */
export function accountPortfolio(market: ScanMarket, account: ScanAccount): Portfolio {
  const underliers: Record<string, UnderlierMarket> = {};
  for (const u of accountUnderliers(market, account)) {
    const m = market.underliers[u]!;
    // Only the expiries the legs use, as a portfolio file written for this account would have.
    underliers[u] = { ...m, expiries: {} };
  }
  const positions = account.legs.map(([i, qty, a = 0, b = 0]): Position => {
    const inst = market.instruments[i]!;
    if (inst.type !== 'perp') {
      const key = String(inst.expiry);
      const e = market.underliers[inst.underlier]!.expiries[key];
      if (e) underliers[inst.underlier]!.expiries[key] = e;
    }
    if (inst.type === 'option') return { ...inst, qty };
    if (inst.type === 'future') return { ...inst, qty, entryPrice: a };
    return { ...inst, qty, unrealizedPnl: a, unrealizedFunding: b };
  });
  const collateral = Object.keys(account.collateral).map((asset) => ({
    asset,
    amount: account.collateral[asset]!,
    ...market.collateral[asset]!,
  }));
  return {
    format: 'dcro.portfolio/1',
    asOf: market.asOf,
    cash: account.cash,
    stablePrice: market.stablePrice,
    stableConfidence: market.stableConfidence,
    underliers,
    positions,
    collateral,
  };
}
