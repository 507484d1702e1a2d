import * as L from '../../../assembly/layout';
import * as S from '../../../assembly/errors';
import type { CoreExports } from './CoreExports';
import { CoreStatusError } from './CoreStatusError';
import { CoreTrapError } from './CoreTrapError';
import type { EncodedBook } from './EncodedBook';

/** Where a non-finite figure came from, as the input path that caused it. */
function locate(core: CoreExports, book: EncodedBook): string {
  const table = core.errorTable();
  const row = core.errorRow();
  if (table === L.T_EXPIRY) {
    const e = book.expiries[row]!;
    return `underliers.${e.underlier}.expiries.${e.expiry}: its forward or discount overflows (rate × time to expiry too large)`;
  }
  if (table === L.T_POS) return `positions[${row}]: its Greeks overflow`;
  if (table === L.T_PNL)
    return `scenario P&L of ${book.underliers[Math.floor(row / book.counts.n)]} overflows`;
  if (table === L.T_UNDERLIER)
    return `underliers.${book.underliers[row]}: its basis or Greeks overflow`;
  return 'a margin figure overflows';
}

/** Throws the typed error for a core status; returns for OK. */
export function checkStatus(
  status: number,
  core: CoreExports,
  book: EncodedBook,
  step: string,
): void {
  if (status === S.OK) return;
  if (status === S.ERR_NON_FINITE) {
    throw new CoreStatusError(
      'The book is too large for double precision.',
      [locate(core, book)],
      ['Check quantities, prices and rates for values that are off by orders of magnitude.'],
      'NON_FINITE',
    );
  }
  if (status === S.ERR_CAPACITY) {
    throw new CoreStatusError(
      'The book does not fit in the margin core’s memory.',
      [`${book.counts.nPos} positions × ${book.counts.n} scenarios`],
      ['Split the book, or use fewer scenarios.'],
      'CAPACITY',
    );
  }
  throw new CoreTrapError(`${step} returned status ${status}`);
}
