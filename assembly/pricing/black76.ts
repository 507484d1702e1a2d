// Black-76 prices and Greeks per unit (MODEL.md §3), with its edge rules.
// Source: F. Black, "The pricing of commodity contracts", J. Financial Economics 3 (1976).
import { normalCdfWithExp, INV_SQRT_2PI } from '../math/normalCdf';

/** σ√T at and beyond which the price is its limit (MODEL.md §3). */
const VOL_SQRT_T_LIMIT: f64 = 24.0;
/** Above this d², exp(−d²/2)·F/K could underflow where exp(−d2²/2) does not: take both exps. */
const ONE_EXP_MAX_D_SQ: f64 = 1400.0;

/**
 * Unit price of a call (`isCall`) or put. `lnFK = ln(F/K)` and `sqrtT = √T` come precomputed
 * from the hot loop. Never NaN for finite non-negative inputs; clamped to [0, F·D] / [0, K·D].
 */
@inline
export function black76Price(
  F: f64, lnFK: f64, K: f64, D: f64, sigma: f64, T: f64, sqrtT: f64, isCall: bool,
): f64 {
  if (T <= 0 || sigma <= 0) {
    return isCall ? D * Math.max(F - K, 0) : D * Math.max(K - F, 0);
  }
  if (K == 0) return isCall ? F * D : 0;
  if (F == 0) return isCall ? 0 : K * D;
  const v = sigma * sqrtT;
  if (v >= VOL_SQRT_T_LIMIT) return isCall ? F * D : K * D;
  const d1 = lnFK / v + 0.5 * v;
  const d2 = d1 - v;
  const e1 = Math.exp(-0.5 * d1 * d1);
  const e2 = d1 * d1 > ONE_EXP_MAX_D_SQ || d2 * d2 > ONE_EXP_MAX_D_SQ
    ? Math.exp(-0.5 * d2 * d2)
    : e1 * (F / K);
  if (isCall) {
    const c = D * (F * normalCdfWithExp(d1, e1) - K * normalCdfWithExp(d2, e2));
    return Math.min(Math.max(c, 0), F * D);
  }
  const p = D * (K * normalCdfWithExp(-d2, e2) - F * normalCdfWithExp(-d1, e1));
  return Math.min(Math.max(p, 0), K * D);
}

/** Convenience entry for tests and pricing tools: computes ln(F/K) and √T itself. */
export function black76(F: f64, K: f64, D: f64, sigma: f64, T: f64, isCall: bool): f64 {
  const lnFK = F > 0 && K > 0 ? Math.log(F) - Math.log(K) : 0;
  return black76Price(F, lnFK, K, D, sigma, T, Math.sqrt(Math.max(T, 0)), isCall);
}

// Greeks of the last `black76Greeks` call (the core is single-threaded; no allocation).
export let gDelta: f64 = 0;
export let gGamma: f64 = 0;
export let gVega: f64 = 0;
export let gTheta: f64 = 0;

/**
 * Per-unit Greeks to spot (MODEL.md §3): `dFdS = Fvar/spot`, `rate` already floored at 0,
 * `price` the unit price. Sets gDelta, gGamma, gVega (per vol point), gTheta (per day).
 */
export function black76Greeks(
  F: f64, K: f64, D: f64, sigma: f64, T: f64, rate: f64, dFdS: f64, price: f64, isCall: bool,
): void {
  gGamma = 0;
  gVega = 0;
  gTheta = 0;
  if (T <= 0 || sigma <= 0) {
    // Slope of the discounted intrinsic value; 0 at the kink (docs/model-notes.md item 7).
    gDelta = isCall ? (F > K ? D * dFdS : 0) : F < K ? -D * dFdS : 0;
    return;
  }
  if (K == 0) {
    gDelta = isCall ? D * dFdS : 0;
    return;
  }
  if (F == 0) {
    gDelta = 0;
    return;
  }
  const sqrtT = Math.sqrt(T);
  const v = sigma * sqrtT;
  if (v >= VOL_SQRT_T_LIMIT) {
    gDelta = isCall ? D * dFdS : 0;
    return;
  }
  const d1 = (Math.log(F) - Math.log(K)) / v + 0.5 * v;
  const e1 = Math.exp(-0.5 * d1 * d1);
  const density = INV_SQRT_2PI * e1;
  gDelta = isCall
    ? D * normalCdfWithExp(d1, e1) * dFdS
    : -D * normalCdfWithExp(-d1, e1) * dFdS;
  gGamma = ((D * density) / (F * v)) * dFdS * dFdS;
  gVega = D * F * density * sqrtT * 0.01;
  // ∂V/∂T with F, σ, r fixed: −r·V + D·F·n(d1)·σ/(2√T); theta = −(∂V/∂T)/365.
  const dVdT = -rate * price + (D * F * density * sigma) / (2 * sqrtT);
  gTheta = -dVdT / 365;
}
