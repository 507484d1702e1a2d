import * as L from '../../../assembly/layout';
import type { Params, Portfolio, Scenario } from '../model/types';
import type { EncodedBook } from './EncodedBook';
import { encodeGlobals } from './encodeGlobals';
import { Table } from './Table';
import { volCode } from './volCode';

export type EncodeBookParameters = {
  portfolio: Portfolio;
  params: Params;
  /** Scenario list per underlier, all of length `n` (resolveScenarioSets). */
  scenarioSets: Record<string, Scenario[]>;
  n: number;
};

/**
 * Flattens a validated portfolio and profile into the core's struct-of-arrays input tables.
 * Pure: only copies numbers (quantities are not netted here; the core nets them in input order).
 *
 * @example
 * const book = encodeBook({ portfolio, params, scenarioSets: sets, n });
 * book.counts.nO; // option positions
 */
export function encodeBook({
  portfolio,
  params,
  scenarioSets,
  n,
}: EncodeBookParameters): EncodedBook {
  const underliers = Object.keys(portfolio.underliers).sort();
  const uIndex = new Map(underliers.map((u, i) => [u, i]));
  const positions = portfolio.positions;

  // Expiry rows: every (underlier, expiry) an option or future uses, by underlier then time.
  const expiryKeys = new Map<string, { underlier: string; expiry: number }>();
  for (const p of positions) {
    if (p.type !== 'perp')
      expiryKeys.set(`${p.underlier}|${p.expiry}`, { underlier: p.underlier, expiry: p.expiry });
  }
  const expiries = [...expiryKeys.values()].sort(
    (a, b) => uIndex.get(a.underlier)! - uIndex.get(b.underlier)! || a.expiry - b.expiry,
  );
  const eIndex = new Map(expiries.map((e, i) => [`${e.underlier}|${e.expiry}`, i]));

  const options = positions.flatMap((p, i) => (p.type === 'option' ? [{ p, i }] : []));
  const futures = positions.flatMap((p) => (p.type === 'future' ? [p] : []));
  const perps = positions.flatMap((p) => (p.type === 'perp' ? [p] : []));

  // Instruments and naked-short groups in first-appearance order.
  const instrIndex = new Map<string, number>();
  const instrFirst: number[] = [];
  const instrGroup: number[] = [];
  const groupIndex = new Map<string, number>();
  const groupExpiry: number[] = [];
  const optionInstr = options.map(({ p }, row) => {
    const groupKey = `${p.underlier}|${p.expiry}|${p.strike}`;
    const key = `${groupKey}|${p.right}`;
    let j = instrIndex.get(key);
    if (j === undefined) {
      j = instrFirst.length;
      instrIndex.set(key, j);
      instrFirst.push(row);
      let g = groupIndex.get(groupKey);
      if (g === undefined) {
        g = groupExpiry.length;
        groupIndex.set(groupKey, g);
        groupExpiry.push(eIndex.get(`${p.underlier}|${p.expiry}`)!);
      }
      instrGroup.push(g);
    }
    return j;
  });

  const tables = new Map<number, Table>();
  tables.set(L.T_GLOBAL, encodeGlobals(portfolio, params));

  const U = new Table(underliers.length, L.U_COLS);
  underliers.forEach((name, u) => {
    const m = portfolio.underliers[name]!;
    U.set(u, L.U_SPOT, m.spot);
    U.set(u, L.U_SPOT_CONF, m.spotConfidence);
    U.set(u, L.U_PERP_PRICE, m.perpPrice);
    U.set(u, L.U_PERP_CONF, m.perpConfidence);
  });
  tables.set(L.T_UNDERLIER, U);

  const E = new Table(expiries.length, L.E_COLS);
  expiries.forEach(({ underlier, expiry }, e) => {
    const m = portfolio.underliers[underlier]!.expiries[String(expiry)];
    E.set(e, L.E_UNDERLIER, uIndex.get(underlier)!);
    E.set(e, L.E_SEC, Math.max(0, expiry - portfolio.asOf));
    E.set(e, L.E_FORWARD, m?.forward ?? Number.NaN);
    E.set(e, L.E_FWD_FIXED, m?.forwardFixed ?? 0);
    E.set(e, L.E_RATE, m?.rate ?? 0);
    E.set(e, L.E_FWD_CONF, m?.forwardConfidence ?? 1);
    E.set(e, L.E_RATE_CONF, m?.rateConfidence ?? 1);
  });
  tables.set(L.T_EXPIRY, E);

  const O = new Table(options.length, L.O_COLS);
  options.forEach(({ p }, o) => {
    O.set(o, L.O_EXPIRY, eIndex.get(`${p.underlier}|${p.expiry}`)!);
    O.set(o, L.O_STRIKE, p.strike);
    O.set(o, L.O_CALL, p.right === 'call' ? 1 : 0);
    O.set(o, L.O_QTY, p.qty);
    O.set(o, L.O_VOL, p.vol);
    O.set(o, L.O_VOL_CONF, p.volConfidence);
    O.set(o, L.O_INSTR, optionInstr[o]!);
  });
  tables.set(L.T_OPTION, O);

  const I = new Table(instrFirst.length, L.I_COLS);
  instrFirst.forEach((first, j) => {
    I.set(j, L.I_FIRST, first);
    I.set(j, L.I_GROUP, instrGroup[j]!);
  });
  tables.set(L.T_INSTR, I);

  const G = new Table(groupExpiry.length, L.GR_COLS);
  groupExpiry.forEach((e, g) => G.set(g, L.GR_EXPIRY, e));
  tables.set(L.T_GROUP, G);

  const F = new Table(futures.length, L.F_COLS);
  futures.forEach((p, i) => {
    F.set(i, L.F_EXPIRY, eIndex.get(`${p.underlier}|${p.expiry}`)!);
    F.set(i, L.F_QTY, p.qty);
    F.set(i, L.F_ENTRY, p.entryPrice);
  });
  tables.set(L.T_FUTURE, F);

  const P = new Table(perps.length, L.P_COLS);
  perps.forEach((p, i) => {
    P.set(i, L.P_UNDERLIER, uIndex.get(p.underlier)!);
    P.set(i, L.P_QTY, p.qty);
    P.set(i, L.P_UPNL, p.unrealizedPnl);
    P.set(i, L.P_FUNDING, p.unrealizedFunding);
  });
  tables.set(L.T_PERP, P);

  const C = new Table(portfolio.collateral.length, L.C_COLS);
  portfolio.collateral.forEach((c, i) => {
    const cp = params.collateral[c.asset]!;
    C.set(i, L.C_AMOUNT, c.amount);
    C.set(i, L.C_PRICE, c.price);
    C.set(i, L.C_CONF, c.confidence);
    C.set(i, L.C_MM_HAIRCUT, cp.mmHaircut);
    C.set(i, L.C_IM_HAIRCUT, cp.imHaircut);
    C.set(
      i,
      L.C_RC_UNDERLIER,
      cp.riskCancelling === undefined ? -1 : uIndex.get(cp.riskCancelling)!,
    );
  });
  tables.set(L.T_COLL, C);

  const POS = new Table(positions.length, L.POS_COLS);
  const seen = { option: 0, future: 0, perp: 0 };
  positions.forEach((p, i) => {
    const kind =
      p.type === 'option' ? L.KIND_OPTION : p.type === 'future' ? L.KIND_FUTURE : L.KIND_PERP;
    POS.set(i, L.POS_KIND, kind);
    POS.set(i, L.POS_REF, seen[p.type]++);
  });
  tables.set(L.T_POS, POS);

  const S = new Table(underliers.length * n, L.S_COLS);
  underliers.forEach((name, u) => {
    scenarioSets[name]!.forEach((s, k) => {
      S.set(u * n + k, L.S_SPOT, s.spot);
      S.set(u * n + k, L.S_VOL, volCode[s.vol]);
      S.set(u * n + k, L.S_WEIGHT, s.weight);
    });
  });
  tables.set(L.T_SCEN, S);

  return {
    counts: {
      nU: underliers.length,
      nE: expiries.length,
      nO: options.length,
      nI: instrFirst.length,
      nG: groupExpiry.length,
      nF: futures.length,
      nP: perps.length,
      nC: portfolio.collateral.length,
      nPos: positions.length,
      n,
    },
    tables,
    underliers,
    expiries,
    optionPositions: options.map(({ i }) => i),
  };
}
