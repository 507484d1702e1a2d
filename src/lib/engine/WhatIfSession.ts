import type { MarginResult, Params, Portfolio, Position, Scenario } from '../model/types';
import { OptionMarks } from '../model/OptionMarks';
import { ValidationError, type ValidationIssue } from '../model/ValidationError';
import { markRows, type EncoderMark } from './BookEncoder';
import type { CoreExports } from './CoreExports';
import type { EncodedBook } from './EncodedBook';
import { checkStatus } from './checkStatus';
import { encodeBook } from './encodeBook';
import { hashInputs } from './hashInputs';
import { loadBook } from './loadBook';
import { readArrays, resultOf, type ResultArrays } from './readResult';

/** Rows kept free per table for what-if legs unless told otherwise. */
export const DEFAULT_SPARE_ROWS = 64;

export type WhatIfSessionParameters = {
  portfolio: Portfolio;
  params: Params;
  scenarioSets: Record<string, Scenario[]>;
  n: number;
  core: CoreExports;
  /** Rows kept free per table for what-if legs (and their new expiries). */
  spare?: number;
};

/** A result whose `hashes` are computed on first read (hashing a big book costs milliseconds). */
function withLazyHashes(
  result: Omit<MarginResult, 'hashes'>,
  portfolio: () => Portfolio,
  params: Params,
): MarginResult {
  let hashes: MarginResult['hashes'] | undefined;
  return Object.defineProperty(result as MarginResult, 'hashes', {
    enumerable: true,
    configurable: true,
    get: () => (hashes ??= hashInputs(portfolio(), params)),
  });
}

/**
 * A book computed once and kept in a core, so that hypothetical trades ("what-ifs", the
 * contract of Deribit's simulate_portfolio) cost only their own repricing: the new legs are
 * encoded alone, appended as rows, and the core re-aggregates from its checkpoint. `preview`
 * returns exactly what a full computation of the book plus the legs would (WhatIfSession.test).
 *
 * @example
 * const session = new WhatIfSession({ portfolio, params, scenarioSets: sets, n, core });
 * session.base.initialMargin;
 * session.preview([{ type: 'option', underlier: 'BTC', ... }]).initialMargin;
 */
export class WhatIfSession {
  readonly base: MarginResult;
  private readonly book: EncodedBook;
  private readonly baseMark: EncoderMark;
  readonly spare: number;
  /** The book's long result arrays, which a what-if shares where the core left them unchanged. */
  private readonly baseArrays: ResultArrays;

  /** The book's option marks, by instrument (for checkLegs). */
  private readonly marks = OptionMarks.empty();

  constructor(private readonly p: WhatIfSessionParameters) {
    p.portfolio.positions.forEach((pos, i) => this.marks.add(pos, i));
    // At least one spare row: only a layout with spare rows can be checkpointed.
    this.spare = Math.max(1, p.spare ?? DEFAULT_SPARE_ROWS);
    this.book = encodeBook(p);
    this.baseMark = this.book.encoder.mark();
    loadBook(p.core, this.book, this.spare);
    checkStatus(p.core.runScenarios(0, p.n), p.core, this.book, 'runScenarios');
    checkStatus(p.core.finalize(), p.core, this.book, 'finalize');
    this.baseArrays = readArrays(p.core, this.book);
    this.base = withLazyHashes(
      resultOf(p.core, this.book, this.baseArrays),
      () => p.portfolio,
      p.params,
    );
    checkStatus(p.core.checkpoint(), p.core, this.book, 'checkpoint');
  }

  /** Whether `legs` fit in the spare rows (otherwise compute the combined book in full). */
  fits(legs: readonly Position[]): boolean {
    return legs.length <= this.spare;
  }

  /** The margin of the book with `legs` (validated positions) appended in order. */
  preview(legs: readonly Position[]): MarginResult {
    const { portfolio } = this.p;
    const kept = [...legs];
    return withLazyHashes(
      this.evaluate(kept),
      () => ({ ...portfolio, positions: [...portfolio.positions, ...kept] }),
      this.p.params,
    );
  }

  /**
   * The cross-field rules parsePortfolio applies to a whole book, for legs added to this one:
   * a known underlier, and one mark (vol, volConfidence) per option instrument.
   */
  private checkLegs(legs: readonly Position[]): void {
    const issues: ValidationIssue[] = [];
    const marks = this.marks.copy();
    legs.forEach((leg, i) => {
      if (!Object.hasOwn(this.p.portfolio.underliers, leg.underlier)) {
        issues.push({
          path: `legs[${i}].underlier`,
          message: `unknown underlier "${leg.underlier}" (the book has no market for it)`,
        });
        return;
      }
      if (marks.add(leg, this.p.portfolio.positions.length + i) !== undefined)
        issues.push({
          path: `legs[${i}].vol`,
          message: 'the book holds this instrument with a different vol or volConfidence',
        });
    });
    if (issues.length) throw new ValidationError('What-if legs', issues);
  }

  /** `preview` without the input hashes (what an interactive what-if needs, at no hashing cost). */
  evaluate(legs: readonly Position[]): Omit<MarginResult, 'hashes'> {
    this.checkLegs(legs);
    if (!this.fits(legs))
      throw new RangeError(`preview: ${legs.length} legs exceed the ${this.spare} spare rows`);
    const { core } = this.p;
    const { encoder } = this.book;
    encoder.rollback(this.baseMark);
    for (const leg of legs) encoder.add(leg);
    encoder.writeSince(core, this.baseMark);
    const mark = encoder.mark();
    const { journal: _journal, ...rowCounts } = mark;
    const combined: EncodedBook = {
      ...this.book,
      counts: { ...this.book.counts, ...rowCounts },
      expiries: encoder.expiries,
      optionPositions: encoder.optionPositions,
    };
    const [nE, nO, nI, nG, nF, nP, nPos] = markRows(mark) as Parameters<CoreExports['appendRows']>;
    checkStatus(core.appendRows(nE, nO, nI, nG, nF, nP, nPos), core, combined, 'appendRows');
    const reuse = { arrays: this.baseArrays, positions: this.baseMark.nPos };
    return resultOf(core, combined, readArrays(core, combined, reuse));
  }
}
