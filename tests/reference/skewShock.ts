import type { SkewShockParams } from '../../src/lib/model/types';

/**
 * Vol of one option in a skew scenario (MODEL.md §4, "Skew shocks"), spot unshocked:
 * σ·max(mult, 0) with mult = 1 ± the log-moneyness ramp capped at `cap`.
 *
 * @example
 * skewShockedVol(params.skewShock, 'skew-abs', 0.5, 2000, 2100, 0.1);
 */
export function skewShockedVol(
  p: SkewShockParams,
  kind: 'skew-linear' | 'skew-abs',
  sigma: number,
  K: number,
  F: number,
  T: number,
): number {
  if (K === 0 || F === 0) return sigma;
  const caps = kind === 'skew-linear' ? p.linear : p.abs;
  const sqrtTau = Math.sqrt(T);
  const cap = caps.cBase * sqrtTau + caps.baseCap;
  const volParam = p.volParamStatic + sqrtTau * p.volParamScale;
  const kStar = Math.max(p.minKStar, sqrtTau * p.widthScale * volParam);
  const logMoneyness = Math.log(K / F);
  const k = kind === 'skew-abs' ? Math.abs(logMoneyness) : logMoneyness;
  // k* = 0 (minKStar 0): the ramp is its limit, 0 for k = 0 or cap = 0, else ±∞ (the cap binds).
  const ramp =
    kStar > 0
      ? (k * cap) / kStar
      : k === 0 || cap === 0
        ? 0
        : k > 0 === cap > 0
          ? Infinity
          : -Infinity;
  const mult = k >= 0 ? 1 + Math.min(cap, ramp) : 1 + Math.max(-cap, ramp);
  return sigma * Math.max(mult, 0);
}
