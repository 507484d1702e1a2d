import { describe, expect, test } from 'vitest';
import { readLegsCsv } from './readLegsCsv';

describe('readLegsCsv', () => {
  test('skips comments and blank lines and keeps 1-based line numbers', () => {
    expect(readLegsCsv({ csv: '# legs\n\ninstrument,qty\n BTC-PERPETUAL , -2.5 \n' })).toEqual({
      rows: [{ line: 4, instrument: 'BTC-PERPETUAL', qty: -2.5 }],
      issues: [],
    });
  });
  test('reads an entry price and quoted cells', () => {
    expect(readLegsCsv({ csv: '"ETH-26JUN26","3","2330.5"' }).rows).toEqual([
      { line: 1, instrument: 'ETH-26JUN26', qty: 3, entryPrice: 2330.5 },
    ]);
  });
  test('refuses what Number() would let through', () => {
    const { issues } = readLegsCsv({ csv: 'A,0x10\nA,Infinity\nA, \nA,1,-5' });
    expect(issues.map((i) => `${i.line} ${i.column} ${i.message}`)).toEqual([
      "1 qty not a number ('0x10')",
      "2 qty not a number ('Infinity')",
      '3 qty missing',
      '4 entryPrice must be ≥ 0',
    ]);
  });
  test('a header needs a qty column', () => {
    expect(readLegsCsv({ csv: 'instrument,entryPrice\n' }).issues).toEqual([
      { line: 1, column: 'header', message: 'no qty column' },
    ]);
  });
});
