import type { CoreExports } from './CoreExports';
import type { EncodedBook } from './EncodedBook';
import { checkStatus } from './checkStatus';
import { writeRows } from './writeRows';

/**
 * Lays the book's tables out in `core` and runs `prepare` (everything that does not depend on
 * the scenario). Afterwards `core.runScenarios(k0, k1)` may be called for any shard of [0, n).
 * `spare` rows are reserved in the tables a what-if can extend.
 */
export function loadBook(core: CoreExports, book: EncodedBook, spare = 0): void {
  const c = book.counts;
  checkStatus(
    core.reserve(c.nU, c.nE, c.nO, c.nI, c.nG, c.nF, c.nP, c.nC, c.nPos, c.n, spare),
    core,
    book,
    'reserve',
  );
  for (const [id, table] of book.tables) writeRows(core, id, table);
  checkStatus(core.prepare(), core, book, 'prepare');
}
