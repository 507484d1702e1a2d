import { YEAR_SEC } from '../../assembly/units';
import type { Portfolio } from '../../src/lib/model/types';

/** Everything MODEL.md §2 derives for one (underlier, expiry). */
export type ExpiryView = {
  expiry: number;
  sec: number;
  T: number;
  /** max(0, rate). */
  rate: number;
  D: number;
  forward: number;
  forwardFixed: number;
  Fvar: number;
  forwardConfidence: number;
  rateConfidence: number;
};

/**
 * The derived market of one expiry: year fraction, floored rate, discount, default forward
 * `spot·exp(rate·T)`, and the spot-moving part `Fvar`. Absent expiries take every default.
 *
 * @example
 * expiryView(portfolio, 'ETH', 1776931200).D;
 */
export function expiryView(portfolio: Portfolio, underlier: string, expiry: number): ExpiryView {
  const market = portfolio.underliers[underlier]!;
  const given = market.expiries[String(expiry)];
  const sec = Math.max(0, expiry - portfolio.asOf);
  const T = sec / YEAR_SEC;
  const rate = Math.max(0, given?.rate ?? 0);
  const forward = given?.forward ?? market.spot * Math.exp(rate * T);
  const forwardFixed = given?.forwardFixed ?? 0;
  return {
    expiry,
    sec,
    T,
    rate,
    D: Math.exp(-rate * T),
    forward,
    forwardFixed,
    Fvar: forward - forwardFixed,
    forwardConfidence: given?.forwardConfidence ?? 1,
    rateConfidence: given?.rateConfidence ?? 1,
  };
}

/** The forward under spot multiplier s: F(s) = Fvar·s + forwardFixed. */
export function shockedForward(view: ExpiryView, s: number): number {
  return view.Fvar * s + view.forwardFixed;
}
