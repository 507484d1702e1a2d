import { afterEach, expect, test } from 'vitest';
import { testSeed, withSeed } from './seeded';

afterEach(() => {
  delete process.env.DCRO_SEED;
});

test('a random test uses its own seed unless DCRO_SEED replays another', () => {
  expect(testSeed(42)).toBe(42);
  process.env.DCRO_SEED = '-17';
  expect(testSeed(42)).toBe(-17);
  process.env.DCRO_SEED = 'soon';
  expect(() => testSeed(42)).toThrow(/DCRO_SEED must be an integer/);
});

test('a failing random test prints its seed and how to replay it', () => {
  expect(() =>
    withSeed(99, (seed) => {
      throw new Error(`case ${seed} broke`);
    }),
  ).toThrow(/^random test failed with seed 99 \(replay: DCRO_SEED=99 .*\)\ncase 99 broke$/);
  let seen = 0;
  withSeed(5, (seed) => (seen = seed));
  expect(seen).toBe(5);
});
