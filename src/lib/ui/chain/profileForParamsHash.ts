import { keccak256, stringToBytes, type Hex } from 'viem';
import { canonicalJson } from '../../engine/canonicalJson';
import { BaseError } from '../../errors/BaseError';
import { loadProfile, profileNames, type ProfileName } from '../../model/profiles';
import type { Params } from '../../model/types';

let byHash: Map<string, { name: ProfileName; params: Params }> | undefined;

/**
 * The shipped profile whose hash is the chain's active parameter hash (keccak256 of its canonical
 * JSON, as the engine's `paramsForHash` computes it; the app does not import server code). The
 * browser must margin an account under exactly the parameters the engine will sign with.
 *
 * @example
 * profileForParamsHash(read.paramsHash).name; // 'dcro-default'
 */
export function profileForParamsHash(hash: Hex): { name: ProfileName; params: Params } {
  byHash ??= new Map(
    profileNames.map((name) => {
      const params = loadProfile(name);
      return [keccak256(stringToBytes(canonicalJson(params))), { name, params }];
    }),
  );
  const found = byHash.get(hash.toLowerCase());
  if (!found)
    throw new BaseError('The chain’s active risk parameters are not a profile this app knows.', {
      code: 'UNKNOWN_PARAMS',
      details: [`activeParamsHash ${hash}`],
      metaMessages: [`Known profiles: ${profileNames.join(', ')}. Update the app.`],
    });
  return found;
}
