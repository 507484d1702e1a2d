import type { MarginResult, Params, Portfolio } from '../model/types';
import { checkCompatible } from '../model/checkCompatible';
import { resolveScenarioSets } from '../model/resolveScenarioSets';
import type { CoreExports } from './CoreExports';
import { checkStatus } from './checkStatus';
import { encodeBook } from './encodeBook';
import { hashInputs } from './hashInputs';
import { loadBook } from './loadBook';
import { readResult } from './readResult';

export type ComputeMarginParameters = {
  portfolio: Portfolio;
  params: Params;
  /** A core instance (loadCoreNode() in Node, a worker's instance in the browser). */
  core: CoreExports;
};

/**
 * The margin of a validated portfolio under a validated profile (MODEL.md §7, result of §8),
 * computed entirely in the Wasm core, in one pass over all scenarios.
 *
 * @example
 * const core = await loadCoreNode();
 * const result = computeMargin({ portfolio, params: loadProfile('dcro-default'), core });
 * result.initialMargin;
 */
export function computeMargin({ portfolio, params, core }: ComputeMarginParameters): MarginResult {
  checkCompatible(portfolio, params);
  const { n, sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
  const book = encodeBook({ portfolio, params, scenarioSets: sets, n });
  loadBook(core, book);
  checkStatus(core.runScenarios(0, n), core, book, 'runScenarios');
  checkStatus(core.finalize(), core, book, 'finalize');
  return { ...readResult(core, book), hashes: hashInputs(portfolio, params) };
}
