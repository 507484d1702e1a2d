// Per-option values that do not depend on the scenario: log-strike, price now and at the basis
// spots, skew multipliers; and the netting of positions into instruments and naked-short groups.
import * as L from '../layout';
import { col, rows, at, put, param } from '../tables';
import { black76X2 } from '../pricing/black76';
import { skewMultiplier } from '../scenarios/skewShock';
import { forwardAt } from './expiries';

/** Unit price of option `o` at forward F with its own vol, through the scenario loop's path. */
function unitPrice(o: i32, e: i32, F: f64): f64 {
  const K = at(col(L.T_OPTION, L.O_STRIKE), o);
  const p = black76X2(
    f64x2.splat(F), f64x2.splat(F > 0 ? Math.log(F) : -Infinity),
    K, at(col(L.T_OPTION, L.O_LNK), o), K > 0 ? 1 / K : 0,
    at(col(L.T_EXPIRY, L.E_D), e),
    f64x2.splat(at(col(L.T_OPTION, L.O_VOL), o)),
    at(col(L.T_EXPIRY, L.E_T), e),
    at(col(L.T_EXPIRY, L.E_SQRT_T), e),
    at(col(L.T_OPTION, L.O_CALL), o) == 1,
  );
  return f64x2.extract_lane(p, 0);
}

/** Per-option values of rows [o0, o1), their expiry sums, and instrument net quantities. */
export function prepareOptions(o0: i32, o1: i32): void {
  const spotUp = param(L.G_BASIS_UP);
  const spotDown = param(L.G_BASIS_DOWN);
  for (let o = o0; o < o1; o++) {
    const e = <i32>at(col(L.T_OPTION, L.O_EXPIRY), o);
    const K = at(col(L.T_OPTION, L.O_STRIKE), o);
    const q = at(col(L.T_OPTION, L.O_QTY), o);
    put(col(L.T_OPTION, L.O_LNK), o, K > 0 ? Math.log(K) : -Infinity);
    const F1 = at(col(L.T_EXPIRY, L.E_F1), e);
    const p1 = unitPrice(o, e, F1);
    const pUp = unitPrice(o, e, forwardAt(e, spotUp));
    const pDown = unitPrice(o, e, forwardAt(e, spotDown));
    put(col(L.T_OPTION, L.O_P1), o, p1);
    put(col(L.T_OPTION, L.O_PUP), o, pUp);
    put(col(L.T_OPTION, L.O_PDOWN), o, pDown);
    put(col(L.T_EXPIRY, L.E_V1), e, at(col(L.T_EXPIRY, L.E_V1), e) + q * p1);
    put(col(L.T_EXPIRY, L.E_VUP), e, at(col(L.T_EXPIRY, L.E_VUP), e) + q * pUp);
    put(col(L.T_EXPIRY, L.E_VDOWN), e, at(col(L.T_EXPIRY, L.E_VDOWN), e) + q * pDown);

    const valid = K > 0 && F1 > 0;
    const k = valid ? at(col(L.T_OPTION, L.O_LNK), o) - at(col(L.T_EXPIRY, L.E_LNF1), e) : 0;
    const sqrtTau = at(col(L.T_EXPIRY, L.E_SQRT_T), e);
    put(col(L.T_OPTION, L.O_SKEW_LIN), o, skewMultiplier(k, sqrtTau, false, valid));
    put(col(L.T_OPTION, L.O_SKEW_ABS), o, skewMultiplier(k, sqrtTau, true, valid));

    const instr = <i32>at(col(L.T_OPTION, L.O_INSTR), o);
    if (<i32>at(col(L.T_INSTR, L.I_FIRST), instr) == o) {
      // First position of a new instrument: its accumulators start here.
      put(col(L.T_INSTR, L.I_QTY), instr, 0);
      put(col(L.T_INSTR, L.I_ISO_MIN), instr, Infinity);
    }
    put(col(L.T_INSTR, L.I_QTY), instr, at(col(L.T_INSTR, L.I_QTY), instr) + q);
  }
}

/** Naked-short groups from net instrument quantities, in instrument order (all rows). */
export function netGroups(): void {
  const nG = rows(L.T_GROUP);
  for (let g = 0; g < nG; g++) {
    put(col(L.T_GROUP, L.GR_CALL_QTY), g, 0);
    put(col(L.T_GROUP, L.GR_PUT_QTY), g, 0);
  }
  const nI = rows(L.T_INSTR);
  for (let j = 0; j < nI; j++) {
    const first = <i32>at(col(L.T_INSTR, L.I_FIRST), j);
    const g = <i32>at(col(L.T_INSTR, L.I_GROUP), j);
    const Q = at(col(L.T_INSTR, L.I_QTY), j);
    const c = at(col(L.T_OPTION, L.O_CALL), first) == 1 ? L.GR_CALL_QTY : L.GR_PUT_QTY;
    put(col(L.T_GROUP, c), g, at(col(L.T_GROUP, c), g) + Q);
  }
}

/** Basis contingency per expiry and underlier, and per instrument alone (MODEL.md §5). */
export function prepareBasis(): void {
  const nU = rows(L.T_UNDERLIER);
  for (let u = 0; u < nU; u++) put(col(L.T_UNDERLIER, L.U_BASIS), u, 0);
  const nE = rows(L.T_EXPIRY);
  const add = param(L.G_BASIS_ADD);
  const mult = param(L.G_BASIS_MULT);
  for (let e = 0; e < nE; e++) {
    const v1 = at(col(L.T_EXPIRY, L.E_V1), e);
    const b = Math.min(Math.min(at(col(L.T_EXPIRY, L.E_VUP), e) - v1, at(col(L.T_EXPIRY, L.E_VDOWN), e) - v1), 0);
    put(col(L.T_EXPIRY, L.E_BASIS_B), e, b);
    const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
    const factor = add + mult * at(col(L.T_EXPIRY, L.E_T), e);
    put(col(L.T_UNDERLIER, L.U_BASIS), u, at(col(L.T_UNDERLIER, L.U_BASIS), u) + b * factor);
  }
  const nI = rows(L.T_INSTR);
  for (let j = 0; j < nI; j++) {
    const o = <i32>at(col(L.T_INSTR, L.I_FIRST), j);
    const e = <i32>at(col(L.T_OPTION, L.O_EXPIRY), o);
    const Q = at(col(L.T_INSTR, L.I_QTY), j);
    const v1 = Q * at(col(L.T_OPTION, L.O_P1), o);
    const b = Math.min(Math.min(Q * at(col(L.T_OPTION, L.O_PUP), o) - v1, Q * at(col(L.T_OPTION, L.O_PDOWN), o) - v1), 0);
    put(col(L.T_INSTR, L.I_ISO_BASIS), j, b * (add + mult * at(col(L.T_EXPIRY, L.E_T), e)));
  }
}
