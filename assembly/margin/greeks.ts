// Greeks per position (unit Greeks × qty) and per underlier, in input order (MODEL.md §3).
import * as L from '../layout';
import { col, at, put } from '../tables';
import { black76Greeks, gDelta, gGamma, gVega, gTheta } from '../pricing/black76';

function addToUnderlier(u: i32, delta: f64, gamma: f64, vega: f64, theta: f64): void {
  put(col(L.T_UNDERLIER, L.U_DELTA), u, at(col(L.T_UNDERLIER, L.U_DELTA), u) + delta);
  put(col(L.T_UNDERLIER, L.U_GAMMA), u, at(col(L.T_UNDERLIER, L.U_GAMMA), u) + gamma);
  put(col(L.T_UNDERLIER, L.U_VEGA), u, at(col(L.T_UNDERLIER, L.U_VEGA), u) + vega);
  put(col(L.T_UNDERLIER, L.U_THETA), u, at(col(L.T_UNDERLIER, L.U_THETA), u) + theta);
}

/** Greeks of position rows [i0, i1), added to their underliers' sums in row order. */
export function computeGreeks(i0: i32, i1: i32): void {
  for (let i = i0; i < i1; i++) {
    const kind = <i32>at(col(L.T_POS, L.POS_KIND), i);
    const r = <i32>at(col(L.T_POS, L.POS_REF), i);
    let delta: f64 = 0, gamma: f64 = 0, vega: f64 = 0, theta: f64 = 0;
    let u: i32;
    if (kind == L.KIND_PERP) {
      u = <i32>at(col(L.T_PERP, L.P_UNDERLIER), r);
      delta = at(col(L.T_PERP, L.P_QTY), r);
    } else {
      const e = <i32>at(col(kind == L.KIND_OPTION ? L.T_OPTION : L.T_FUTURE, kind == L.KIND_OPTION ? L.O_EXPIRY : L.F_EXPIRY), r);
      u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
      const dFdS = at(col(L.T_EXPIRY, L.E_FVAR), e) / at(col(L.T_UNDERLIER, L.U_SPOT), u);
      if (kind == L.KIND_FUTURE) {
        delta = at(col(L.T_FUTURE, L.F_QTY), r) * dFdS;
      } else {
        const q = at(col(L.T_OPTION, L.O_QTY), r);
        black76Greeks(
          at(col(L.T_EXPIRY, L.E_F1), e),
          at(col(L.T_OPTION, L.O_STRIKE), r),
          at(col(L.T_EXPIRY, L.E_D), e),
          at(col(L.T_OPTION, L.O_VOL), r),
          at(col(L.T_EXPIRY, L.E_T), e),
          Math.max(0, at(col(L.T_EXPIRY, L.E_RATE), e)),
          dFdS,
          at(col(L.T_OPTION, L.O_P1), r),
          at(col(L.T_OPTION, L.O_CALL), r) == 1,
        );
        delta = gDelta * q;
        gamma = gGamma * q;
        vega = gVega * q;
        theta = gTheta * q;
      }
    }
    put(col(L.T_POS, L.POS_DELTA), i, delta);
    put(col(L.T_POS, L.POS_GAMMA), i, gamma);
    put(col(L.T_POS, L.POS_VEGA), i, vega);
    put(col(L.T_POS, L.POS_THETA), i, theta);
    addToUnderlier(u, delta, gamma, vega, theta);
  }
}
