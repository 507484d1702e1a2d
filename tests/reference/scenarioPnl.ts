import type { Params, Scenario } from '../../src/lib/model/types';
import { expiryValue } from './expiryValue';
import { shockedForward } from './marketView';
import { applyStaticDiscount, staticDiscounts } from './staticDiscount';
import type { UnderlierBook } from './underlierBook';

/**
 * PnL_u(k) for every scenario k of one underlier (MODEL.md §5): perp, dated futures, each
 * expiry's statically discounted option value against its current mark (−|·| in skew
 * scenarios), and risk-cancelling collateral — each scaled by the scenario weight.
 *
 * @example
 * underlierScenarioPnl(book, [{ spot: 0.82, vol: 'up', weight: 1 }], params); // [−558] for 1 perp at 3100
 */
export function underlierScenarioPnl(
  book: UnderlierBook,
  scenarios: Scenario[],
  params: Params,
): number[] {
  const marks = book.expiries.map((e) => expiryValue(e, 1, 'none', params));
  const discounts = book.expiries.map((e) => staticDiscounts(params.margin, e.view));
  return scenarios.map(({ spot: s, vol, weight: d }) => {
    const isSkew = vol === 'skew-linear' || vol === 'skew-abs';
    let pnl = book.perp.qty * (s - 1) * book.perpPrice * d;
    for (const f of book.futures) {
      pnl += f.qty * (shockedForward(f.view, s) - shockedForward(f.view, 1)) * d;
    }
    book.expiries.forEach((e, i) => {
      const shocked = applyStaticDiscount(expiryValue(e, s, vol, params), discounts[i]!);
      const expiryPnl = (shocked - marks[i]!) * d;
      pnl += isSkew ? -Math.abs(expiryPnl) : expiryPnl;
    });
    for (const value of book.riskCancellingValues) pnl += value * (s - 1) * d;
    return pnl;
  });
}

/**
 * basis_u (MODEL.md §5): per expiry the worse of the two basis spot moves (vol none, no static
 * discount, never a gain), scaled by addFactor + multFactor·T_e.
 */
export function underlierBasis(book: UnderlierBook, params: Params): number {
  const { spotUp, spotDown, addFactor, multFactor } = params.basis;
  let total = 0;
  for (const e of book.expiries) {
    const mark = expiryValue(e, 1, 'none', params);
    const up = expiryValue(e, spotUp, 'none', params) - mark;
    const down = expiryValue(e, spotDown, 'none', params) - mark;
    total += Math.min(up, down, 0) * (addFactor + multFactor * e.view.T);
  }
  return total;
}
