import { findOptionQuote } from '../../import/findOptionQuote';
import type { MarketSnapshot } from '../../import/MarketSnapshot';
import type { Position, Right } from '../../model/types';

/** What the what-if picker has selected. */
export type LegChoice = {
  underlier: string;
  kind: 'option' | 'future' | 'perp';
  expiry: string;
  strike: number | undefined;
  right: Right;
  /** Signed quantity in underlier units (buy > 0, sell < 0). */
  qty: number;
};

/**
 * A hypothetical position at the snapshot's marks, as `importLegsCsv` would build it: an option
 * at its mark IV, a future entered at its mark (P&L 0), a perp with no P&L. `undefined` when the
 * snapshot does not list the instrument.
 *
 * @example
 * marketLeg(market, { underlier: 'BTC', kind: 'option', expiry: '1782460800', strike: 75000,
 *   right: 'call', qty: -1 }); // { type: 'option', …, vol: 0.424 }
 */
export function marketLeg(market: MarketSnapshot, c: LegChoice): Position | undefined {
  const m = market.underliers[c.underlier];
  if (!m) return undefined;
  if (c.kind === 'perp')
    return {
      type: 'perp',
      underlier: c.underlier,
      qty: c.qty,
      unrealizedPnl: 0,
      unrealizedFunding: 0,
    };
  const e = m.expiries[c.expiry];
  if (!e) return undefined;
  const expiry = Number(c.expiry);
  if (c.kind === 'future') {
    if (e.future === undefined) return undefined;
    return { type: 'future', underlier: c.underlier, expiry, qty: c.qty, entryPrice: e.future };
  }
  if (c.strike === undefined) return undefined;
  const found = findOptionQuote({
    market,
    underlier: c.underlier,
    expiry,
    strike: c.strike,
    right: c.right,
  });
  if (!found) return undefined;
  return {
    type: 'option',
    underlier: c.underlier,
    expiry,
    strike: found.quote[0],
    right: c.right,
    qty: c.qty,
    vol: found.quote[2],
    volConfidence: 1,
  };
}
