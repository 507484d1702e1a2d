import type { Portfolio } from '../model/types';
import { BookEncoder } from './BookEncoder';
import type { Table } from './Table';

/** A portfolio's position-driven tables: they do not depend on the profile, so a worker that
 *  recomputes the same book under another profile (comparisons, committee edits) reuses them. */
export type EncodedPositions = {
  encoder: BookEncoder;
  /** Read-only: encodeBook copies the map before adding the profile's tables. */
  tables: ReadonlyMap<number, Table>;
};

/**
 * Encodes every position of a validated portfolio (expiries, options, instruments, groups,
 * futures, perps, positions) in first-appearance order.
 *
 * @example
 * const positions = encodePositions(portfolio);
 * encodeBook({ portfolio, params, scenarioSets, n, positions });
 */
export function encodePositions(portfolio: Portfolio): EncodedPositions {
  const encoder = new BookEncoder(portfolio, Object.keys(portfolio.underliers).sort());
  for (const p of portfolio.positions) encoder.add(p);
  return { encoder, tables: encoder.tables() };
}
