import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePortfolio } from '../model/parsePortfolio';
import type { Portfolio } from '../model/types';
import type { MarketSnapshot } from './MarketSnapshot';
import { importLegsCsv } from './importLegsCsv';
import { portfolioToCsv } from './portfolioToCsv';

const market = JSON.parse(
  readFileSync(new URL('../../../static/market/deribit-20260415.json', import.meta.url), 'utf8'),
) as MarketSnapshot;

const book = (csv: string, cash = 0): Portfolio =>
  parsePortfolio(importLegsCsv({ csv, market, cash }));

describe('portfolioToCsv', () => {
  test('writes names, quantities, future and perp entries, and collateral', () => {
    const portfolio = book(
      'ETH-26JUN26-2400-P,-20\nETH-PERPETUAL,5,2300\nETH-26JUN26,-3,2330\nUSDC,1000\nETH,2',
    );
    expect(portfolioToCsv({ portfolio })).toBe(
      [
        'instrument,qty,entryPrice',
        'ETH-26JUN26-2400-P,-20,',
        'ETH-PERPETUAL,5,2300',
        'ETH-26JUN26,-3,2330',
        'USDC,1000,',
        'ETH,2,2315.55',
        '',
      ].join('\n'),
    );
  });

  test('a book survives export and re-import against the same snapshot', () => {
    const csv = readFileSync(
      new URL('../../../static/books/mm-delta-hedged.csv', import.meta.url),
      'utf8',
    );
    const portfolio = book(csv);
    const again = book(portfolioToCsv({ portfolio }));
    expect(again.collateral).toEqual(portfolio.collateral);
    expect(again.underliers).toEqual(portfolio.underliers);
    // Perp entries are rebuilt from the P&L, exact up to rounding.
    again.positions.forEach((p, i) => {
      const q = portfolio.positions[i]!;
      if (p.type === 'perp' && q.type === 'perp')
        expect(p.unrealizedPnl).toBeCloseTo(q.unrealizedPnl, 6);
      else expect(p).toEqual(q);
    });
  });

  test('cash and funding, which a CSV cannot carry, become comments', () => {
    const portfolio = book('BTC-PERPETUAL,1', 250);
    const perp = portfolio.positions[0]!;
    if (perp.type !== 'perp') throw new Error('expected a perp');
    portfolio.positions[0] = { ...perp, unrealizedFunding: 3 };
    const csv = portfolioToCsv({ portfolio });
    expect(csv).toContain('# cash 250');
    expect(csv).toContain('# positions[0] BTC-PERPETUAL: unrealizedFunding 3 not exported');
    expect(importLegsCsv({ csv, market }).positions).toHaveLength(1);
  });
});
