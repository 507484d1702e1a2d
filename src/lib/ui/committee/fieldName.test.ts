import { describe, expect, test } from 'vitest';
import { fieldForIssue, fieldName } from './fieldName';

describe('fieldName', () => {
  test('the default set and an underlier set drop their scenarios prefix', () => {
    expect(fieldName('scenarios.grid.range')).toBe('grid.range');
    expect(fieldName('underliers.BTC.scenarios.tails.c')).toBe('underliers.BTC.tails.c');
    expect(fieldName('volShock.rangeUp')).toBe('volShock.rangeUp');
  });
  test('an issue inside a list belongs to the list field', () => {
    expect(fieldForIssue('scenarios.tails.moves[3]', ['tails.moves', 'tails.c'])).toBe(
      'tails.moves',
    );
    expect(fieldForIssue('scenarios.tails', ['tails.moves'])).toBeUndefined();
  });
});
