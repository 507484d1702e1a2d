import { describeError, type ErrorReport } from './describeError';
import { latestWins } from './latestWins';

/**
 * Whether a book is being read (a file, a demo book, a shared link) and the last problem doing
 * so. The latest load wins: one that finishes after a newer one started (the default demo book
 * arriving after the user already imported a file) changes nothing and reports nothing.
 *
 * @example
 * const loads = new LoadStatus();
 * await loads.guard(async (current) => { const b = await read(); if (current()) show(b); });
 */
export class LoadStatus {
  /** True while a load is running. */
  loading = $state(false);
  /** The last problem loading (the book is kept). Cleared by the next success. */
  error = $state.raw<ErrorReport | undefined>(undefined);
  /** How many loads have begun (a default book is loaded only if none began since). */
  begun = 0;
  private readonly loads = latestWins();

  /** Runs a load; `what` (a file name) prefixes its error's title. */
  async guard(fn: (current: () => boolean) => Promise<void>, what?: string): Promise<void> {
    const current = this.loads.begin();
    this.begun++;
    this.loading = true;
    try {
      await fn(current);
      if (current()) this.error = undefined;
    } catch (error) {
      if (!current()) return;
      const report = describeError(error);
      this.error = what ? { ...report, title: `${what}: ${report.title}` } : report;
    } finally {
      if (current()) this.loading = false;
    }
  }
}
