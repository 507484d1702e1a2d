import { describe, expect, test } from 'vitest';
import { diffParams } from './diffParams';
import { setAt } from './jsonPath';

describe('diffParams', () => {
  test('names each changed leaf with both values, arrays as one value', () => {
    const shipped = { scenarios: { grid: { range: 0.2, volStates: ['down', 'up'] } }, name: 'x' };
    let edited = setAt(shipped, ['scenarios', 'grid', 'range'], 0.25);
    edited = setAt(edited, ['scenarios', 'grid', 'volStates'], ['up']);
    edited = setAt(edited, ['name'], 'y');
    expect(diffParams(shipped, edited)).toEqual([
      { path: 'scenarios.grid.range', shipped: 0.2, edited: 0.25 },
      { path: 'scenarios.grid.volStates', shipped: ['down', 'up'], edited: ['up'] },
    ]);
  });
  test('setAt leaves the original untouched', () => {
    const doc = { a: { b: 1 } };
    setAt(doc, ['a', 'b'], 2);
    expect(doc.a.b).toBe(1);
  });
});
