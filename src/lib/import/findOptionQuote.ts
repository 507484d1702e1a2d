import type { Right } from '../model/types';
import type { MarketExpiry, MarketSnapshot, OptionQuote } from './MarketSnapshot';

export type FindOptionQuoteParameters = {
  market: MarketSnapshot;
  underlier: string;
  expiry: number;
  strike: number;
  right: Right;
};
export type FindOptionQuoteReturnType =
  { expiry: MarketExpiry; quote: OptionQuote; forward: number } | undefined;

/**
 * The snapshot's quote of one option, with its expiry and the forward it was marked with;
 * `undefined` when the snapshot does not list it.
 *
 * @example
 * findOptionQuote({ market, underlier: 'BTC', expiry: 1782460800, strike: 75000, right: 'call' })
 *   ?.quote[2]; // its mark IV: 0.424
 */
export function findOptionQuote({
  market,
  underlier,
  expiry,
  strike,
  right,
}: FindOptionQuoteParameters): FindOptionQuoteReturnType {
  const e = market.underliers[underlier]?.expiries[String(expiry)];
  const r = right === 'call' ? 'C' : 'P';
  const quote = e?.options.find((q) => q[0] === strike && q[1] === r);
  return e && quote ? { expiry: e, quote, forward: quote[4] ?? e.forward } : undefined;
}
