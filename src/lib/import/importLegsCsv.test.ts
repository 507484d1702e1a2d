import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePortfolio } from '../model/parsePortfolio';
import { LegsCsvError } from './LegsCsvError';
import type { MarketSnapshot } from './MarketSnapshot';
import { importLegsCsv } from './importLegsCsv';

const market = JSON.parse(
  readFileSync(new URL('../../../static/market/deribit-20260415.json', import.meta.url), 'utf8'),
) as MarketSnapshot;
const JUN26 = 1782460800;

const issuesOf = (csv: string): string[] => {
  try {
    importLegsCsv({ csv, market });
  } catch (error) {
    expect(error).toBeInstanceOf(LegsCsvError);
    return (error as LegsCsvError).issues.map((i) => `line ${i.line}: ${i.column}: ${i.message}`);
  }
  throw new Error('imported');
};

describe('importLegsCsv', () => {
  test('fills spot, forwards and mark IVs from the snapshot', () => {
    const json = importLegsCsv({
      csv: [
        '# a bull call spread, hedged',
        'instrument,qty,entryPrice',
        '',
        'BTC-26JUN26-75000-C, 10',
        'BTC-26JUN26-80000-C,-10',
        'BTC-PERPETUAL,-3.5,74100',
        'BTC-26JUN26,-1',
        'USDC,250000',
        'BTC,1.5',
      ].join('\r\n'),
      market,
    });
    expect(json).toEqual({
      format: 'dcro.portfolio/1',
      asOf: 1776248687,
      cash: 0,
      underliers: {
        BTC: {
          spot: 74029.81,
          perpPrice: 74012.5,
          expiries: { [JUN26]: { forward: 74304.69, rate: 0 } },
        },
      },
      positions: [
        {
          type: 'option',
          underlier: 'BTC',
          expiry: JUN26,
          strike: 75000,
          right: 'call',
          qty: 10,
          vol: 0.424,
        },
        {
          type: 'option',
          underlier: 'BTC',
          expiry: JUN26,
          strike: 80000,
          right: 'call',
          qty: -10,
          vol: 0.4127,
        },
        { type: 'perp', underlier: 'BTC', qty: -3.5, entryPrice: 74100 },
        { type: 'future', underlier: 'BTC', expiry: JUN26, qty: -1, entryPrice: 74304.69 },
      ],
      collateral: [
        { asset: 'USDC', amount: 250000, price: 1 },
        { asset: 'BTC', amount: 1.5, price: 74029.81 },
      ],
    });
    const portfolio = parsePortfolio(json);
    expect(portfolio.positions[2]).toMatchObject({ unrealizedPnl: -3.5 * (74012.5 - 74100) });
  });

  test('works without a header, with a header in another order, and with a later asOf', () => {
    const a = importLegsCsv({ csv: 'ETH-26JUN26-2400-P,-20\n', market });
    const b = importLegsCsv({
      csv: 'qty,instrument\n-20,ETH-26JUN26-2400-P',
      market,
      asOf: 1777000000,
      cash: -500,
    });
    expect(a.positions).toEqual(b.positions);
    expect(b).toMatchObject({ asOf: 1777000000, cash: -500 });
    expect(a.positions![0]).toMatchObject({ strike: 2400, right: 'put', vol: 0.6346 });
  });

  test('names the line and column of every problem', () => {
    expect(
      issuesOf(
        [
          'instrument,qty',
          'BTC-26JUN26-75000-C,ten',
          'BTC-26JUN26-75000-C',
          'BTC-26JUNE26-75000-C,1',
          'BTC-26JUN26-75500-C,1',
          'SOL-PERPETUAL,1',
          'BTC-27JUN26,1',
          'SOL,10',
          'USDC,-5',
          'BTC-PERPETUAL,1,2,3',
          'BTC-PERPETUAL,1e16',
        ].join('\n'),
      ),
    ).toEqual([
      "line 2: qty: not a number ('ten')",
      'line 3: qty: missing',
      "line 4: instrument: 'BTC-26JUNE26-75000-C': '26JUNE26' is not PERPETUAL or a date like 26JUN26",
      'line 5: instrument: BTC-26JUN26-75500-C: not in the snapshot (no such strike on that expiry)',
      'line 6: instrument: SOL-PERPETUAL: the snapshot has no SOL market',
      'line 7: instrument: BTC-27JUN26: the snapshot has no BTC expiry on that day',
      'line 8: entryPrice: no price for collateral SOL: give one in USD',
      'line 9: qty: a collateral amount must be ≥ 0',
      'line 10: qty: 4 fields, expected at most 2',
      'line 11: qty: 1e16 is larger than 1e15 in size',
    ]);
  });

  test('a header with an unknown column is an error', () => {
    expect(issuesOf('instrument,size\nBTC-PERPETUAL,1')).toEqual([
      "line 1: header: unknown column 'size' (use instrument,qty,entryPrice)",
    ]);
  });

  test('the error message lists the problems for a CLI', () => {
    expect(() => importLegsCsv({ csv: 'BTC-PERPETUAL,x', market })).toThrow(
      /line 1: qty: not a number/,
    );
  });

  test('an empty file is an empty, valid book', () => {
    const json = importLegsCsv({ csv: '# nothing yet\n', market });
    expect(parsePortfolio(json).positions).toEqual([]);
  });
});
