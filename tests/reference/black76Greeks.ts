import { YEAR_DAYS } from '../../assembly/units';
import type { Greeks } from '../../src/lib/model/types';
import { black76, black76D1D2, black76Regime, type Black76Input } from './black76';
import { normalCdf, normalPdf } from './normalCdf';

/** A unit option's Greeks need, besides the price inputs, the spot and the spot-moving forward. */
export type Black76GreeksInput = Black76Input & {
  /** Current spot, USD. */
  spot: number;
  /** The part of the forward that moves with spot (forward − forwardFixed). */
  Fvar: number;
  /** max(0, rate): theta holds it fixed while T moves inside D = exp(−rate·T). */
  rate: number;
};

/**
 * Greeks of one unit option to spot (MODEL.md §3; edge rules per docs/model-notes.md item 7).
 * Theta per calendar day is −(∂V/∂T)/365 with F, σ and the rate fixed:
 * ∂V/∂T = −rate·V + D·F·n(d1)·σ/(2√T) for calls and puts alike.
 *
 * @example
 * black76Greeks({ F: 100, K: 100, D: 1, sigma: 0.5, T: 1, right: 'call', spot: 100, Fvar: 100, rate: 0 }).delta;
 */
export function black76Greeks(input: Black76GreeksInput): Greeks {
  const { F, K, D, sigma, T, right, spot, Fvar, rate } = input;
  const dFdSpot = Fvar / spot;
  const isCall = right === 'call';
  const noCurvature = (delta: number): Greeks => ({ delta, gamma: 0, vega: 0, theta: 0 });
  switch (black76Regime(input)) {
    case 'intrinsic':
      if (isCall) return noCurvature(F > K ? D * dFdSpot : 0);
      return noCurvature(F < K ? -D * dFdSpot : 0);
    case 'zeroStrike':
    case 'limit':
      return noCurvature(isCall ? D * dFdSpot : 0);
    case 'zeroForward':
      return noCurvature(0);
    case 'formula': {
      const { d1 } = black76D1D2(input);
      const sqrtT = Math.sqrt(T);
      const density = normalPdf(d1);
      const delta = isCall ? D * normalCdf(d1) * dFdSpot : -D * normalCdf(-d1) * dFdSpot;
      const gamma = ((D * density) / (F * sigma * sqrtT)) * dFdSpot * dFdSpot;
      const vega = D * F * density * sqrtT * 0.01;
      const dVdT = -rate * black76(input) + (D * F * density * sigma) / (2 * sqrtT);
      return { delta, gamma, vega, theta: -dVdT / YEAR_DAYS };
    }
  }
}
