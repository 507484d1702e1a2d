import type { MarketSnapshot } from '../../import/MarketSnapshot';
import { parsePortfolio } from '../../model/parsePortfolio';
import type { Portfolio } from '../../model/types';
import { readSession, type SessionDocument } from './sessionDocument';

export type ReadBookFileParameters = {
  file: File;
  /** The market snapshot, fetched only when a CSV needs pricing. */
  market: () => Promise<MarketSnapshot>;
};

export type ReadBookFileReturnType =
  | { kind: 'book'; portfolio: Portfolio; source: string }
  | { kind: 'session'; session: SessionDocument; source: string };

/**
 * A file the user picked, validated: a `dcro.portfolio/1` or `dcro.session/1` JSON, or a CSV
 * of Deribit-style legs (priced from the market snapshot). Throws a DCRO error naming what is
 * wrong.
 *
 * @example
 * const r = await readBookFile({ file, market: () => app.loadMarket() });
 * if (r.kind === 'book') app.openBook(r.portfolio, r.source);
 */
export async function readBookFile({
  file,
  market,
}: ReadBookFileParameters): Promise<ReadBookFileReturnType> {
  const text = await file.text();
  const isCsv =
    /\.csv$/i.test(file.name) || (!text.trimStart().startsWith('{') && text.includes(','));
  if (isCsv) {
    const snapshot = await market();
    const { importLegsCsv } = await import('../../import/importLegsCsv');
    const json = importLegsCsv({ csv: text, market: snapshot });
    return { kind: 'book', portfolio: parsePortfolio(json), source: `CSV: ${file.name}` };
  }
  const { parseJsonText } = await import('../../model/ValidationError');
  const json = parseJsonText(text, file.name);
  if ((json as { format?: unknown })?.format === 'dcro.session/1')
    return { kind: 'session', session: readSession(json), source: `Session: ${file.name}` };
  return { kind: 'book', portfolio: parsePortfolio(json), source: `File: ${file.name}` };
}
