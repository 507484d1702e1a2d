import type { OptionPosition, Portfolio } from '../../src/lib/model/types';
import { expiryView, type ExpiryView } from './marketView';

/** The options of one expiry, in input order (scenario values sum them in that order). */
export type ExpiryBook = { view: ExpiryView; options: OptionPosition[] };

/** Everything of the portfolio that one underlier's scenarios move. */
export type UnderlierBook = {
  name: string;
  spot: number;
  spotConfidence: number;
  perpPrice: number;
  perpConfidence: number;
  /** Expiries that hold options, ascending. */
  expiries: ExpiryBook[];
  /** Net dated-future quantity per expiry, ascending (docs/model-notes.md item 9). */
  futures: { view: ExpiryView; qty: number; entryCost: number }[];
  /** The net perp (quantities, P&L and funding added up). */
  perp: { qty: number; unrealizedPnl: number; unrealizedFunding: number };
  /** Stable-unit values of the collateral holdings risk-cancelling with this underlier. */
  riskCancellingValues: number[];
};

/**
 * Groups a portfolio by underlier (MODEL.md §2, §5). `riskCancelling` maps a collateral asset to
 * the underlier it offsets, if any.
 *
 * @example
 * underlierBook(portfolio, 'ETH', { ETH: 'ETH' }).perp.qty;
 */
export function underlierBook(
  portfolio: Portfolio,
  name: string,
  riskCancelling: Record<string, string | undefined>,
): UnderlierBook {
  const market = portfolio.underliers[name]!;
  const optionsByExpiry = new Map<number, OptionPosition[]>();
  const futuresByExpiry = new Map<number, { qty: number; entryCost: number }>();
  const perp = { qty: 0, unrealizedPnl: 0, unrealizedFunding: 0 };
  for (const p of portfolio.positions) {
    if (p.underlier !== name) continue;
    if (p.type === 'option') {
      const list = optionsByExpiry.get(p.expiry) ?? [];
      list.push(p);
      optionsByExpiry.set(p.expiry, list);
    } else if (p.type === 'future') {
      const f = futuresByExpiry.get(p.expiry) ?? { qty: 0, entryCost: 0 };
      f.qty += p.qty;
      f.entryCost += p.qty * p.entryPrice;
      futuresByExpiry.set(p.expiry, f);
    } else {
      perp.qty += p.qty;
      perp.unrealizedPnl += p.unrealizedPnl;
      perp.unrealizedFunding += p.unrealizedFunding;
    }
  }
  const ascending = (a: [number, unknown], b: [number, unknown]) => a[0] - b[0];
  return {
    name,
    spot: market.spot,
    spotConfidence: market.spotConfidence,
    perpPrice: market.perpPrice,
    perpConfidence: market.perpConfidence,
    expiries: [...optionsByExpiry]
      .sort(ascending)
      .map(([e, options]) => ({ view: expiryView(portfolio, name, e), options })),
    futures: [...futuresByExpiry]
      .sort(ascending)
      .map(([e, f]) => ({ view: expiryView(portfolio, name, e), ...f })),
    perp,
    riskCancellingValues: portfolio.collateral
      .filter((c) => riskCancelling[c.asset] === name)
      .map((c) => (c.amount * c.price) / portfolio.stablePrice),
  };
}
