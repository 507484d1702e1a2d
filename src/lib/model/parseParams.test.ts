import { describe, expect, test } from 'vitest';
import { parseParams } from './parseParams';
import { ValidationError } from './ValidationError';

function problems(json: unknown): string[] {
  try {
    parseParams(json);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a ValidationError');
}

const list = [{ spot: 0.9 }, { spot: 1.1, vol: 'up' }];

describe('parseParams', () => {
  test('absent blocks take the identity (MODEL.md §8)', () => {
    const p = parseParams({ format: 'dcro.params/1', scenarios: { list } });
    expect(p.volShock).toEqual({
      mode: 'multiplicative',
      rangeUp: 0,
      rangeDown: 0,
      shortTermPower: 0,
      longTermPower: 0,
      dteFloorDays: 0,
      minVolUp: 0,
    });
    expect(p.margin).toMatchObject({ mmFactor: 1, imFactor: 1, longBase: 1, shortBase: 1 });
    expect(p.basis).toEqual({ spotUp: 1, spotDown: 1, addFactor: 0, multFactor: 0 });
    expect(p.crossUnderlier.offsetCredit).toBe(0);
    expect(p.scenarios).toEqual({
      list: [
        { spot: 0.9, vol: 'none', weight: 1 },
        { spot: 1.1, vol: 'up', weight: 1 },
      ],
    });
  });

  test('scenarios are required and are a list or generators, not both', () => {
    expect(problems({ format: 'dcro.params/1' })).toEqual(['scenarios: required']);
    expect(
      problems({
        format: 'dcro.params/1',
        scenarios: { list, grid: { range: 0.1, steps: 2 } },
      }),
    ).toEqual(['scenarios: give either list or generators (grid, tails, skew), not both']);
  });

  test('per-underlier sets must have the default set length', () => {
    expect(
      problems({
        format: 'dcro.params/1',
        scenarios: { list },
        underliers: { BTC: { scenarios: { list: [{ spot: 1 }] } } },
      }),
    ).toEqual([
      'underliers.BTC.scenarios: 1 scenarios, the default set has 2 (all sets need the same length)',
    ]);
  });

  test('offset credit outside [0, 1], a dampened move of 1, a skew off spot 1 are errors', () => {
    expect(
      problems({
        format: 'dcro.params/1',
        scenarios: { list: [{ spot: 1.1, vol: 'skew-abs' }] },
        crossUnderlier: { offsetCredit: 1.5 },
      }),
    ).toEqual(['crossUnderlier.offsetCredit: must be ≤ 1']);
    expect(
      problems({
        format: 'dcro.params/1',
        scenarios: { list: [{ spot: 1.1, vol: 'skew-abs' }] },
      }),
    ).toEqual(['scenarios.list[0].spot: a skew scenario has spot 1']);
    expect(
      problems({
        format: 'dcro.params/1',
        scenarios: { tails: { moves: [0.5, 1], c: 0.1 } },
      }),
    ).toEqual(['scenarios.tails.moves[1]: a move of 1 cannot be dampened by c/|s−1|']);
  });

  test('minKStar may be 0 (as in Derive PM2 tests), not negative', () => {
    const skew = (minKStar: number) => ({
      format: 'dcro.params/1',
      scenarios: { list },
      skewShock: { minKStar },
    });
    expect(parseParams(skew(0)).skewShock.minKStar).toBe(0);
    expect(problems(skew(-0.01))).toEqual(['skewShock.minKStar: must be ≥ 0']);
  });

  test('absurd scenario counts are refused', () => {
    expect(
      problems({ format: 'dcro.params/1', scenarios: { grid: { range: 0.2, steps: 15000 } } }),
    ).toEqual(['scenarios: 89999 scenarios, at most 20000 allowed']);
  });
});

describe('the wrong kind of file', () => {
  test('a portfolio given as a profile is one clear problem, not a list of unknown keys', () => {
    expect(problems({ format: 'dcro.portfolio/1', asOf: 1, positions: [] })).toEqual([
      'format: this is a portfolio (dcro.portfolio/1), not a risk profile (dcro.params/1)',
    ]);
  });

  test('an array or a number is not a document', () => {
    expect(problems([])).toEqual(['(root): must be a JSON object (a risk profile), got an array']);
    expect(problems(5)).toEqual(['(root): must be a JSON object (a risk profile), got a number']);
  });
});

test('a grid wider than ±100% is refused: it would shock spot below zero', () => {
  expect(
    problems({ format: 'dcro.params/1', scenarios: { grid: { range: 1.5, steps: 4 } } }),
  ).toEqual(['scenarios.grid.range: must be ≤ 1 (a wider grid gives a negative spot)']);
});
