import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ValidationError } from '../model/ValidationError';
import { parseMarketSnapshot } from './parseMarketSnapshot';

const shipped = JSON.parse(
  readFileSync(new URL('../../../static/market/deribit-20260415.json', import.meta.url), 'utf8'),
) as { underliers: { BTC: { expiries: Record<string, { options: unknown[][] }> } } };

describe('parseMarketSnapshot', () => {
  test('accepts the shipped snapshot as it is', () => {
    expect(parseMarketSnapshot(shipped)).toEqual(shipped);
  });
  test('names the path of a bad quote', () => {
    const bad = structuredClone(shipped);
    bad.underliers.BTC.expiries['1782460800']!.options[3]![2] = -0.4;
    expect(() => parseMarketSnapshot(bad)).toThrow(ValidationError);
    expect(() => parseMarketSnapshot(bad)).toThrow(
      /underliers\.BTC\.expiries\.1782460800\.options\[3\]/,
    );
  });
});
