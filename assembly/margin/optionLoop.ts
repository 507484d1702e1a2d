// The hot loop: every option position repriced under every scenario of a range, accumulated
// into its expiry's scenario value (input order, so the sum never depends on sharding), and —
// for an instrument's first position — the instrument's own scenario P&L for isolated margin.
// Allocation-free; reads only flat columns.
import * as L from '../layout';
import { col, at, put } from '../tables';
import { black76Price } from '../pricing/black76';

/** Accumulate expiry values (EK_V). */
export const MODE_VALUES = 1;
/** Track isolated minima (I_ISO_MIN) of instruments whose first position is in the range. */
export const MODE_ISOLATED = 2;

export function runOptions(o0: i32, o1: i32, k0: i32, k1: i32, n: i32, mode: i32): void {
  const vCol = col(L.T_EK, L.EK_V);
  const fCol = col(L.T_EK, L.EK_F);
  const lnCol = col(L.T_EK, L.EK_LNF);
  const mulCol = col(L.T_EK, L.EK_VMUL);
  const addCol = col(L.T_EK, L.EK_VADD);
  const floorCol = col(L.T_EK, L.EK_VFLOOR);
  const volCodeCol = col(L.T_SCEN, L.S_VOL);
  const weightCol = col(L.T_SCEN, L.S_WEIGHT);
  const isoCol = col(L.T_INSTR, L.I_ISO_MIN);
  for (let o = o0; o < o1; o++) {
    const e = <i32>at(col(L.T_OPTION, L.O_EXPIRY), o);
    const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
    const K = at(col(L.T_OPTION, L.O_STRIKE), o);
    const lnK = at(col(L.T_OPTION, L.O_LNK), o);
    const sigma = at(col(L.T_OPTION, L.O_VOL), o);
    const q = at(col(L.T_OPTION, L.O_QTY), o);
    const isCall = at(col(L.T_OPTION, L.O_CALL), o) == 1;
    const skewLin = sigma * at(col(L.T_OPTION, L.O_SKEW_LIN), o);
    const skewAbs = sigma * at(col(L.T_OPTION, L.O_SKEW_ABS), o);
    const T = at(col(L.T_EXPIRY, L.E_T), e);
    const sqrtT = at(col(L.T_EXPIRY, L.E_SQRT_T), e);
    const D = at(col(L.T_EXPIRY, L.E_D), e);
    const discPos = at(col(L.T_EXPIRY, L.E_DISC_POS), e);
    const discNeg = at(col(L.T_EXPIRY, L.E_DISC_NEG), e);
    const instr = <i32>at(col(L.T_OPTION, L.O_INSTR), o);
    const doValues = (mode & MODE_VALUES) != 0;
    const doIso = (mode & MODE_ISOLATED) != 0 && <i32>at(col(L.T_INSTR, L.I_FIRST), instr) == o;
    const Q = at(col(L.T_INSTR, L.I_QTY), instr);
    const isoV1 = Q * at(col(L.T_OPTION, L.O_P1), o);
    let isoMin = at(isoCol, instr);
    const ekBase = e * n;
    const sBase = u * n;
    const hasLog = K > 0;
    for (let k = k0; k < k1; k++) {
      const ek = ekBase + k;
      const code = <i32>at(volCodeCol, sBase + k);
      const F = at(fCol, ek);
      let sig: f64;
      if (code >= L.VOL_SKEW_LINEAR) sig = code == L.VOL_SKEW_LINEAR ? skewLin : skewAbs;
      else sig = Math.max(at(floorCol, ek), sigma * at(mulCol, ek) + at(addCol, ek));
      const lnFK = hasLog && F > 0 ? at(lnCol, ek) - lnK : 0;
      const p = black76Price(F, lnFK, K, D, sig, T, sqrtT, isCall);
      if (doValues) put(vCol, ek, at(vCol, ek) + q * p);
      if (doIso) {
        const v = Q * p;
        let x = ((v >= 0 ? v * discPos : v * discNeg) - isoV1) * at(weightCol, sBase + k);
        if (code >= L.VOL_SKEW_LINEAR) x = -Math.abs(x);
        isoMin = Math.min(isoMin, x);
      }
    }
    if (doIso) put(isoCol, instr, isoMin);
  }
}
