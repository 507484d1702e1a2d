import { describe, expect, test } from 'vitest';
import { InstrumentNameError } from './InstrumentNameError';
import { parseInstrumentName } from './parseInstrumentName';

const problemOf = (name: string): string => {
  try {
    parseInstrumentName({ name });
  } catch (error) {
    expect(error).toBeInstanceOf(InstrumentNameError);
    expect((error as InstrumentNameError).message).toContain(`'${name}'`);
    return (error as InstrumentNameError).problem;
  }
  throw new Error(`${name} parsed`);
};

describe('parseInstrumentName', () => {
  test('an inverse option expires at 08:00 UTC of its day', () => {
    expect(parseInstrumentName({ name: 'BTC-26JUN26-75000-C' })).toEqual({
      kind: 'option',
      underlier: 'BTC',
      quote: undefined,
      expiry: Date.UTC(2026, 5, 26, 8) / 1000,
      strike: 75000,
      right: 'call',
    });
    expect(parseInstrumentName({ name: 'ETH-1MAY26-2300-P' })).toMatchObject({
      expiry: Date.UTC(2026, 4, 1, 8) / 1000,
      strike: 2300,
      right: 'put',
    });
  });
  test('a dated future and the perpetuals', () => {
    expect(parseInstrumentName({ name: 'ETH-27MAR26' })).toEqual({
      kind: 'future',
      underlier: 'ETH',
      quote: undefined,
      expiry: 1774598400,
    });
    expect(parseInstrumentName({ name: 'BTC-PERPETUAL' })).toEqual({
      kind: 'perp',
      underlier: 'BTC',
      quote: undefined,
    });
    expect(parseInstrumentName({ name: 'ETH-PERPETUAL' })).toMatchObject({ underlier: 'ETH' });
  });
  test('a linear option with a decimal strike written with d', () => {
    expect(parseInstrumentName({ name: 'XRP_USDC-30MAY26-0d5-C' })).toEqual({
      kind: 'option',
      underlier: 'XRP',
      quote: 'USDC',
      expiry: 1780128000,
      strike: 0.5,
      right: 'call',
    });
    expect(parseInstrumentName({ name: 'BTC_USDC-PERPETUAL' })).toMatchObject({
      kind: 'perp',
      quote: 'USDC',
    });
  });
  test('bad names say what is wrong', () => {
    expect(problemOf('')).toBe('the name is empty');
    expect(problemOf('btc-perpetual')).toBe('Deribit names are upper case');
    expect(problemOf('BTC')).toMatch(/expected 2 to 4 parts/);
    expect(problemOf('BTC-26JUN26-75000')).toMatch(/needs a strike and a right/);
    expect(problemOf('BTC-26JUNE26-75000-C')).toMatch(/not PERPETUAL or a date/);
    expect(problemOf('BTC-26JUX26-75000-C')).toBe("unknown month 'JUX' in '26JUX26'");
    expect(problemOf('BTC-31APR26')).toBe('day 31 does not exist in APR 2026');
    expect(problemOf('BTC-26JUN26-75,000-C')).toMatch(/strike '75,000' is not a number/);
    expect(problemOf('BTC-26JUN26-75000-X')).toBe("right 'X' must be C or P");
    expect(problemOf(' BTC-PERPETUAL')).toMatch(/spaces/);
    expect(problemOf('B-TC-26JUN26-1-C-X')).toMatch(/found 6/);
    expect(problemOf('1BTC-PERPETUAL')).toMatch(/not a currency/);
  });
});
