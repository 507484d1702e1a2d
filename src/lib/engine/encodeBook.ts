import * as L from '../../../assembly/layout';
import type { Params, Portfolio, Scenario } from '../model/types';
import type { EncodedBook } from './EncodedBook';
import { encodeGlobals } from './encodeGlobals';
import { encodeScenarios } from './encodeScenarios';
import { encodePositions, type EncodedPositions } from './encodePositions';
import { Table } from './Table';

export type EncodeBookParameters = {
  portfolio: Portfolio;
  params: Params;
  /** Scenario list per underlier, all of length `n` (resolveScenarioSets). */
  scenarioSets: Record<string, Scenario[]>;
  n: number;
  /** The portfolio's position tables, if already encoded (encodePositions); never mutated. */
  positions?: EncodedPositions;
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
  positions = encodePositions(portfolio),
}: EncodeBookParameters): EncodedBook {
  const underliers = Object.keys(portfolio.underliers).sort();
  const uIndex = new Map(underliers.map((u, i) => [u, i]));
  const { encoder } = positions;

  const tables = new Map(positions.tables);
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

  tables.set(L.T_SCEN, encodeScenarios(underliers, scenarioSets, n));

  const m = encoder.mark();
  return {
    counts: { ...m, nU: underliers.length, nC: portfolio.collateral.length, n },
    tables,
    underliers,
    expiries: encoder.expiries,
    optionPositions: encoder.optionPositions,
    encoder,
  };
}
