import type { Hex } from 'viem';
import { hashParams } from '../engine/hashInputs';
import { BaseError } from '../errors/BaseError';
import { loadProfile, profileNames, type ProfileName } from '../model/profiles';
import type { Params } from '../model/types';

let byHash: Map<string, { name: ProfileName; params: Params }> | undefined;

/**
 * The shipped profile whose hash (hashParams) is the chain's active parameter hash. The engine
 * signs, and the app margins an account, only under the parameters the risk committee activated;
 * both look them up here, so they cannot disagree. Browser-safe.
 *
 * @example
 * profileForParamsHash(await riskParams.read.activeParamsHash()).name; // 'dcro-default'
 */
export function profileForParamsHash(hash: Hex): { name: ProfileName; params: Params } {
  byHash ??= new Map(
    profileNames.map((name) => {
      const params = loadProfile(name);
      return [hashParams(params).toLowerCase(), { name, params }];
    }),
  );
  const found = byHash.get(hash.toLowerCase());
  if (!found)
    throw new BaseError('The chain’s active risk parameters are not a profile this build knows.', {
      code: 'UNKNOWN_PARAMS',
      details: [`activeParamsHash ${hash}`],
      metaMessages: [`Known profiles: ${profileNames.join(', ')}. Upgrade DCRO.`],
    });
  return found;
}
