import { describe, expect, test } from 'vitest';
import { OptionMarks } from './OptionMarks';
import type { Position } from './types';

const call = (vol: number, volConfidence = 1): Position => ({
  type: 'option',
  underlier: 'ETH',
  expiry: 1776931200,
  strike: 2400,
  right: 'call',
  qty: 1,
  vol,
  volConfidence,
});

describe('OptionMarks', () => {
  test('a second position in the same option with another vol names the first', () => {
    const marks = OptionMarks.empty();
    expect(marks.add(call(0.6), 0)).toBeUndefined();
    expect(marks.add(call(0.6), 1)).toBeUndefined();
    expect(marks.add(call(0.61), 2)).toBe(0);
    expect(marks.add(call(0.6, 0.9), 3)).toBe(0);
  });

  test('the put at the same strike is another instrument', () => {
    const marks = OptionMarks.empty();
    marks.add(call(0.6), 0);
    expect(marks.add({ ...call(0.7), right: 'put' } as Position, 1)).toBeUndefined();
  });

  test('a copy checks more legs without changing the original', () => {
    const book = OptionMarks.empty();
    const perp: Position = {
      type: 'perp',
      underlier: 'ETH',
      qty: 1,
      unrealizedPnl: 0,
      unrealizedFunding: 0,
    };
    expect(book.add(perp, 0)).toBeUndefined();
    const legs = book.copy();
    expect(legs.add(call(0.5), 5)).toBeUndefined();
    expect(book.add(call(0.9), 1)).toBeUndefined();
  });
});
