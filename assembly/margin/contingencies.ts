// Add-ons (MODEL.md §6): naked short options, perps, collateral haircuts, oracle confidence and
// the stablecoin de-peg factor. Results go to T_RESULT.
import * as L from '../layout';
import { col, rows, at, put, param, setScalar } from '../tables';

/** (1 − confMin)·confMargin·notional when confMin < confThreshold, else 0. */
@inline
export function confidenceAddOn(confMin: f64, notional: f64): f64 {
  return confMin < param(L.G_CONF_THRESHOLD) ? (1 - confMin) * param(L.G_CONF_MARGIN) * notional : 0;
}

@inline
function spotOf(u: i32): f64 {
  return at(col(L.T_UNDERLIER, L.U_SPOT), u);
}

@inline
function spotConfOf(u: i32): f64 {
  return at(col(L.T_UNDERLIER, L.U_SPOT_CONF), u);
}

export function computeContingencies(): void {
  // Naked short options per (underlier, expiry, strike), from net quantities.
  let nakedNotional: f64 = 0;
  const nG = rows(L.T_GROUP);
  for (let g = 0; g < nG; g++) {
    const e = <i32>at(col(L.T_GROUP, L.GR_EXPIRY), g);
    const naked = Math.max(0, -(at(col(L.T_GROUP, L.GR_CALL_QTY), g) + at(col(L.T_GROUP, L.GR_PUT_QTY), g)));
    nakedNotional += naked * spotOf(<i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e));
  }
  // Perps, and their confidence add-on.
  const nU = rows(L.T_UNDERLIER);
  let perpNotional: f64 = 0;
  let conf: f64 = 0;
  let minSpotConf: f64 = 1;
  for (let u = 0; u < nU; u++) {
    const notional = Math.abs(at(col(L.T_UNDERLIER, L.U_PERP_QTY), u)) * spotOf(u);
    perpNotional += notional;
    conf += confidenceAddOn(Math.min(spotConfOf(u), at(col(L.T_UNDERLIER, L.U_PERP_CONF), u)), notional);
    minSpotConf = Math.min(minSpotConf, spotConfOf(u));
  }
  // Each expiry's options: spot, perp (when a non-zero perp is held), forward, rate and vol confidence.
  const nE = rows(L.T_EXPIRY);
  for (let e = 0; e < nE; e++) {
    put(col(L.T_EXPIRY, L.E_CONF_MIN), e, 1);
    put(col(L.T_EXPIRY, L.E_CONF_NOTIONAL), e, 0);
  }
  const nI = rows(L.T_INSTR);
  for (let j = 0; j < nI; j++) {
    const Q = at(col(L.T_INSTR, L.I_QTY), j);
    if (Q == 0) continue;
    const o = <i32>at(col(L.T_INSTR, L.I_FIRST), j);
    const e = <i32>at(col(L.T_OPTION, L.O_EXPIRY), o);
    const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
    put(col(L.T_EXPIRY, L.E_CONF_MIN), e, Math.min(at(col(L.T_EXPIRY, L.E_CONF_MIN), e), at(col(L.T_OPTION, L.O_VOL_CONF), o)));
    put(col(L.T_EXPIRY, L.E_CONF_NOTIONAL), e, at(col(L.T_EXPIRY, L.E_CONF_NOTIONAL), e) + Math.abs(Q) * spotOf(u));
  }
  for (let e = 0; e < nE; e++) {
    const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
    let c = Math.min(spotConfOf(u), at(col(L.T_EXPIRY, L.E_CONF_MIN), e));
    if (at(col(L.T_UNDERLIER, L.U_PERP_QTY), u) != 0) c = Math.min(c, at(col(L.T_UNDERLIER, L.U_PERP_CONF), u));
    c = Math.min(c, Math.min(at(col(L.T_EXPIRY, L.E_FWD_CONF), e), at(col(L.T_EXPIRY, L.E_RATE_CONF), e)));
    conf += confidenceAddOn(c, at(col(L.T_EXPIRY, L.E_CONF_NOTIONAL), e));
  }
  // Collateral: haircuts on every holding; confidence with one spot confidence.
  let mmColl: f64 = 0;
  let imColl: f64 = 0;
  const nC = rows(L.T_COLL);
  for (let c = 0; c < nC; c++) {
    const value = at(col(L.T_COLL, L.C_VALUE), c);
    mmColl += at(col(L.T_COLL, L.C_MM_HAIRCUT), c) * value;
    imColl += at(col(L.T_COLL, L.C_IM_HAIRCUT), c) * value;
    const rc = <i32>at(col(L.T_COLL, L.C_RC_UNDERLIER), c);
    const own = at(col(L.T_COLL, L.C_CONF), c);
    const other = rc >= 0 ? spotConfOf(rc) : nU > 0 ? minSpotConf : own;
    conf += confidenceAddOn(Math.min(own, other), value);
  }
  const mmOption = param(L.G_MM_OPTION) * nakedNotional;
  const mmPerp = param(L.G_MM_PERP) * perpNotional;
  const imOption = param(L.G_IM_OPTION) * nakedNotional;
  const imPerp = param(L.G_IM_PERP) * perpNotional;
  setScalar(L.T_RESULT, L.R_MM_OPTION, mmOption);
  setScalar(L.T_RESULT, L.R_MM_PERP, mmPerp);
  setScalar(L.T_RESULT, L.R_MM_COLL, mmColl);
  setScalar(L.T_RESULT, L.R_MM_TOTAL, mmOption + mmPerp + mmColl);
  setScalar(L.T_RESULT, L.R_IM_OPTION, imOption);
  setScalar(L.T_RESULT, L.R_IM_PERP, imPerp);
  setScalar(L.T_RESULT, L.R_IM_COLL, imColl);
  setScalar(L.T_RESULT, L.R_IM_CONF, conf);
  setScalar(L.T_RESULT, L.R_IM_TOTAL, imOption + imPerp + imColl + conf);
  const stable = param(L.G_STABLE_PRICE);
  const pegThreshold = param(L.G_PEG_THRESHOLD);
  setScalar(L.T_RESULT, L.R_PEG, stable < pegThreshold ? (pegThreshold - stable) * param(L.G_PEG_FACTOR) : 0);
}
