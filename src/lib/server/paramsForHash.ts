import { keccak256, stringToBytes, type Hex } from 'viem';
import { canonicalJson } from '../engine/canonicalJson';
import { BaseError } from '../errors/BaseError';
import { loadProfile, profileNames } from '../model/profiles';
import type { Params } from '../model/types';

let byHash: Map<Hex, { name: string; params: Params }> | undefined;

/**
 * The shipped profile whose hash (keccak256 of its canonical JSON, hashInputs.ts) is the chain's
 * active parameter hash. The engine signs only with the parameters the risk committee activated.
 *
 * @example
 * paramsForHash(await riskParams.read.activeParamsHash()).name; // 'dcro-default'
 */
export function paramsForHash(hash: Hex): { name: string; params: Params } {
  byHash ??= new Map(
    profileNames.map((name) => {
      const params = loadProfile(name);
      return [keccak256(stringToBytes(canonicalJson(params))), { name, params }];
    }),
  );
  const found = byHash.get(hash.toLowerCase() as Hex);
  if (!found)
    throw new BaseError('The active risk parameters are not a profile this engine knows.', {
      code: 'UNKNOWN_PARAMS',
      details: [`activeParamsHash ${hash}`],
      metaMessages: [`Known profiles: ${profileNames.join(', ')}. Upgrade the engine.`],
    });
  return found;
}
