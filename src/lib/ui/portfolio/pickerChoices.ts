import type { MarketSnapshot, MarketUnderlier } from '../../import/MarketSnapshot';

/** What kind of instrument the what-if picker offers. */
export type LegKind = 'option' | 'future' | 'perp';

/** The picker's first choice of expiry: the first one at least this far away, seconds. */
const DEFAULT_EXPIRY_AFTER_SECONDS = 20 * 86400;

/**
 * The expiries of an underlier that list `kind` (a future, or at least one option), sorted,
 * as `[key, expiry]` pairs.
 *
 * @example
 * listedExpiries(market.underliers.BTC, 'future')[0][0]; // '1776931200'
 */
export function listedExpiries(u: MarketUnderlier | undefined, kind: LegKind) {
  return Object.entries(u?.expiries ?? {})
    .filter(([, e]) => (kind === 'future' ? e.future !== undefined : e.options.length > 0))
    .sort(([a], [b]) => Number(a) - Number(b));
}

/** The expiry the picker starts on: the first about three weeks away, else the first listed. */
export function defaultExpiry(keys: readonly string[], market: MarketSnapshot | undefined): string {
  return (
    keys.find((k) => Number(k) - (market?.asOf ?? 0) > DEFAULT_EXPIRY_AFTER_SECONDS) ??
    keys[0] ??
    ''
  );
}

/** The listed strike closest to the forward (at the money); the first on a tie. */
export function nearestStrike(strikes: readonly number[], forward: number): number {
  return strikes.reduce(
    (best, k) => (Math.abs(k - forward) < Math.abs(best - forward) ? k : best),
    strikes[0] ?? 0,
  );
}

/**
 * Why a typed trade size cannot be used, or `undefined` when it can (or nothing is typed yet).
 *
 * @example
 * sizeProblem('-2'); // 'Size must be > 0 (choose Sell for a short)'
 */
export function sizeProblem(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const size = Number(t);
  if (!Number.isFinite(size)) return 'Not a number: enter a size in coins, e.g. 2.5';
  if (size <= 0) return 'Size must be > 0 (choose Sell for a short)';
  if (size > 1e9) return 'Size is too large';
  return undefined;
}
