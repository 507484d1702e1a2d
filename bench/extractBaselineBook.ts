import * as L from '../assembly/layout';
import type { CoreExports } from '../src/lib/engine/CoreExports';
import { columnView } from '../src/lib/engine/tableView';
import type { BaselineBook } from './tsBaseline';

/** Copies the prepared core's loop inputs into plain arrays for the TypeScript baseline. */
export function extractBaselineBook(core: CoreExports, n: number): BaselineBook {
  const c = (t: number, col: number) => columnView(core, t, col).slice();
  const instr = c(L.T_OPTION, L.O_INSTR);
  const first = c(L.T_INSTR, L.I_FIRST);
  const instrQty = c(L.T_INSTR, L.I_QTY);
  const p1 = c(L.T_OPTION, L.O_P1);
  const nO = instr.length;
  const isFirst = new Uint8Array(nO);
  const isoQty = new Float64Array(nO);
  const isoV1 = new Float64Array(nO);
  for (let o = 0; o < nO; o++) {
    const j = instr[o]!;
    isFirst[o] = first[j] === o ? 1 : 0;
    isoQty[o] = instrQty[j]!;
    isoV1[o] = instrQty[j]! * p1[o]!;
  }
  return {
    n,
    option: {
      expiry: Int32Array.from(c(L.T_OPTION, L.O_EXPIRY)),
      strike: c(L.T_OPTION, L.O_STRIKE),
      lnK: c(L.T_OPTION, L.O_LNK),
      call: Uint8Array.from(c(L.T_OPTION, L.O_CALL)),
      qty: c(L.T_OPTION, L.O_QTY),
      vol: c(L.T_OPTION, L.O_VOL),
      first: isFirst,
      isoQty,
      isoV1,
    },
    expiry: {
      underlier: Int32Array.from(c(L.T_EXPIRY, L.E_UNDERLIER)),
      T: c(L.T_EXPIRY, L.E_T),
      sqrtT: c(L.T_EXPIRY, L.E_SQRT_T),
      D: c(L.T_EXPIRY, L.E_D),
      discPos: c(L.T_EXPIRY, L.E_DISC_POS),
      discNeg: c(L.T_EXPIRY, L.E_DISC_NEG),
    },
    ek: {
      F: c(L.T_EK, L.EK_F),
      lnF: c(L.T_EK, L.EK_LNF),
      mul: c(L.T_EK, L.EK_VMUL),
      add: c(L.T_EK, L.EK_VADD),
      floor: c(L.T_EK, L.EK_VFLOOR),
    },
    scen: { code: Int32Array.from(c(L.T_SCEN, L.S_VOL)), weight: c(L.T_SCEN, L.S_WEIGHT) },
  };
}
