import { describe, expect, test } from 'vitest';
import { fromUnits, toAttestedFigures, toFixed } from './fixedPoint';

describe('fixedPoint', () => {
  test('fromUnits reads chain integers exactly as their decimal value', () => {
    expect(fromUnits(-1_500_250_000n, 6)).toBe(-1500.25);
    expect(fromUnits(2315_550000000000000000n, 18)).toBe(2315.55);
    expect(fromUnits(0n, 8)).toBe(0);
  });

  test('toFixed rounds the exact binary value in the stated direction', () => {
    expect(toFixed(0.1, 18, 'down')).toBe(100000000000000005n);
    expect(toFixed(0.1, 18, 'up')).toBe(100000000000000006n);
    expect(toFixed(-0.1, 18, 'down')).toBe(-100000000000000006n);
    expect(toFixed(-0.1, 18, 'up')).toBe(-100000000000000005n);
    expect(toFixed(1500.5, 18, 'up')).toBe(1500_500000000000000000n);
    expect(toFixed(2 ** 60, 0, 'down')).toBe(2n ** 60n);
    expect(toFixed(5e-324, 18, 'up')).toBe(1n);
    expect(toFixed(5e-324, 18, 'down')).toBe(0n);
  });

  test('toFixed agrees with the decimal expansion on random values', () => {
    for (let i = 0; i < 200; i++) {
      const x = (Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 12);
      const down = toFixed(x, 18, 'down');
      const up = toFixed(x, 18, 'up');
      expect(up - down === 0n || up - down === 1n).toBe(true);
      expect(Math.abs(Number(down) / 1e18 - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-15 + 1e-18);
    }
  });

  test('attested figures round equity down and margins up, never negative margins', () => {
    expect(toAttestedFigures({ equity: 0.1, initialMargin: 0.1, maintenanceMargin: -3 })).toEqual({
      equity: 100000000000000005n,
      initialMargin: 100000000000000006n,
      maintenanceMargin: 0n,
    });
  });

  test('non-finite figures are refused', () => {
    expect(() => toFixed(Number.NaN, 18, 'down')).toThrow(/non-finite|Cannot convert/);
  });
});
