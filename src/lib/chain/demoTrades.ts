import mmDeltaHedged from '../../../static/books/mm-delta-hedged.json';
import retailDirectional from '../../../static/books/retail-directional.json';
import { computeMargin } from '../engine/computeMargin';
import type { CoreExports } from '../engine/CoreExports';
import type { MarketSnapshot } from '../import/MarketSnapshot';
import { findOptionQuote } from '../import/findOptionQuote';
import { loadProfile } from '../model/profiles';
import { parsePortfolio } from '../model/parsePortfolio';
import type { Portfolio, Position } from '../model/types';
import { legInstrument, type InstrumentSpec } from './demoInstruments';

/** One leg to trade against the LP: what, how many (taker's side) and at what unit price (USD). */
export type DemoLeg = { instrument: InstrumentSpec; qty: number; priceUsd: number };

/**
 * The market maker holds at most this many instruments on chain, so that it (and the LP, which
 * takes the other side of every demo trade) keep room under the vault's 64 open instruments
 * for what-if trades.
 */
export const MM_MAX_INSTRUMENTS = 40;

/**
 * The legs the demo accounts buy or sell from the LP pool.
 *
 * - Retail: the whole retail-directional book (4 options).
 * - Market maker: the mm-delta-hedged book has 126 legs, more than the vault's 64 open
 *   instruments, so it keeps the 34 options of largest notional (|qty|·strike) and its futures
 *   and perps, and re-sizes the perps (Wasm core deltas) so that each underlier's delta equals
 *   the full book's: still delta hedged.
 *
 * Prices: options at the snapshot's mark (markCoin × forward), futures and perps at the book's
 * entry price (their entry cost moves as premium, contracts/README.md "Units").
 */
export function demoTrades({ market, core }: { market: MarketSnapshot; core: CoreExports }): {
  marketMaker: DemoLeg[];
  retail: DemoLeg[];
} {
  const mm = parsePortfolio(mmDeltaHedged);
  const hedges = mm.positions.filter((p) => p.type !== 'option');
  const options = mm.positions
    .filter((p) => p.type === 'option')
    .sort((a, b) => Math.abs(b.qty) * b.strike - Math.abs(a.qty) * a.strike)
    .slice(0, MM_MAX_INSTRUMENTS - hedges.length);
  const params = loadProfile('dcro-default');
  const deltaOf = (p: Portfolio) => computeMargin({ portfolio: p, params, core }).greeks;
  const target = deltaOf(mm);
  const subset = { ...mm, positions: [...options, ...hedges] };
  const actual = deltaOf(subset);
  const rehedged = subset.positions.map((p): Position => {
    if (p.type !== 'perp') return p;
    const gap = target[p.underlier]!.delta - actual[p.underlier]!.delta;
    return { ...p, qty: Math.round((p.qty + gap) * 1000) / 1000 };
  });
  const rawMm = mmDeltaHedged.positions as {
    entryPrice?: number;
    type: string;
    underlier: string;
  }[];
  const entryOf = (p: Position) =>
    rawMm.find(
      (r) =>
        r.type === p.type &&
        r.underlier === p.underlier &&
        (p.type === 'perp' ||
          (r as { expiry?: number }).expiry === (p as { expiry: number }).expiry),
    )?.entryPrice ?? 0;
  const legOf = (p: Position): DemoLeg => {
    const instrument = legInstrument(p as Parameters<typeof legInstrument>[0]);
    if (p.type !== 'option') return { instrument, qty: p.qty, priceUsd: entryOf(p) };
    const q = findOptionQuote({ market, ...p });
    return { instrument, qty: p.qty, priceUsd: q ? q.quote[3] * q.forward : 0 };
  };
  return {
    marketMaker: rehedged.map(legOf),
    retail: parsePortfolio(retailDirectional).positions.map(legOf),
  };
}
