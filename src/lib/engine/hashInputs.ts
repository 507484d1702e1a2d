import { keccak256, stringToBytes, type Hex } from 'viem';
import type { Params, Portfolio } from '../model/types';
import { canonicalJson } from './canonicalJson';

/** Recent canonical texts and their hashes: the same book is hashed again on every profile
 *  switch, comparison and recompute, and keccak of a large book costs tens of milliseconds. */
const recent = new Map<string, Hex>();
const RECENT_MAX = 8;

function keccakOfText(text: string): Hex {
  const hit = recent.get(text);
  if (hit) return hit;
  const hash = keccak256(stringToBytes(text));
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(text, hash);
  return hash;
}

/**
 * The hash of a validated profile: what DcroRiskParams stores as the active parameter set.
 *
 * @example
 * hashParams(loadProfile('dcro-default')); // '0x15ddc14…'
 */
export function hashParams(params: Params): Hex {
  return keccakOfText(canonicalJson(params));
}

/**
 * keccak256 of the canonical JSON of the validated portfolio and profile (defaults filled), so
 * two files that mean the same book hash the same. The params hash is what the vault's risk
 * parameters store as the active parameter set, and what an attestation binds.
 *
 * @example
 * hashInputs(portfolio, loadProfile('dcro-default')).params; // '0x15ddc14…'
 */
export function hashInputs(portfolio: Portfolio, params: Params) {
  return {
    portfolio: keccakOfText(canonicalJson(portfolio)),
    params: hashParams(params),
  };
}
