import type { MarginParams } from '../../src/lib/model/types';
import type { ExpiryView } from './marketView';

/**
 * The static discounts of one expiry (MODEL.md §5): `pos` scales a non-negative shocked expiry
 * value, `neg` a negative one. Both are 1 with the identity parameters.
 *
 * @example
 * staticDiscounts(params.margin, view).pos;
 */
export function staticDiscounts(m: MarginParams, view: ExpiryView): { pos: number; neg: number } {
  const { T, rate, D } = view;
  const pos = m.longBase * Math.exp(-T * (rate * m.longRateMult + m.longRateAdd));
  const neg = Math.min(
    1 / D,
    m.shortBase / Math.exp(-T * (rate * m.shortRateMult + m.shortRateAdd)),
  );
  return { pos, neg };
}

/** A shocked expiry value after its static discount. */
export function applyStaticDiscount(value: number, disc: { pos: number; neg: number }): number {
  return value >= 0 ? value * disc.pos : value * disc.neg;
}
