import type { PortfolioInput } from '../model/portfolioSchema';
import type { Instrument } from './Instrument';
import { InstrumentNameError } from './InstrumentNameError';
import { LegsCsvError, type LegsCsvIssue } from './LegsCsvError';
import type { MarketSnapshot } from './MarketSnapshot';
import { findOptionQuote } from './findOptionQuote';
import { parseInstrumentName } from './parseInstrumentName';
import { readLegsCsv } from './readLegsCsv';

export type ImportLegsCsvParameters = {
  /** `instrument,qty[,entryPrice]` lines (see `readLegsCsv`). */
  csv: string;
  market: MarketSnapshot;
  /** Valuation time, unix seconds; defaults to the snapshot's own time. */
  asOf?: number;
  /** Stable units; default 0. */
  cash?: number;
};
export type ImportLegsCsvReturnType = PortfolioInput & { format: 'dcro.portfolio/1' };
export type ImportLegsCsvErrorType = LegsCsvError;

// Collateral rows in stablecoins are worth 1 USD a unit; others are priced at the spot index.
const STABLE = new Set(['USDC', 'USDT', 'USD', 'DAI']);
const COLLATERAL = /^[A-Z][A-Z0-9]{1,9}$/;

/**
 * Turns a legs CSV plus a market snapshot into a `dcro.portfolio/1` document (unvalidated: pass
 * it to `parsePortfolio`). A line is a Deribit instrument and a signed qty in underlier units
 * (`BTC-26JUN26-75000-C,-10`, `ETH-PERPETUAL,25,2300`, `ETH-26JUN26,-5`), or a collateral holding
 * (`USDC,250000`; `SOL,100,140` prices an asset the snapshot lacks). The snapshot fills the
 * market: spot, perp price, the forward of every expiry used (rate 0), each option's vol from
 * its mark IV. `entryPrice` (USD) sets a perp's unrealized P&L and a future's entry (default:
 * the future's mark, so P&L 0); options are valued at mark, so theirs is ignored.
 * Linear names (`BTC_USDC-PERPETUAL`) map to the same underlier: per coin, the P&L is the same.
 *
 * @example
 * const json = importLegsCsv({ csv: 'BTC-26JUN26-75000-C,-10\nUSDC,100000', market });
 * const portfolio = parsePortfolio(json);
 */
export function importLegsCsv({
  csv,
  market,
  asOf = market.asOf,
  cash = 0,
}: ImportLegsCsvParameters): ImportLegsCsvReturnType {
  const { rows, issues } = readLegsCsv({ csv });
  const problem = (line: number, column: string, message: string) =>
    issues.push({ line, column, message } satisfies LegsCsvIssue);
  const underliers: NonNullable<PortfolioInput['underliers']> = {};
  const positions: NonNullable<PortfolioInput['positions']> = [];
  const collateral: NonNullable<PortfolioInput['collateral']> = [];

  const useUnderlier = (name: string) => {
    const m = market.underliers[name];
    if (m) underliers[name] ??= { spot: m.spot, perpPrice: m.perpPrice, expiries: {} };
    return m;
  };

  for (const { line, instrument: name, qty, entryPrice } of rows) {
    if (COLLATERAL.test(name)) {
      const price = entryPrice ?? (STABLE.has(name) ? 1 : market.underliers[name]?.spot);
      if (price === undefined)
        problem(line, 'entryPrice', `no price for collateral ${name}: give one in USD`);
      else if (qty < 0) problem(line, 'qty', 'a collateral amount must be ≥ 0');
      else collateral.push({ asset: name, amount: qty, price });
      continue;
    }
    let instrument: Instrument;
    try {
      instrument = parseInstrumentName({ name });
    } catch (error) {
      if (!(error instanceof InstrumentNameError)) throw error;
      problem(line, 'instrument', `'${name}': ${error.problem}`);
      continue;
    }
    const { underlier } = instrument;
    const m = useUnderlier(underlier);
    if (!m) {
      problem(line, 'instrument', `${name}: the snapshot has no ${underlier} market`);
      continue;
    }
    if (instrument.kind === 'perp') {
      positions.push({
        type: 'perp',
        underlier,
        qty,
        ...(entryPrice === undefined ? {} : { entryPrice }),
      });
      continue;
    }
    const e = m.expiries[String(instrument.expiry)];
    if (!e) {
      problem(line, 'instrument', `${name}: the snapshot has no ${underlier} expiry on that day`);
      continue;
    }
    underliers[underlier]!.expiries![String(instrument.expiry)] = { forward: e.forward, rate: 0 };
    if (instrument.kind === 'future') {
      const mark = e.future ?? e.forward;
      positions.push({
        type: 'future',
        underlier,
        expiry: instrument.expiry,
        qty,
        entryPrice: entryPrice ?? mark,
      });
      continue;
    }
    const found = findOptionQuote({ market, ...instrument });
    if (!found) {
      problem(line, 'instrument', `${name}: not in the snapshot (no such strike on that expiry)`);
      continue;
    }
    const { strike, right, expiry } = instrument;
    positions.push({ type: 'option', underlier, expiry, strike, right, qty, vol: found.quote[2] });
  }
  if (issues.length) throw new LegsCsvError(issues.sort((a, b) => a.line - b.line));
  return { format: 'dcro.portfolio/1', asOf, cash, underliers, positions, collateral };
}
