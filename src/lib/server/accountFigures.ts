import type { Address, Hex } from 'viem';
import { computeMargin } from '../engine/computeMargin';
import type { CoreExports } from '../engine/CoreExports';
import type { MarginResult, Portfolio } from '../model/types';
import { bindingScenario, type BindingScenario } from './bindingScenario';
import { profileForParamsHash } from '../chain/profileForParamsHash';

/** An account's margin as the engine computes it: portfolio, core result and binding scenario. */
export type AccountFigures = {
  account: Address;
  /** The `dcro.params/1` profile whose hash is active on chain. */
  profile: string;
  portfolio: Portfolio;
  margin: MarginResult;
  binding: BindingScenario;
};

export type AccountFiguresParameters = {
  core: CoreExports;
  account: Address;
  portfolio: Portfolio;
  /** `DcroRiskParams.activeParamsHash()`: selects the parameter profile. */
  paramsHash: Hex;
};

/**
 * The margin of `portfolio` under the profile of `paramsHash`, with the Wasm core.
 *
 * @example
 * const figures = accountFigures({ core, account, portfolio, paramsHash });
 * figures.margin.initialHeadroom; figures.binding.label;
 */
export function accountFigures({
  core,
  account,
  portfolio,
  paramsHash,
}: AccountFiguresParameters): AccountFigures {
  const { name, params } = profileForParamsHash(paramsHash);
  const margin = computeMargin({ portfolio, params, core });
  return {
    account,
    profile: name,
    portfolio,
    margin,
    binding: bindingScenario({ result: margin, params, portfolio }),
  };
}
