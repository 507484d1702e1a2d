import type { Portfolio } from '../../model/types';

/** The loaded book: a validated portfolio and where it came from ("Demo: Market maker…"). */
export type LoadedBook = { portfolio: Portfolio; source: string };

/**
 * A book's source once the user changed it by hand.
 *
 * @example
 * markEdited('Demo: Covered call'); // 'Demo: Covered call (edited)'
 */
export function markEdited(source: string): string {
  return source.endsWith(' (edited)') ? source : `${source} (edited)`;
}
