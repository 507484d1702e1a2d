import * as L from '../../../assembly/layout';
import type { MarginResult, Params, Portfolio, Position } from '../model/types';
import type { CoreExports } from './CoreExports';
import type { EncodedBook } from './EncodedBook';
import { checkStatus } from './checkStatus';
import { encodeBook } from './encodeBook';
import { hashInputs } from './hashInputs';
import { loadBook } from './loadBook';
import { readResult } from './readResult';
import { writeRows } from './writeRows';

/** Tables a what-if appends rows to, and the count each contributes to `appendRows`. */
const APPENDED = [
  L.T_EXPIRY,
  L.T_OPTION,
  L.T_INSTR,
  L.T_GROUP,
  L.T_FUTURE,
  L.T_PERP,
  L.T_POS,
] as const;

export type WhatIfSessionParameters = {
  portfolio: Portfolio;
  params: Params;
  scenarioSets: Record<string, import('../model/types').Scenario[]>;
  n: number;
  core: CoreExports;
  /** Rows kept free per table for what-if legs (and their new expiries). */
  spare?: number;
};

/**
 * A book computed once and kept in a core, so that hypothetical trades ("what-ifs", the
 * contract of Deribit's simulate_portfolio) cost only their own repricing: the new legs are
 * appended as rows and the core re-aggregates from its checkpoint. `preview(legs)` returns
 * exactly what a full computation of the book plus the legs would (see tests).
 *
 * @example
 * const session = new WhatIfSession({ portfolio, params, scenarioSets, n, core });
 * session.base.initialMargin;
 * session.preview([{ type: 'option', ... }]).initialMargin;
 */
export class WhatIfSession {
  readonly base: MarginResult;
  private readonly book: EncodedBook;
  private readonly spare: number;

  constructor(private readonly p: WhatIfSessionParameters) {
    this.spare = p.spare ?? 64;
    this.book = encodeBook(p);
    loadBook(p.core, this.book, this.spare);
    checkStatus(p.core.runScenarios(0, p.n), p.core, this.book, 'runScenarios');
    checkStatus(p.core.finalize(), p.core, this.book, 'finalize');
    this.base = { ...readResult(p.core, this.book), hashes: hashInputs(p.portfolio, p.params) };
    checkStatus(p.core.checkpoint(), p.core, this.book, 'checkpoint');
  }

  /** Whether `legs` fit in the spare rows (otherwise compute the combined book in full). */
  fits(legs: readonly Position[]): boolean {
    return legs.length <= this.spare;
  }

  /** The margin of the book with `legs` appended (validated positions, in order). */
  preview(legs: readonly Position[]): MarginResult {
    if (!this.fits(legs))
      throw new RangeError(`preview: ${legs.length} legs exceed the ${this.spare} spare rows`);
    const { core } = this.p;
    const portfolio = { ...this.p.portfolio, positions: [...this.p.portfolio.positions, ...legs] };
    const combined = encodeBook({ ...this.p, portfolio });
    for (const id of APPENDED)
      writeRows(core, id, combined.tables.get(id)!, this.book.tables.get(id)!.rows);
    const c = combined.counts;
    checkStatus(
      core.appendRows(c.nE, c.nO, c.nI, c.nG, c.nF, c.nP, c.nPos),
      core,
      combined,
      'appendRows',
    );
    return { ...readResult(core, combined), hashes: hashInputs(portfolio, this.p.params) };
  }
}
