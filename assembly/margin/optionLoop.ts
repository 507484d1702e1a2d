// The hot loop: every option position repriced under every scenario of a range, two scenarios
// per step (f64x2), accumulated into its expiry's scenario value in input order — so the sum
// never depends on sharding — and, for an instrument's first position, the instrument's own
// scenario P&L for isolated margin. Allocation-free; reads only flat columns.
import * as L from '../layout';
import { col, at, put } from '../tables';
import { black76X2, black76CoreX2, VOL_SQRT_T_LIMIT } from '../pricing/black76';

/** Accumulate expiry values (EK_V). */
export const MODE_VALUES = 1;
/** Track isolated minima (I_ISO_MIN) of instruments whose first position is in the range. */
export const MODE_ISOLATED = 2;

/**
 * Shocked vols of two scenarios (MODEL.md §4): max(floor, σ·mul + add), or a skew scenario's vol.
 * `skew` marks the skew scenarios' lanes, `anySkew` whether there is one.
 */
@inline
function shockedVolX2(
  code: v128, skew: v128, anySkew: bool, vSigma: v128, vSkewLin: v128, vSkewAbs: v128, floor: v128, mul: v128, add: v128,
): v128 {
  const sig = f64x2.pmax(floor, f64x2.add(f64x2.mul(vSigma, mul), add));
  if (!anySkew) return sig;
  const skewVol = v128.bitselect(vSkewLin, vSkewAbs, f64x2.eq(code, f64x2.splat(<f64>L.VOL_SKEW_LINEAR)));
  return v128.bitselect(skewVol, sig, skew);
}

/**
 * The isolated scenario P&L of an instrument alone, two lanes (static discount, weight, and −|P&L|
 * in a skew scenario's lane).
 */
@inline
function isolatedPnlX2(v: v128, v1: v128, discPos: v128, discNeg: v128, weight: v128, skew: v128, anySkew: bool): v128 {
  const disc = v128.bitselect(f64x2.mul(v, discPos), f64x2.mul(v, discNeg), f64x2.ge(v, f64x2.splat(0)));
  const x = f64x2.mul(f64x2.sub(disc, v1), weight);
  return anySkew ? v128.bitselect(f64x2.neg(f64x2.abs(x)), x, skew) : x;
}

/**
 * Unit prices at two scenarios. `ordinary` (T > 0, K > 0) lets a pair with no edge lane
 * (0 < σ√T < 24, F > 0) take black76CoreX2 inline; any other pair goes through black76X2, which
 * gives an ordinary lane the very same bits (see pricing/black76.ts).
 */
@inline
function priceX2(
  F: v128, lnF: v128, sig: v128, ordinary: bool, K: f64, lnK: f64, invK: f64, D: f64, T: f64, sqrtT: f64, isCall: bool,
): v128 {
  if (ordinary) {
    const v = f64x2.mul(sig, f64x2.splat(sqrtT));
    // v·F > 0 ⇔ v > 0 and F > 0 (both finite, F ≥ 0; an underflow to 0 just takes the edge path).
    const edge = v128.or(f64x2.le(f64x2.mul(v, F), f64x2.splat(0)), f64x2.ge(v, f64x2.splat(VOL_SQRT_T_LIMIT)));
    if (!v128.any_true(edge)) {
      return black76CoreX2(F, f64x2.sub(lnF, f64x2.splat(lnK)), v, f64x2.splat(K), f64x2.splat(invK), f64x2.splat(D), isCall);
    }
  }
  return priceEdgeX2(F, lnF, sig, K, lnK, invK, D, T, sqrtT, isCall);
}

/** A pair with an edge lane (or an edge option): black76X2, out of line to keep the loop small. */
function priceEdgeX2(F: v128, lnF: v128, sig: v128, K: f64, lnK: f64, invK: f64, D: f64, T: f64, sqrtT: f64, isCall: bool): v128 {
  return black76X2(F, lnF, K, lnK, invK, D, sig, T, sqrtT, isCall);
}

/** One scenario alone (an odd range's last), in both lanes; not inlined (once per option). */
function priceLone(F: f64, lnF: f64, sig: f64, ordinary: bool, K: f64, lnK: f64, invK: f64, D: f64, T: f64, sqrtT: f64, isCall: bool): v128 {
  return priceX2(f64x2.splat(F), f64x2.splat(lnF), f64x2.splat(sig), ordinary, K, lnK, invK, D, T, sqrtT, isCall);
}

/**
 * Option rows [o0, o1) under scenarios [k0, k1): with MODE_VALUES their values are added into
 * column `values` of T_EK (EK_V for the book, EK_VW for a what-if's changed expiries).
 */
