// Black-76 prices and Greeks per unit (MODEL.md §3), with its edge rules.
// Source: F. Black, "The pricing of commodity contracts", J. Financial Economics 3 (1976).
//
// Prices run on two f64 lanes (two scenarios at once). There is deliberately no scalar price
// path: a lone scenario is priced by splatting it into both lanes, so a scenario's value never
// depends on whether it was paired — and so never on how the scenarios were sharded.
import { normalCdfWithExp, INV_SQRT_2PI } from '../math/normalCdf';
import { normalCdfX2, normalCdfNearX2 } from '../math/normalCdfX2';
import { expX2, expX2Normal } from '../math/expX2';
import { YEAR_DAYS } from '../units';

/** σ√T at and beyond which the price is its limit (MODEL.md §3). */
export const VOL_SQRT_T_LIMIT: f64 = 24.0;
/** Above this d², exp(−d1²/2)·F/K could underflow where exp(−d2²/2) does not: take both exps. */
const ONE_EXP_MAX_D_SQ: f64 = 1400.0;

/**
 * Unit prices of one option at two points where no edge rule applies in either lane: T > 0,
 * K > 0, F > 0 and 0 < v = σ√T < 24. `lnFK = ln F − ln K` per lane; `vK`, `vInvK`, `vD` are K,
 * 1/K and D splatted. Clamped to [0, F·D] (call) and [0, K·D] (put). The hot loop calls this
 * directly when both lanes are ordinary; `black76X2` calls it for every lane (edge lanes with
 * harmless stand-ins, then overwritten), so a lane's bits never depend on its neighbour.
 */
@inline
export function black76CoreX2(F: v128, lnFK: v128, v: v128, vK: v128, vInvK: v128, vD: v128, isCall: bool): v128 {
  const zero = f64x2.splat(0);
  const d1 = f64x2.add(f64x2.div(lnFK, v), f64x2.mul(f64x2.splat(0.5), v));
  const d2 = f64x2.sub(d1, v);
  const d1sq = f64x2.mul(d1, d1);
  const d2sq = f64x2.mul(d2, d2);
  const half = f64x2.splat(-0.5);
  const FK = f64x2.mul(F, vInvK);
  const FD = f64x2.mul(F, vD);
  // One exp serves both CDFs: exp(−d2²/2) = exp(−d1²/2)·F/K — unless a lane is far out (d² > 1400),
  // where exp(−d1²/2) may underflow while exp(−d2²/2) does not: then each gets its own exp.
  const far = f64x2.gt(f64x2.pmax(d1sq, d2sq), f64x2.splat(ONE_EXP_MAX_D_SQ));
  if (!v128.any_true(far)) {
    // Every lane has |d1|, |d2| ≤ 37.5: exp's result is normal and N needs no clamp.
    const e1 = expX2Normal(f64x2.mul(half, d1sq));
    const e2 = f64x2.mul(e1, FK);
    if (isCall) {
      const c = f64x2.mul(vD, f64x2.sub(f64x2.mul(F, normalCdfNearX2(d1, e1, false)), f64x2.mul(vK, normalCdfNearX2(d2, e2, false))));
      return f64x2.pmin(f64x2.pmax(c, zero), FD);
    }
    const p = f64x2.mul(vD, f64x2.sub(f64x2.mul(vK, normalCdfNearX2(d2, e2, true)), f64x2.mul(F, normalCdfNearX2(d1, e1, true))));
    return f64x2.pmin(f64x2.pmax(p, zero), f64x2.mul(vK, vD));
  }
  return farPriceX2(F, d1, d2, d1sq, d2sq, far, FK, FD, vK, vD, isCall);
}

