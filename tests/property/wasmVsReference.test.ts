import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CoreExports } from '../../src/lib/engine/CoreExports';
import { computeMargin } from '../../src/lib/engine/computeMargin';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import { parseParams } from '../../src/lib/model/parseParams';
import { parsePortfolio } from '../../src/lib/model/parsePortfolio';
import { loadProfile, profileNames } from '../../src/lib/model/profiles';
import type { Params } from '../../src/lib/model/types';
import { scenarioListsFor } from '../reference/expandScenarios';
import { referenceMargin } from '../reference/referenceMargin';
import { testSeed, withSeed } from '../support/seeded';
import { compareResults, moneyScale } from './compareResults';
import { edgeBooks } from './edgeBooks';
import { paramsJsonArbitrary } from './paramsArbitrary';
import { portfolioJsonArbitrary } from './portfolioArbitrary';

let core: CoreExports;
beforeAll(async () => {
  core = await loadCoreNode();
});

/** A generated book with either a shipped profile or random custom parameters. */
const caseArbitrary = portfolioJsonArbitrary.chain((portfolioJson) => {
  const names = Object.keys(portfolioJson.underliers);
  const params = fc.oneof(
    fc.constantFrom(...profileNames).map((name) => ({ profile: name as string, json: undefined })),
    paramsJsonArbitrary(names).map((json) => ({ profile: undefined, json: json as unknown })),
  );
  return fc.record({ portfolioJson: fc.constant(portfolioJson), params });
});

function disagreements(portfolioJson: unknown, p: { profile?: string; json?: unknown }) {
  const portfolio = parsePortfolio(portfolioJson);
  const params: Params = p.profile ? loadProfile(p.profile) : parseParams(p.json);
  const wasm = computeMargin({ portfolio, params, core });
  const ref = referenceMargin({ portfolio, params });
  const lists = Object.values(scenarioListsFor(params, Object.keys(portfolio.underliers)));
  return compareResults(portfolio, wasm, ref, moneyScale(portfolio, lists));
}

describe('the Wasm core against the TypeScript reference', () => {
  test.each(edgeBooks)('every output field agrees on $name', ({ portfolio, profile, params }) => {
    const found = disagreements(portfolio, { profile, json: params });
    expect(found, JSON.stringify(found.slice(0, 5))).toEqual([]);
  });

  test('every output field agrees on random books under shipped and custom profiles', () => {
    withSeed(testSeed(20261201), (seed) =>
      fc.assert(
        fc.property(caseArbitrary, ({ portfolioJson, params }) => {
          const found = disagreements(portfolioJson, params);
          expect(found, JSON.stringify(found.slice(0, 5))).toEqual([]);
        }),
        { seed, numRuns: Number(process.env.DCRO_PROPERTY_RUNS ?? 1500) },
      ),
    );
  });
});
