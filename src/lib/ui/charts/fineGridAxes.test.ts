import { describe, expect, test } from 'vitest';
import { fineSpots, fineVolShifts, formatVolShift } from './fineGridAxes';

describe('fine grid axes', () => {
  test('41 spot moves from −50% to +50% and 21 vol shifts from −20 to +20 points, 0 in the middle', () => {
    const spots = fineSpots();
    expect([spots.length, spots[0], spots[20], spots[40]]).toEqual([41, 0.5, 1, 1.5]);
    const vols = fineVolShifts();
    expect([vols.length, vols[0], vols[10], vols[20]]).toEqual([21, -0.2, 0, 0.2]);
  });
  test('vol shifts read as signed vol points', () => {
    expect(formatVolShift(0.04)).toBe('+4 vol pts');
    expect(formatVolShift(-0.2)).toBe('−20 vol pts');
  });
});
