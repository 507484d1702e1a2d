/**
 * `dcro.market/1`: a compact market snapshot (an exchange's marks at one moment), the input of
 * `importLegsCsv`. Shipped in `static/market/`, written by `scripts/build-market.ts`.
 *
 * Prices are USD per unit of the underlier unless said otherwise; option marks are in **coin**
 * (Deribit's inverse options: USD value = markCoin × forward).
 *
 * @example
 * const market: MarketSnapshot = {
 *   format: 'dcro.market/1', asOf: 1776248687, source: { … },
 *   underliers: { BTC: { spot: 74029.81, perpPrice: 74012.5, expiries: {
 *     '1782460800': { code: '26JUN26', forward: 74304.69, forwardSource: 'BTC-26JUN26',
 *       future: 74304.69, options: [[75000, 'C', 0.424, 0.07068297]] } } } },
 * };
 */
export const MARKET_FORMAT = 'dcro.market/1';

/**
 * One option quote: `[strike, right, markIv, markCoin]`, then the forward Deribit priced that row
 * with when it differs from the expiry's `forward` (it moves by a few cents while the chain is
 * read). `markIv` is a decimal (0.4437 = 44.37%).
 */
export type OptionQuote =
  | [strike: number, right: 'C' | 'P', markIv: number, markCoin: number]
  | [strike: number, right: 'C' | 'P', markIv: number, markCoin: number, forward: number];

export interface MarketExpiry {
  /** Deribit date code, e.g. `26JUN26`. */
  code: string;
  /** The forward of the expiry: the dated future's mark, else the chain's synthetic or index price. */
  forward: number;
  /** What `forward` is: a future's name, `SYN.<name>` (synthetic) or `index_price`. */
  forwardSource: string;
  /** Mark of the dated future of this expiry, when one is listed. */
  future?: number;
  /** Sorted by strike, then calls before puts. */
  options: OptionQuote[];
}

export interface MarketUnderlier {
  /** Spot index (USD). */
  spot: number;
  /** Perpetual price (USD). */
  perpPrice: number;
  /** Keyed by expiry in unix seconds (08:00 UTC), as a decimal string. */
  expiries: Record<string, MarketExpiry>;
}

export interface MarketSnapshot {
  format: typeof MARKET_FORMAT;
  /** Capture time, unix seconds (rounded down). */
  asOf: number;
  source: {
    venue: string;
    /** ISO 8601 capture time, to the sub-second. */
    capturedAt: string;
    files: string[];
    /** Provenance and licence, to be cited wherever a copy ships. */
    note: string;
  };
  underliers: Record<string, MarketUnderlier>;
}
