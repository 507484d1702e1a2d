import type { MarginResult, Params, Portfolio } from '../../model/types';
import type { RiskPool } from '../../../workers/RiskPool';
import { describeError, type ErrorReport } from './describeError';

/**
 * The margin of the book under the active profile, from the worker pool. While a new run is
 * in flight the previous figures stay (dimmed via `computing`); a superseded run changes
 * nothing (the pool's channel: latest wins).
 *
 * @example
 * const m = new MarginRun();
 * await m.run(pool, portfolio, params); // m.result
 */
export class MarginRun {
  /** `undefined` until first computed; while `computing`, the previous book's or profile's. */
  result = $state.raw<MarginResult | undefined>(undefined);
  /** True while a run is in flight. */
  computing = $state(false);
  /** The last problem computing (e.g. book and profile incompatible, a worker crash). */
  error = $state.raw<ErrorReport | undefined>(undefined);

  async run(pool: RiskPool | undefined, portfolio: Portfolio, params: Params): Promise<void> {
    if (!pool) return;
    this.computing = true;
    try {
      const r = await pool.compute({ portfolio, params });
      if (r === null) return; // superseded: the newer request will set the figures
      this.result = r;
      this.error = undefined;
      this.computing = false;
    } catch (error) {
      this.error = describeError(error);
      this.result = undefined;
      this.computing = false;
    }
  }
}
