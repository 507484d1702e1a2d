import { describe, expect, test } from 'vitest';
import { formatInstrumentName } from './formatInstrumentName';
import { parseInstrumentName } from './parseInstrumentName';

describe('formatInstrumentName', () => {
  test('round-trips every kind of name', () => {
    for (const name of [
      'BTC-26JUN26-75000-C',
      'ETH-1MAY26-2300-P',
      'ETH-27MAR26',
      'BTC-PERPETUAL',
      'XRP_USDC-30MAY26-0d5-C',
      'BTC_USDC-PERPETUAL',
    ])
      expect(formatInstrumentName({ instrument: parseInstrumentName({ name }) })).toBe(name);
  });
  test('refuses an expiry that is not 08:00 UTC', () => {
    expect(() =>
      formatInstrumentName({
        instrument: { kind: 'future', underlier: 'BTC', quote: undefined, expiry: 1782460801 },
      }),
    ).toThrow(/not 08:00:00 UTC/);
  });
  test('refuses a strike that needs an exponent', () => {
    expect(() =>
      formatInstrumentName({
        instrument: {
          kind: 'option',
          underlier: 'PEPE',
          quote: 'USDC',
          expiry: 1782460800,
          strike: 1e-7,
          right: 'call',
        },
      }),
    ).toThrow(/cannot be written/);
  });
});
