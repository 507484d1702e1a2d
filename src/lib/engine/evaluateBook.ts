import type { MarginResult, Params, Portfolio } from '../model/types';
import { checkCompatible } from '../model/checkCompatible';
import { resolveScenarioSets } from '../model/resolveScenarioSets';
import type { CoreExports } from './CoreExports';
import { checkStatus } from './checkStatus';
import { encodeBook } from './encodeBook';
import { loadBook } from './loadBook';
import { readResult } from './readResult';

export type EvaluateBookParameters = { portfolio: Portfolio; params: Params; core: CoreExports };

/**
 * The margin of a validated book, all scenarios in one pass, without the input hashes (hashing
 * a large book costs milliseconds; exploratory grids do not need it). `computeMargin` adds them.
 *
 * @example
 * evaluateBook({ portfolio, params, core }).scenarioPnl.joint;
 */
export function evaluateBook({
  portfolio,
  params,
  core,
}: EvaluateBookParameters): Omit<MarginResult, 'hashes'> {
  checkCompatible(portfolio, params);
  const { n, sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
  const book = encodeBook({ portfolio, params, scenarioSets: sets, n });
  loadBook(core, book);
  checkStatus(core.runScenarios(0, n), core, book, 'runScenarios');
  checkStatus(core.finalize(), core, book, 'finalize');
  return readResult(core, book);
}
