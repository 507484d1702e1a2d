/**
 * The seed of a random test: `DCRO_SEED` when set (to replay a failure or explore other cases),
 * else the test's own fixed default, so a run is repeatable.
 *
 * @example
 * const seed = testSeed(20261201);
 */
export function testSeed(fallback: number): number {
  const given = process.env.DCRO_SEED;
  if (given === undefined || given === '') return fallback;
  const seed = Number(given);
  if (!Number.isSafeInteger(seed))
    throw new RangeError(`DCRO_SEED must be an integer, got ${given}`);
  return seed;
}

/**
 * Runs `check` (a random test driven by `seed`) and, when it fails, puts the seed and the command
 * that replays it at the head of the failure message.
 *
 * @example
 * withSeed(testSeed(7), (seed) => fc.assert(property, { seed }));
 */
export function withSeed(seed: number, check: (seed: number) => void): void {
  try {
    check(seed);
  } catch (error) {
    if (error instanceof Error)
      error.message = `random test failed with seed ${seed} (replay: DCRO_SEED=${seed} npx vitest run <file>)\n${error.message}`;
    throw error;
  }
}
