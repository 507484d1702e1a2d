import * as L from '../../../assembly/layout';
import * as S from '../../../assembly/errors';
import type { CoreExports } from './CoreExports';
import { CoreStatusError } from './CoreStatusError';
import { CoreTrapError } from './CoreTrapError';
import type { EncodedBook } from './EncodedBook';
import { ValidationError } from '../model/ValidationError';
import { columnView } from './tableView';

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

/**
 * The input the core found out of range (ERR_OUT_OF_RANGE): today only a forwardFixed above the
 * forward it computed, named by its path, with the forward (the core's figure) in the message.
 */
function outOfRange(core: CoreExports, book: EncodedBook): ValidationError {
  const row = core.errorRow();
  const e = book.expiries[row];
  if (core.errorTable() !== L.T_EXPIRY || core.errorCol() !== L.E_FWD_FIXED || !e)
    return new ValidationError('Portfolio', [{ path: '', message: 'an input is out of range' }]);
  const forward = columnView(core, L.T_EXPIRY, L.E_F1)[row];
  return new ValidationError(
    'Portfolio',
    [
      {
        path: `underliers.${e.underlier}.expiries.${e.expiry}.forwardFixed`,
        message: `must be ≤ the expiry's forward (${forward}; without a given forward, spot·exp(rate·T))`,
      },
    ],
    'Give a smaller forwardFixed, or an explicit forward; MODEL.md §8 describes dcro.portfolio/1.',
  );
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
  if (status === S.ERR_OUT_OF_RANGE) throw outOfRange(core, book);
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