/** black76CoreX2 for a pair with a far lane (same bits in the other lane); out of line. */
function farPriceX2(F: v128, d1: v128, d2: v128, d1sq: v128, d2sq: v128, far: v128, FK: v128, FD: v128, vK: v128, vD: v128, isCall: bool): v128 {
  const zero = f64x2.splat(0);
  const half = f64x2.splat(-0.5);
  const e1 = expX2(f64x2.mul(half, d1sq));
  const e2 = v128.bitselect(expX2(f64x2.mul(half, d2sq)), f64x2.mul(e1, FK), far);
  if (isCall) {
    const c = f64x2.mul(vD, f64x2.sub(f64x2.mul(F, normalCdfX2(d1, e1)), f64x2.mul(vK, normalCdfX2(d2, e2))));
    return f64x2.pmin(f64x2.pmax(c, zero), FD);
  }
  const p = f64x2.mul(vD, f64x2.sub(f64x2.mul(vK, normalCdfX2(f64x2.neg(d2), e2)), f64x2.mul(F, normalCdfX2(f64x2.neg(d1), e1))));
  return f64x2.pmin(f64x2.pmax(p, zero), f64x2.mul(vK, vD));
}

/**
 * Unit prices of one option at two (F, σ) points. `lnF = ln F` per lane (−∞ where F = 0);
 * `lnK = ln K`, `invK = 1/K` (unused when K = 0). Never NaN for finite non-negative inputs;
 * clamped to [0, F·D] (call) and [0, K·D] (put).
 */
@inline
export function black76X2(
  F: v128, lnF: v128, K: f64, lnK: f64, invK: f64, D: f64, sig: v128, T: f64, sqrtT: f64, isCall: bool,
): v128 {
  const zero = f64x2.splat(0);
  const vD = f64x2.splat(D);
  const vK = f64x2.splat(K);
  const FD = f64x2.mul(F, vD);
  const KD = f64x2.splat(K * D);
  if (T <= 0) {
    return isCall ? f64x2.mul(vD, f64x2.pmax(f64x2.sub(F, vK), zero)) : f64x2.mul(vD, f64x2.pmax(f64x2.sub(vK, F), zero));
  }
  if (K == 0) return isCall ? FD : zero;
  const v = f64x2.mul(sig, f64x2.splat(sqrtT));
  const intrinsic = f64x2.le(sig, zero);
  const fZero = f64x2.eq(F, zero);
  const limit = f64x2.ge(v, f64x2.splat(VOL_SQRT_T_LIMIT));
  const edge = v128.or(v128.or(intrinsic, fZero), limit);
  const anyEdge = v128.any_true(edge);
  // Edge values in MODEL.md's order of precedence: intrinsic, (K = 0 above), F = 0, the limit.
  let edgeValue = zero;
  if (anyEdge) {
    edgeValue = isCall ? FD : KD;
    edgeValue = v128.bitselect(isCall ? zero : KD, edgeValue, fZero);
    edgeValue = v128.bitselect(
      isCall ? f64x2.mul(vD, f64x2.pmax(f64x2.sub(F, vK), zero)) : f64x2.mul(vD, f64x2.pmax(f64x2.sub(vK, F), zero)),
      edgeValue,
      intrinsic,
    );
    if (i64x2.all_true(edge)) return edgeValue;
  }
  const vs = v128.bitselect(f64x2.splat(1.0), v, edge);
  const lnFK = v128.bitselect(zero, f64x2.sub(lnF, f64x2.splat(lnK)), edge);
  const price = black76CoreX2(F, lnFK, vs, vK, f64x2.splat(invK), vD, isCall);
  return anyEdge ? v128.bitselect(edgeValue, price, edge) : price;
}

@inline
function logOrMinusInf(x: f64): f64 {
  return x > 0 ? Math.log(x) : -Infinity;
}

/** One unit price through the two-lane path (both lanes the same point). */
export function black76(F: f64, K: f64, D: f64, sigma: f64, T: f64, isCall: bool): f64 {
  const lnK = logOrMinusInf(K);
  const invK = K > 0 ? 1 / K : 0;
  const p = black76X2(
    f64x2.splat(F), f64x2.splat(logOrMinusInf(F)), K, lnK, invK, D, f64x2.splat(sigma), T, Math.sqrt(Math.max(T, 0)), isCall,
  );
  return f64x2.extract_lane(p, 0);
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
  gTheta = -dVdT / YEAR_DAYS;
}
