import { keccak256, stringToBytes } from 'viem';
import type { Params, Portfolio } from '../model/types';
import { canonicalJson } from './canonicalJson';

/**
 * keccak256 of the canonical JSON of the validated portfolio and profile (defaults filled), so
 * two files that mean the same book hash the same. The params hash is what the vault's risk
 * parameters store as the active parameter set (DESIGN.md, "Attestations").
 */
export function hashInputs(portfolio: Portfolio, params: Params) {
  return {
    portfolio: keccak256(stringToBytes(canonicalJson(portfolio))),
    params: keccak256(stringToBytes(canonicalJson(params))),
  };
}
