import type { Greeks, Portfolio, Position } from '../../src/lib/model/types';
import { black76Greeks } from './black76Greeks';
import { expiryView, shockedForward } from './marketView';

/**
 * One position's Greeks (MODEL.md §3), times its quantity: Black-76 Greeks for options, delta 1
 * per unit for perps, Fvar/spot per unit for dated futures.
 *
 * @example
 * positionGreeks(portfolio, { type: 'perp', underlier: 'ETH', qty: 2, unrealizedPnl: 0, unrealizedFunding: 0 });
 * // { delta: 2, gamma: 0, vega: 0, theta: 0 }
 */
export function positionGreeks(portfolio: Portfolio, p: Position): Greeks {
  const spot = portfolio.underliers[p.underlier]!.spot;
  if (p.type === 'perp') return { delta: p.qty, gamma: 0, vega: 0, theta: 0 };
  const view = expiryView(portfolio, p.underlier, p.expiry);
  if (p.type === 'future')
    return { delta: (p.qty * view.Fvar) / spot, gamma: 0, vega: 0, theta: 0 };
  const unit = black76Greeks({
    F: shockedForward(view, 1),
    K: p.strike,
    D: view.D,
    sigma: p.vol,
    T: view.T,
    right: p.right,
    spot,
    Fvar: view.Fvar,
    rate: view.rate,
  });
  return {
    delta: p.qty * unit.delta,
    gamma: p.qty * unit.gamma,
    vega: p.qty * unit.vega,
    theta: p.qty * unit.theta,
  };
}

/** Per-underlier sums of position Greeks (zeros for an underlier without positions). */
export function underlierGreeks(
  portfolio: Portfolio,
  perPosition: Greeks[],
): Record<string, Greeks> {
  const out: Record<string, Greeks> = {};
  for (const u of Object.keys(portfolio.underliers).sort()) {
    out[u] = { delta: 0, gamma: 0, vega: 0, theta: 0 };
  }
  portfolio.positions.forEach((p, i) => {
    const g = out[p.underlier]!;
    const pg = perPosition[i]!;
    g.delta += pg.delta;
    g.gamma += pg.gamma;
    g.vega += pg.vega;
    g.theta += pg.theta;
  });
  return out;
}
