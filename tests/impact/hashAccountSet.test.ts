import { keccak256, stringToBytes } from 'viem';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../src/lib/engine/canonicalJson';
import { hashAccountSet } from '../../src/lib/impact/hashAccountSet';
import { syntheticScan } from '../scan/fixtures';

describe('hashAccountSet', () => {
  test('is keccak256 of canonicalJson({market, accounts}), across chunk boundaries and when empty', async () => {
    for (const count of [0, 1, 2_000, 4_001]) {
      const { market, accounts } = syntheticScan(count, 3, count + 1);
      expect(await hashAccountSet(market, accounts), `${count} accounts`).toBe(
        keccak256(stringToBytes(canonicalJson({ market, accounts }))),
      );
    }
  });
});
