import { expect, test } from 'vitest';
import { randomBook } from '../../../tests/support/randomBook';
import { loadProfile } from '../model/profiles';
import { resolveScenarioSets } from '../model/resolveScenarioSets';
import { computeMargin } from './computeMargin';
import { encodeBook } from './encodeBook';
import { loadCoreNode } from './loadCoreNode';
import { finalizeShards, runShard, shardRanges } from './shards';

test('any number of scenario shards, merged in order, gives the one-pass result bit for bit', async () => {
  const portfolio = randomBook(80, 11);
  portfolio.positions.push({
    type: 'perp',
    underlier: 'BTC',
    qty: -1.5,
    unrealizedPnl: 40,
    unrealizedFunding: 0,
  });
  const params = loadProfile('deribit-pm-like');
  const { n, sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
  const book = encodeBook({ portfolio, params, scenarioSets: sets, n });
  const whole = computeMargin({ portfolio, params, core: await loadCoreNode() });
  const { hashes: _, ...expected } = whole;
  for (const parts of [1, 2, 3, 7]) {
    const shards = [];
    for (const [k0, k1] of shardRanges(n, parts))
      shards.push(runShard(await loadCoreNode(), book, k0, k1));
    const merged = finalizeShards(await loadCoreNode(), book, shards.reverse());
    expect(JSON.stringify(merged)).toBe(JSON.stringify(expected));
  }
});

test('shards that miss a scenario are refused', async () => {
  const portfolio = randomBook(5, 2);
  const params = loadProfile('span-like');
  const { n, sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
  const book = encodeBook({ portfolio, params, scenarioSets: sets, n });
  const shard = runShard(await loadCoreNode(), book, 0, n - 1);
  const core = await loadCoreNode();
  expect(() => finalizeShards(core, book, [shard])).toThrow(/do not cover/);
});
