import type { Params, Portfolio } from '../../model/types';
import type { RiskPool } from '../../../workers/RiskPool';
import type { FineGrid } from '../../engine/FineGrid';
import { describeError, type ErrorReport } from '../state/describeError';
import { fineSpots, fineVolShifts } from './fineGridAxes';

/**
 * The book on the day its last option or future expires. Priced there, every option is worth
 * its intrinsic value on its (shocked) forward, so a fine-grid row of this book is the payoff at
 * expiry. Options that expire earlier are also at intrinsic: the curve is the payoff of every
 * leg at its own expiry, read on the shocked forward.
 */
function atLastExpiry(portfolio: Portfolio): Portfolio | undefined {
  let last = -Infinity;
  for (const p of portfolio.positions) if (p.type !== 'perp') last = Math.max(last, p.expiry);
  return last > portfolio.asOf ? { ...portfolio, asOf: last } : undefined;
}

/**
 * The exploratory grids of the /stress page, computed in the workers: the 41 × 21 spot × vol
 * grid of the book now, and the vol-unchanged row at the last expiry. Each `run` supersedes the
 * previous one (the pool's channels: latest wins).
 *
 * @example
 * const run = new FineGridRun();
 * run.run(app.pool, book.portfolio, app.params); // run.now, run.expiry fill in
 */
export class FineGridRun {
  /** Now: every spot × vol shift, per underlier and `joint`. */
  now = $state.raw<FineGrid | undefined>(undefined);
  /**
   * At the last expiry, vol unchanged, per underlier and `joint`, as P&L against *today's* mark:
   * the expiry row (against the expiry mark) plus equity at expiry minus equity now — one
   * subtraction and one addition of core outputs (DESIGN.md allows + − in TypeScript).
   */
  expiry = $state.raw<Record<string, number[]> | undefined>(undefined);
  /** The last expiry (unix seconds) the expiry curve is at. */
  expiryAt = $state<number | undefined>(undefined);
  loading = $state(false);
  /** Wall time of the last completed grid, ms. */
  ms = $state<number | undefined>(undefined);
  error = $state.raw<ErrorReport | undefined>(undefined);
  private seq = 0;

  async run(pool: RiskPool, portfolio: Portfolio, params: Params): Promise<void> {
    const id = ++this.seq;
    this.loading = true;
    const t0 = performance.now();
    const spots = fineSpots();
    try {
      const later = atLastExpiry(portfolio);
      const [now, exp, equityNow, equityExp] = await Promise.all([
        pool.fineGrid({ portfolio, params, spots, volShifts: fineVolShifts() }, 'stress:now'),
        later
          ? pool.fineGrid({ portfolio: later, params, spots, volShifts: [0] }, 'stress:expiry')
          : null,
        later ? pool.compute({ portfolio, params }, 'stress:equity-now') : null,
        later ? pool.compute({ portfolio: later, params }, 'stress:equity-expiry') : null,
      ]);
      if (id !== this.seq || !now) return;
      this.now = now;
      if (later && exp && equityNow && equityExp) {
        const shift = equityExp.equity - equityNow.equity;
        this.expiry = Object.fromEntries(
          Object.entries(exp.pnl).map(([u, row]) => [u, Array.from(row, (v) => v + shift)]),
        );
        this.expiryAt = later.asOf;
      } else {
        this.expiry = undefined;
        this.expiryAt = undefined;
      }
      this.ms = performance.now() - t0;
      this.error = undefined;
    } catch (error) {
      if (id === this.seq) this.error = describeError(error);
    } finally {
      if (id === this.seq) this.loading = false;
    }
  }
}
