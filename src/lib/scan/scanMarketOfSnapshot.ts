import type { MarketSnapshot } from '../import/MarketSnapshot';
import type { ScanInstrument } from './ScanMarket';

const STABLE_ASSET = 'USDC';

/**
 * The `market` of a `dcro.accounts/1` file from a `dcro.market/1` snapshot (static/market/): each
 * underlier's spot, perp price and forwards (rate 0, as importLegsCsv reads them), every quoted
 * option at its mark IV, each listed dated future, each perp; USDC at 1 and the underliers'
 * coins at spot as collateral. Unvalidated (the input of parseAccountsFile), in snapshot order.
 *
 * @example
 * const market = scanMarketOfSnapshot(snapshot); // market.instruments.length ≈ 1,500
 */
export function scanMarketOfSnapshot(snapshot: MarketSnapshot) {
  const underliers: Record<
    string,
    { spot: number; perpPrice: number; expiries: Record<string, { forward: number; rate: number }> }
  > = {};
  const instruments: ScanInstrument[] = [];
  const collateral: Record<string, { price: number }> = { [STABLE_ASSET]: { price: 1 } };
  for (const [u, m] of Object.entries(snapshot.underliers)) {
    underliers[u] = { spot: m.spot, perpPrice: m.perpPrice, expiries: {} };
    collateral[u] = { price: m.spot };
    instruments.push({ type: 'perp', underlier: u });
    for (const [key, e] of Object.entries(m.expiries)) {
      underliers[u].expiries[key] = { forward: e.forward, rate: 0 };
      const expiry = Number(key);
      if (e.future !== undefined) instruments.push({ type: 'future', underlier: u, expiry });
      for (const [strike, right, vol] of e.options)
        instruments.push({
          type: 'option',
          underlier: u,
          expiry,
          strike,
          right: right === 'C' ? 'call' : 'put',
          vol,
          volConfidence: 1,
        });
    }
  }
  return {
    asOf: snapshot.asOf,
    stablePrice: 1,
    underliers,
    instruments,
    collateral,
  };
}
