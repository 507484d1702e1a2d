import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePortfolio } from '../model/parsePortfolio';
import type { MarketSnapshot } from './MarketSnapshot';
import { importLegsCsv } from './importLegsCsv';

// The demo books shipped in static/books (scripts/build-books.ts): each must be a valid
// dcro.portfolio/1 and exactly what its legs CSV imports to against the shipped snapshot.
const read = (path: string) =>
  readFileSync(new URL(`../../../static/${path}`, import.meta.url), 'utf8');
const market = JSON.parse(read('market/deribit-20260415.json')) as MarketSnapshot;
const index = JSON.parse(read('books/index.json')) as {
  format: string;
  books: { id: string; title: string; description: string; source: string; legs: number }[];
};

describe('demo books', () => {
  test('the index lists the four books with their source', () => {
    expect(index.format).toBe('dcro.books/1');
    expect(index.books.map((b) => b.id)).toEqual([
      'mm-delta-hedged',
      'lp-short-vol',
      'retail-directional',
      'covered-call',
    ]);
    for (const b of index.books) expect(b.source).toContain(market.source.capturedAt);
  });

  test.each(index.books.map((b) => b.id))('%s is valid and is its CSV imported', (id) => {
    const json = JSON.parse(read(`books/${id}.json`)) as unknown;
    const portfolio = parsePortfolio(json);
    expect(portfolio.asOf).toBe(market.asOf);
    expect(portfolio.positions.length).toBe(index.books.find((b) => b.id === id)!.legs);
    expect(importLegsCsv({ csv: read(`books/${id}.csv`), market })).toEqual(json);
  });

  test('the market maker holds 100–200 legs on BTC and ETH with coin and USDC collateral', () => {
    const mm = parsePortfolio(JSON.parse(read('books/mm-delta-hedged.json')));
    expect(mm.positions.length).toBeGreaterThanOrEqual(100);
    expect(mm.positions.length).toBeLessThanOrEqual(200);
    expect(new Set(mm.positions.map((p) => p.type))).toEqual(new Set(['option', 'perp', 'future']));
    expect(mm.collateral.map((c) => c.asset).sort()).toEqual(['BTC', 'ETH', 'USDC']);
  });
});
