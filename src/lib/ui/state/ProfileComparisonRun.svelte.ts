import { profileNames, type ProfileName } from '../../model/profiles';
import type { MarginResult, Portfolio } from '../../model/types';
import type { RiskPool } from '../../../workers/RiskPool';
import { describeError, type ErrorReport } from './describeError';
import { shippedParams } from './ProfileChoice';

/** How long a burst of edits waits before the (heavier) comparison runs, ms. */
const DEBOUNCE_MS = 150;

/**
 * The same book under every shipped profile (the side-by-side table), computed in the workers
 * after the book settles; each profile has its own channel, so the latest book wins per profile.
 *
 * @example
 * const c = new ProfileComparisonRun();
 * c.schedule(pool, portfolio); // c.byProfile['span-like'] fills in
 */
export class ProfileComparisonRun {
  /** Per shipped profile: its margin, or why it could not be computed. */
  byProfile = $state.raw<Partial<Record<ProfileName, MarginResult | ErrorReport>>>({});
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Clears the table and recomputes it once the book has stopped changing. */
  schedule(pool: RiskPool | undefined, portfolio: Portfolio): void {
    clearTimeout(this.timer);
    this.byProfile = {};
    this.timer = setTimeout(() => void this.run(pool, portfolio), DEBOUNCE_MS);
  }

  /** Recomputes the comparison now. */
  async run(pool: RiskPool | undefined, portfolio: Portfolio): Promise<void> {
    if (!pool) return;
    await Promise.all(
      profileNames.map(async (name) => {
        try {
          const r = await pool.compute(
            { portfolio, params: shippedParams(name) },
            `compare:${name}`,
          );
          if (r) this.byProfile = { ...this.byProfile, [name]: r };
        } catch (error) {
          this.byProfile = { ...this.byProfile, [name]: describeError(error) };
        }
      }),
    );
  }
}
