import { describe, expect, test } from 'vitest';
import { upgradeRecord } from './upgradeRecord';

const steps = [
  (r: Record<string, unknown>) => ({ ...r, legs: r.positions, positions: undefined }),
  (r: Record<string, unknown>) => ({ ...r, notes: [] }),
];

describe('upgradeRecord', () => {
  test('a record of an older version runs every later step in order', () => {
    const r = upgradeRecord({ version: 1, positions: [1] }, steps);
    expect(r).toEqual({
      ok: true,
      record: { version: 3, legs: [1], positions: undefined, notes: [] },
      upgradedFrom: 1,
    });
  });

  test('a current record is returned as it is', () => {
    expect(upgradeRecord({ version: 3, legs: [] }, steps)).toEqual({
      ok: true,
      record: { version: 3, legs: [] },
    });
  });

  test('a record from a newer app, or without a version, is refused with the reason', () => {
    expect(upgradeRecord({ version: 4 }, steps)).toEqual({
      ok: false,
      problem: 'it was saved by a newer DCRO (version 4)',
    });
    expect(upgradeRecord({ legs: [] }, steps)).toMatchObject({ ok: false });
    expect(upgradeRecord('x', steps)).toMatchObject({ ok: false, problem: 'not a saved record' });
  });
});
