// Worst loss, margins, headrooms, isolated margin and efficiency (MODEL.md §5 "worst", §7).
import * as L from '../layout';
import { col, rows, at, put, param, scalar, setScalar } from '../tables';
import { confidenceAddOn } from './contingencies';

/**
 * min(basis, min_k pnl[k]) with ties to the basis, then the lowest index; returns the value, sets
 * worstK. Two passes over f64x2 pairs: the minimum, then the first index that holds it; the value
 * returned is that entry itself (so +0 and −0 keep the sign the scalar scan would give). A NaN
 * never gets here unnoticed: finalize's finiteness check of T_PNL refuses the result.
 */
let worstK: i32 = -1;
function worstOf(basis: f64, base: usize, n: i32): f64 {
  worstK = -1;
  let m2 = f64x2.splat(Infinity);
  let k = 0;
  for (; k + 1 < n; k += 2) m2 = f64x2.min(m2, v128.load(base + (<usize>k << 3)));
  let m = Math.min(f64x2.extract_lane(m2, 0), f64x2.extract_lane(m2, 1));
  if (k < n) m = Math.min(m, at(base, k));
  if (!(m < basis)) return basis;
  const mm = f64x2.splat(m);
  for (k = 0; k + 1 < n && !v128.any_true(f64x2.eq(v128.load(base + (<usize>k << 3)), mm)); k += 2);
  if (at(base, k) != m) k++;
  worstK = k;
  return at(base, k);
}

function isolatedInitialMargin(lossFactor: f64): f64 {
  let total: f64 = 0;
  const nI = rows(L.T_INSTR);
  for (let j = 0; j < nI; j++) {
    const o = <i32>at(col(L.T_INSTR, L.I_FIRST), j);
    const e = <i32>at(col(L.T_OPTION, L.O_EXPIRY), o);
    const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
    const Q = at(col(L.T_INSTR, L.I_QTY), j);
    const spot = at(col(L.T_UNDERLIER, L.U_SPOT), u);
    const w = Math.min(at(col(L.T_INSTR, L.I_ISO_BASIS), j), at(col(L.T_INSTR, L.I_ISO_MIN), j));
    const naked = Math.max(0, -Q) * spot;
    const c = Math.min(
      Math.min(at(col(L.T_UNDERLIER, L.U_SPOT_CONF), u), at(col(L.T_OPTION, L.O_VOL_CONF), o)),
      Math.min(at(col(L.T_EXPIRY, L.E_FWD_CONF), e), at(col(L.T_EXPIRY, L.E_RATE_CONF), e)),
    );
    const conf = Q == 0 ? 0 : confidenceAddOn(c, Math.abs(Q) * spot);
    total += -lossFactor * w + param(L.G_MM_OPTION) * naked + (param(L.G_IM_OPTION) * naked + conf);
  }
  const nE = rows(L.T_EXPIRY);
  for (let e = 0; e < nE; e++) {
    if (at(col(L.T_EXPIRY, L.E_HAS_FUT), e) != 1) continue;
    total += -lossFactor * Math.min(0, at(col(L.T_EXPIRY, L.E_FUT_ISO_MIN), e));
  }
  const nU = rows(L.T_UNDERLIER);
  for (let u = 0; u < nU; u++) {
    if (at(col(L.T_UNDERLIER, L.U_HAS_PERP), u) != 1) continue;
    const notional = Math.abs(at(col(L.T_UNDERLIER, L.U_PERP_QTY), u)) * at(col(L.T_UNDERLIER, L.U_SPOT), u);
    const c = Math.min(at(col(L.T_UNDERLIER, L.U_SPOT_CONF), u), at(col(L.T_UNDERLIER, L.U_PERP_CONF), u));
    total += -lossFactor * Math.min(0, at(col(L.T_UNDERLIER, L.U_PERP_ISO_MIN), u))
      + param(L.G_MM_PERP) * notional
      + (param(L.G_IM_PERP) * notional + confidenceAddOn(c, notional));
  }
  return total;
}

/**
 * The margins from T_PNL (§5 "worst", §7). In a what-if (`whatIf`), an underlier whose P&L the
 * core did not sum again (U_CHANGED 0: same P&L, same basis) keeps the book's W_u.
 */
export function finalize(n: i32, whatIf: bool): void {
  const nU = rows(L.T_UNDERLIER);
  const pnl = col(L.T_PNL, L.PNL_VALUE);
  const joint = col(L.T_JOINT, L.J_VALUE);
  let basisSum: f64 = 0;
  let worstSum: f64 = 0;
  for (let u = 0; u < nU; u++) {
    const basis = at(col(L.T_UNDERLIER, L.U_BASIS), u);
    let w: f64;
    if (whatIf && at(col(L.T_UNDERLIER, L.U_CHANGED), u) == 0) {
      w = at(col(L.T_UNDERLIER, L.U_WORST), u);
    } else {
      w = worstOf(basis, pnl + (<usize>(u * n) << 3), n);
      put(col(L.T_UNDERLIER, L.U_WORST), u, w);
      put(col(L.T_UNDERLIER, L.U_WORST_K), u, <f64>worstK);
    }
    basisSum += basis;
    worstSum += w;
  }
  // Σ_u in underlier order, from 0, two scenarios per step (the scalar sum's bits in each lane).
  let k = 0;
  for (; k + 1 < n; k += 2) {
    let s2 = f64x2.splat(0);
    for (let u = 0; u < nU; u++) s2 = f64x2.add(s2, v128.load(pnl + (<usize>(u * n + k) << 3)));
    v128.store(joint + (<usize>k << 3), s2);
  }
  for (; k < n; k++) {
    let s: f64 = 0;
    for (let u = 0; u < nU; u++) s += at(pnl, u * n + k);
    put(joint, k, s);
  }
  let W: f64;
  if (nU == 1) {
    W = at(col(L.T_UNDERLIER, L.U_WORST), 0);
    setScalar(L.T_RESULT, L.R_WORST_U, 0);
    setScalar(L.T_RESULT, L.R_WORST_K, at(col(L.T_UNDERLIER, L.U_WORST_K), 0));
  } else {
    const wJoint = worstOf(basisSum, joint, n);
    const c = param(L.G_OFFSET_CREDIT);
    W = c * wJoint + (1 - c) * worstSum;
    setScalar(L.T_RESULT, L.R_WORST_U, -1);
    setScalar(L.T_RESULT, L.R_WORST_K, <f64>worstK);
  }
  setScalar(L.T_RESULT, L.R_W, W);
  const peg = scalar(L.T_RESULT, L.R_PEG);
  const mmAdd = scalar(L.T_RESULT, L.R_MM_TOTAL);
  const imAdd = scalar(L.T_RESULT, L.R_IM_TOTAL);
  const mm = -param(L.G_MM_FACTOR) * W + mmAdd;
  const im = -(param(L.G_IM_FACTOR) + peg) * W + mmAdd + imAdd;
  const equity = scalar(L.T_RESULT, L.R_EQUITY);
  setScalar(L.T_RESULT, L.R_MM, mm);
  setScalar(L.T_RESULT, L.R_IM, im);
  setScalar(L.T_RESULT, L.R_MH, equity - mm);
  setScalar(L.T_RESULT, L.R_IH, equity - im);
  const iso = isolatedInitialMargin(param(L.G_IM_FACTOR) + peg);
  setScalar(L.T_RESULT, L.R_ISO_IM, iso);
  setScalar(L.T_RESULT, L.R_EFF_DEFINED, im == 0 ? 0 : 1);
  setScalar(L.T_RESULT, L.R_EFF, im == 0 ? 0 : iso / im);
}
