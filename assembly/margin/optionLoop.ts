// The hot loop: every option position repriced under every scenario of a range, two scenarios
// per step (f64x2), accumulated into its expiry's scenario value in input order — so the sum
// never depends on sharding — and, for an instrument's first position, the instrument's own
// scenario P&L for isolated margin. Allocation-free; reads only flat columns.
import * as L from '../layout';
import { col, at, put } from '../tables';
import { black76X2 } from '../pricing/black76';

/** Accumulate expiry values (EK_V). */
export const MODE_VALUES = 1;
/** Track isolated minima (I_ISO_MIN) of instruments whose first position is in the range. */
export const MODE_ISOLATED = 2;

/** Shocked vol of a non-skew or skew scenario (MODEL.md §4). */
@inline
function shockedVol(code: i32, sigma: f64, skewLin: f64, skewAbs: f64, ek: i32, floorCol: usize, mulCol: usize, addCol: usize): f64 {
  if (code >= L.VOL_SKEW_LINEAR) return code == L.VOL_SKEW_LINEAR ? skewLin : skewAbs;
  return Math.max(at(floorCol, ek), sigma * at(mulCol, ek) + at(addCol, ek));
}

/** The isolated scenario P&L of an instrument alone, two lanes (static discount, weight, skew). */
@inline
function isolatedPnlX2(v: v128, v1: v128, discPos: v128, discNeg: v128, weight: v128, skew: v128): v128 {
  const disc = v128.bitselect(f64x2.mul(v, discPos), f64x2.mul(v, discNeg), f64x2.ge(v, f64x2.splat(0)));
  const x = f64x2.mul(f64x2.sub(disc, v1), weight);
  return v128.bitselect(f64x2.neg(f64x2.abs(x)), x, skew);
}

export function runOptions(o0: i32, o1: i32, k0: i32, k1: i32, n: i32, mode: i32): void {
  const vCol = col(L.T_EK, L.EK_V);
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
    const ekBase = e * n;
    const sBase = u * n;
    for (let k = k0; k < k1; k += 2) {
      const ek = ekBase + k;
      const code0 = <i32>at(codeCol, sBase + k);
      const sig0 = shockedVol(code0, sigma, skewLin, skewAbs, ek, floorCol, mulCol, addCol);
      const pair = k + 1 < k1;
      let F: v128, lnF: v128, sig: v128;
      let code1 = code0;
      if (pair) {
        code1 = <i32>at(codeCol, sBase + k + 1);
        const sig1 = shockedVol(code1, sigma, skewLin, skewAbs, ek + 1, floorCol, mulCol, addCol);
        F = v128.load(fCol + (<usize>ek << 3));
        lnF = v128.load(lnCol + (<usize>ek << 3));
        sig = f64x2(sig0, sig1);
      } else {
        F = f64x2.splat(at(fCol, ek));
        lnF = f64x2.splat(at(lnCol, ek));
        sig = f64x2.splat(sig0);
      }
      const p = black76X2(F, lnF, K, lnK, invK, D, sig, T, sqrtT, isCall);
      if (doValues) {
        if (pair) {
          const at2 = vCol + (<usize>ek << 3);
          v128.store(at2, f64x2.add(v128.load(at2), f64x2.mul(vq, p)));
        } else {
          put(vCol, ek, at(vCol, ek) + q * f64x2.extract_lane(p, 0));
        }
      }
      if (doIso) {
        // A lone scenario sits in both lanes; min is unaffected by the duplicate.
        const w = pair ? v128.load(weightCol + (<usize>(sBase + k) << 3)) : f64x2.splat(at(weightCol, sBase + k));
        const skew = i64x2(code0 >= L.VOL_SKEW_LINEAR ? -1 : 0, code1 >= L.VOL_SKEW_LINEAR ? -1 : 0);
        isoMin = f64x2.pmin(isoMin, isolatedPnlX2(f64x2.mul(vQ, p), vIsoV1, vDiscPos, vDiscNeg, w, skew));
      }
    }
    if (doIso) put(isoCol, instr, Math.min(f64x2.extract_lane(isoMin, 0), f64x2.extract_lane(isoMin, 1)));
  }
}
