import { describe, expect, test } from 'vitest';
import { worstCell } from './worstCell';

describe('worstCell', () => {
  test('the lowest P&L is worst and a tie goes to the lower index', () => {
    expect(
      worstCell([
        { k: 2, pnl: -3 },
        { k: 0, pnl: -9 },
        { k: 1, pnl: -9 },
      ]),
    ).toBe(0);
  });
  test('the basis contingency wins a tie with a scenario', () => {
    expect(worstCell([{ k: 0, pnl: -9 }], -9)).toBe('basis');
    expect(worstCell([{ k: 0, pnl: -9 }], -1)).toBe(0);
  });
  test('no finite figure gives null', () => {
    expect(worstCell([{ k: 0, pnl: NaN }])).toBeNull();
  });
});
