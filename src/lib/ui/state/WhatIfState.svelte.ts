import type { MarketSnapshot } from '../../import/MarketSnapshot';
import type { MarginResult, Params, Portfolio, Position } from '../../model/types';
import type { RiskPool } from '../../../workers/RiskPool';
import { describeError, type ErrorReport } from './describeError';
import { latestWins } from './latestWins';
import { withMarketFor } from './withMarketFor';

/** What a what-if run needs from the app: the book, the pool, the profile, the market. */
export type WhatIfContext = {
  portfolio: Portfolio | undefined;
  pool: RiskPool | undefined;
  params: Params;
  /** Names the book and profile: a new revision makes the worker build a new session. */
  revision: number;
  market: MarketSnapshot | undefined;
};

/**
 * Hypothetical legs previewed on top of the book (Deribit's simulate_portfolio): the added
 * legs, the one being typed, and the margin of the book with them from the worker pool. The
 * latest run wins, so clearing the legs also drops an answer still in flight.
 *
 * @example
 * const w = new WhatIfState(() => ({ portfolio, pool, params, revision, market }));
 * w.setLegs([leg]); // w.result fills in
 */
export class WhatIfState {
  /** Hypothetical legs (validated positions) previewed on top of the book; not part of it. */
  legs = $state.raw<Position[]>([]);
  /**
   * The leg being typed in the what-if picker: previewed after `legs` (so figures update as you
   * type) but not part of them until added; not saved or shared.
   */
  draft = $state.raw<Position | undefined>(undefined);
  /** Margin of the book plus the preview legs; `undefined` when there are none or not yet computed. */
  result = $state.raw<Omit<MarginResult, 'hashes'> | undefined>(undefined);
  /** The last problem computing the what-if (e.g. a leg the book has no market for). */
  error = $state.raw<ErrorReport | undefined>(undefined);

  private readonly runs = latestWins();

  constructor(private readonly context: () => WhatIfContext) {}

  /** The legs the what-if previews: the added ones, then the one being typed. */
  get previewLegs(): Position[] {
    return this.draft ? [...this.legs, this.draft] : this.legs;
  }

  /** Replaces the what-if legs (validated positions) and re-runs the what-if. */
  setLegs(legs: Position[]): void {
    this.legs = legs;
    this.run();
  }

  /** Sets (or clears, with `undefined`) the leg being typed, and re-runs the what-if. */
  setDraft(leg: Position | undefined): void {
    this.draft = leg;
    this.run();
  }

  /** Previews the current legs on the current book (called whenever either changes). */
  run(): void {
    const { portfolio: book, pool, params, revision, market } = this.context();
    const legs = this.previewLegs;
    const current = this.runs.begin();
    if (!book || !pool) return;
    if (legs.length === 0) {
      this.result = undefined;
      this.error = undefined;
      return;
    }
    const portfolio = withMarketFor(book, legs, market);
    const added = Object.entries(portfolio.underliers)
      .map(([u, m]) => `${u}:${Object.keys(m.expiries).join(',')}`)
      .join(';');
    const key = `${revision}|${added}`;
    pool
      .whatIf({ portfolio, params, key, legs })
      .then((r) => {
        if (r === null || !current()) return;
        this.result = r;
        this.error = undefined;
      })
      .catch((error) => {
        if (!current()) return;
        this.error = describeError(error);
      });
  }
}
