// Skew shocks per option, spot unshocked (MODEL.md §4, "Skew shocks"), after Derive v2's PM2.
import {
  T_GLOBAL, G_SKEW_LIN_BASECAP, G_SKEW_LIN_CBASE, G_SKEW_ABS_BASECAP, G_SKEW_ABS_CBASE,
  G_MIN_KSTAR, G_WIDTH_SCALE, G_VOLPARAM_STATIC, G_VOLPARAM_SCALE,
} from '../layout';
import { scalar } from '../tables';

/**
 * `k·cap/k*`, read at k* = 0 (only with minKStar = 0) as its limit (MODEL.md §4): 0 when k = 0 or
 * cap = 0, otherwise ±∞ with the sign of k·cap, so the cap binds. The sign is taken from k and
 * cap themselves: their product may underflow to ±0 while neither is 0.
 */
@inline
function ramp(k: f64, cap: f64, kStar: f64): f64 {
  if (kStar > 0) return (k * cap) / kStar;
  if (k == 0 || cap == 0) return 0;
  return (k > 0) == (cap > 0) ? Infinity : -Infinity;
}

/**
 * The vol multiplier `max(mult, 0)` of an option with log-moneyness `k = ln(K/F)` and `√τ`;
 * `abs` selects the skew-abs parameters and |k|. `valid` is false when K = 0 or F = 0 (then 1).
 */
export function skewMultiplier(k: f64, sqrtTau: f64, abs: bool, valid: bool): f64 {
  if (!valid) return 1;
  const baseCap = scalar(T_GLOBAL, abs ? G_SKEW_ABS_BASECAP : G_SKEW_LIN_BASECAP);
  const cBase = scalar(T_GLOBAL, abs ? G_SKEW_ABS_CBASE : G_SKEW_LIN_CBASE);
  const cap = cBase * sqrtTau + baseCap;
  const volParam = scalar(T_GLOBAL, G_VOLPARAM_STATIC) + sqrtTau * scalar(T_GLOBAL, G_VOLPARAM_SCALE);
  const kStar = Math.max(scalar(T_GLOBAL, G_MIN_KSTAR), sqrtTau * scalar(T_GLOBAL, G_WIDTH_SCALE) * volParam);
  const kk = abs ? Math.abs(k) : k;
  const r = ramp(kk, cap, kStar);
  const mult = kk >= 0 ? 1 + Math.min(cap, r) : 1 + Math.max(-cap, r);
  return Math.max(mult, 0);
}
