import { YEAR_DAYS } from '../../assembly/units';
import type { Greeks, Portfolio } from '../../src/lib/model/types';
import { black76, black76D1D2, black76Regime } from '../reference/black76';
import { expiryView, shockedForward } from '../reference/marketView';
import { normalPdf } from '../reference/normalCdf';

const EPS = 2.220446049250313e-16;
const ZERO: Greeks = { delta: 0, gamma: 0, vega: 0, theta: 0 };

/**
 * How far two faithful double implementations may drift apart on each position's Greeks because
 * d1 itself is ill-conditioned: ln(F/K) carries an absolute rounding error of a few ε·|ln F|
 * (when taken as ln F − ln K), and dividing by σ√T magnifies it — for a 1-second, σ = 1e-4
 * option σ√T ≈ 1.8e-8, so at the money d1 is only good to ~1e-7 and delta to ~4e-8.
 * Zero for non-options and edge regimes.
 */
export function greeksConditioning(portfolio: Portfolio): Greeks[] {
  return portfolio.positions.map((p) => {
    if (p.type !== 'option') return ZERO;
    const spot = portfolio.underliers[p.underlier]!.spot;
    const view = expiryView(portfolio, p.underlier, p.expiry);
    const F = shockedForward(view, 1);
    const input = { F, K: p.strike, D: view.D, sigma: p.vol, T: view.T, right: p.right };
    if (black76Regime(input) !== 'formula') return ZERO;
    const sigmaSqrtT = p.vol * Math.sqrt(view.T);
    const { d1 } = black76D1D2(input);
    const dd1 =
      (4 * EPS * (Math.abs(Math.log(F)) + Math.abs(Math.log(p.strike)) + 1)) / sigmaSqrtT +
      4 * EPS * Math.abs(d1);
    const q = Math.abs(p.qty);
    const density = normalPdf(d1);
    const unitVega = view.D * F * density * Math.sqrt(view.T) * 0.01;
    const unitGamma = (view.D * density) / (F * sigmaSqrtT);
    const priceDrift = view.D * F * density * sigmaSqrtT * dd1 + EPS * black76(input);
    const decay = (view.D * F * density * p.vol) / (2 * Math.sqrt(view.T));
    return {
      delta: q * view.D * density * dd1 * Math.abs(view.Fvar / spot),
      gamma: q * unitGamma * Math.abs(d1) * dd1 * (view.Fvar / spot) ** 2,
      vega: q * unitVega * Math.abs(d1) * dd1,
      theta: (q * (view.rate * priceDrift + decay * Math.abs(d1) * dd1)) / YEAR_DAYS,
    };
  });
}
