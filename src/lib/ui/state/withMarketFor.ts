import type { MarketSnapshot } from '../../import/MarketSnapshot';
import type { Portfolio, Position } from '../../model/types';

/**
 * The portfolio with the market data that `legs` need and it lacks (an underlier or an expiry
 * it has no position on), taken from the snapshot: spot, perp price, the expiry's forward, rate 0
 * — as `importLegsCsv` does. Adding a market without positions does not change the margin. Returns
 * the same object when nothing is missing, so callers can tell that nothing changed.
 *
 * @example
 * withMarketFor(book, [{ type: 'option', underlier: 'BTC', expiry: 1798185600, … }], market);
 */
export function withMarketFor(
  portfolio: Portfolio,
  legs: readonly Position[],
  market: MarketSnapshot | undefined,
): Portfolio {
  if (!market) return portfolio;
  let underliers = portfolio.underliers;
  const copy = () => {
    if (underliers === portfolio.underliers) underliers = { ...portfolio.underliers };
  };
  for (const leg of legs) {
    const m = market.underliers[leg.underlier];
    if (!m) continue;
    if (!underliers[leg.underlier]) {
      copy();
      underliers[leg.underlier] = {
        spot: m.spot,
        spotConfidence: 1,
        perpPrice: m.perpPrice,
        perpConfidence: 1,
        expiries: {},
      };
    }
    if (leg.type === 'perp') continue;
    const key = String(leg.expiry);
    const e = m.expiries[key];
    if (!e || underliers[leg.underlier]!.expiries[key]) continue;
    copy();
    const u = underliers[leg.underlier]!;
    underliers[leg.underlier] = {
      ...u,
      expiries: {
        ...u.expiries,
        [key]: {
          forward: e.forward,
          forwardFixed: 0,
          rate: 0,
          forwardConfidence: 1,
          rateConfidence: 1,
        },
      },
    };
  }
  return underliers === portfolio.underliers ? portfolio : { ...portfolio, underliers };
}
