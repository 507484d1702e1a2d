import type { MarginResult, Params, Portfolio } from '../model/types';
import type { CoreExports } from './CoreExports';
import { evaluateBook } from './evaluateBook';
import { hashInputs } from './hashInputs';

export type ComputeMarginParameters = {
  portfolio: Portfolio;
  params: Params;
  /** A core instance (loadCoreNode() in Node, a worker's instance in the browser). */
  core: CoreExports;
};

/**
 * The margin of a validated portfolio under a validated profile (MODEL.md §7, result of §8),
 * computed entirely in the Wasm core, in one pass over all scenarios, with the input hashes.
 *
 * @example
 * const core = await loadCoreNode();
 * const result = computeMargin({ portfolio, params: loadProfile('dcro-default'), core });
 * result.initialMargin;
 */
export function computeMargin({ portfolio, params, core }: ComputeMarginParameters): MarginResult {
  return { ...evaluateBook({ portfolio, params, core }), hashes: hashInputs(portfolio, params) };
}
