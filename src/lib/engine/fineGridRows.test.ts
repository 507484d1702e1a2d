import { expect, test } from 'vitest';
import { randomBook } from '../../../tests/support/randomBook';
import { loadProfile } from '../model/profiles';
import { evaluateBook } from './evaluateBook';
import { fineGridParams } from './fineGridParams';
import { fineGridRows } from './fineGridRows';
import { loadCoreNode } from './loadCoreNode';

test('each grid row equals a full evaluation under that row’s parameters, bit for bit', async () => {
  const core = await loadCoreNode();
  const portfolio = randomBook(30, 4);
  const params = loadProfile('derive-pm2');
  const spots = [0.5, 0.8, 1, 1.25, 1.5];
  const volShifts = [-0.2, 0, 0.1];
  const grid = fineGridRows({ portfolio, params, spots, volShifts, v0: 1, v1: 3, core });
  for (let v = 1; v < 3; v++) {
    const full = evaluateBook({
      portfolio,
      params: fineGridParams(params, spots, volShifts[v]!),
      core,
    });
    for (const name of ['BTC', 'ETH', 'joint'])
      expect(Array.from(grid[name]!.subarray((v - 1) * 5, v * 5))).toEqual(full.scenarioPnl[name]);
  }
  expect(grid.joint![0]).not.toBe(grid.joint![5]); // the vol shift matters
});