export function runOptions(o0: i32, o1: i32, k0: i32, k1: i32, n: i32, mode: i32, values: i32): void {
  const vCol = col(L.T_EK, values);
  const fCol = col(L.T_EK, L.EK_F);
  const lnCol = col(L.T_EK, L.EK_LNF);
  const mulCol = col(L.T_EK, L.EK_VMUL);
  const addCol = col(L.T_EK, L.EK_VADD);
  const floorCol = col(L.T_EK, L.EK_VFLOOR);
  const codeCol = col(L.T_SCEN, L.S_VOL);
  const weightCol = col(L.T_SCEN, L.S_WEIGHT);
  const isoCol = col(L.T_INSTR, L.I_ISO_MIN);
  const doValues = (mode & MODE_VALUES) != 0;
  for (let o = o0; o < o1; o++) {
    const e = <i32>at(col(L.T_OPTION, L.O_EXPIRY), o);
    const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
    const K = at(col(L.T_OPTION, L.O_STRIKE), o);
    const lnK = at(col(L.T_OPTION, L.O_LNK), o);
    const invK = K > 0 ? 1 / K : 0;
    const sigma = at(col(L.T_OPTION, L.O_VOL), o);
    const q = at(col(L.T_OPTION, L.O_QTY), o);
    const vq = f64x2.splat(q);
    const isCall = at(col(L.T_OPTION, L.O_CALL), o) == 1;
    const skewLin = sigma * at(col(L.T_OPTION, L.O_SKEW_LIN), o);
    const skewAbs = sigma * at(col(L.T_OPTION, L.O_SKEW_ABS), o);
    const T = at(col(L.T_EXPIRY, L.E_T), e);
    const sqrtT = at(col(L.T_EXPIRY, L.E_SQRT_T), e);
    const D = at(col(L.T_EXPIRY, L.E_D), e);
    const ordinary = T > 0 && K > 0;
    const discPos = at(col(L.T_EXPIRY, L.E_DISC_POS), e);
    const discNeg = at(col(L.T_EXPIRY, L.E_DISC_NEG), e);
    const instr = <i32>at(col(L.T_OPTION, L.O_INSTR), o);
    const doIso = (mode & MODE_ISOLATED) != 0 && <i32>at(col(L.T_INSTR, L.I_FIRST), instr) == o;
    const Q = at(col(L.T_INSTR, L.I_QTY), instr);
    const isoV1 = Q * at(col(L.T_OPTION, L.O_P1), o);
    let isoMin = f64x2.splat(at(isoCol, instr));
    const vQ = f64x2.splat(Q);
    const vIsoV1 = f64x2.splat(isoV1);
    const vDiscPos = f64x2.splat(discPos);
    const vDiscNeg = f64x2.splat(discNeg);
    const vSigma = f64x2.splat(sigma);
    const vSkewLin = f64x2.splat(skewLin);
    const vSkewAbs = f64x2.splat(skewAbs);
    const ekBase = e * n;
    const sBase = u * n;
    let k = k0;
    // Pairs of scenarios (k, k + 1).
    for (; k + 1 < k1; k += 2) {
      const ek2 = <usize>(ekBase + k) << 3;
      const sk2 = <usize>(sBase + k) << 3;
      const code = v128.load(codeCol + sk2);
      const skew = f64x2.ge(code, f64x2.splat(<f64>L.VOL_SKEW_LINEAR));
      const anySkew = v128.any_true(skew);
      const sig = shockedVolX2(
        code, skew, anySkew, vSigma, vSkewLin, vSkewAbs, v128.load(floorCol + ek2), v128.load(mulCol + ek2), v128.load(addCol + ek2),
      );
      const p = priceX2(v128.load(fCol + ek2), v128.load(lnCol + ek2), sig, ordinary, K, lnK, invK, D, T, sqrtT, isCall);
      if (doValues) v128.store(vCol + ek2, f64x2.add(v128.load(vCol + ek2), f64x2.mul(vq, p)));
      if (doIso) {
        const w = v128.load(weightCol + sk2);
        isoMin = f64x2.pmin(isoMin, isolatedPnlX2(f64x2.mul(vQ, p), vIsoV1, vDiscPos, vDiscNeg, w, skew, anySkew));
      }
    }
    // An odd range's last scenario, alone in both lanes (min is unaffected by the duplicate).
    if (k < k1) {
      const ek = ekBase + k;
      const code = f64x2.splat(at(codeCol, sBase + k));
      const skew = f64x2.ge(code, f64x2.splat(<f64>L.VOL_SKEW_LINEAR));
      const anySkew = v128.any_true(skew);
      const sig = f64x2.extract_lane(
        shockedVolX2(
          code, skew, anySkew, vSigma, vSkewLin, vSkewAbs,
          f64x2.splat(at(floorCol, ek)), f64x2.splat(at(mulCol, ek)), f64x2.splat(at(addCol, ek)),
        ),
        0,
      );
      const p = priceLone(at(fCol, ek), at(lnCol, ek), sig, ordinary, K, lnK, invK, D, T, sqrtT, isCall);
      if (doValues) put(vCol, ek, at(vCol, ek) + q * f64x2.extract_lane(p, 0));
      if (doIso) {
        const w = f64x2.splat(at(weightCol, sBase + k));
        isoMin = f64x2.pmin(isoMin, isolatedPnlX2(f64x2.mul(vQ, p), vIsoV1, vDiscPos, vDiscNeg, w, skew, anySkew));
      }
    }
    if (doIso) put(isoCol, instr, Math.min(f64x2.extract_lane(isoMin, 0), f64x2.extract_lane(isoMin, 1)));
  }
}
