import { keccak256, stringToBytes, type Hex } from 'viem';
import { canonicalJson } from '../engine/canonicalJson';
import type { ImpactReport } from './ImpactReport';

/**
 * keccak256 of the report's canonical JSON: the commitment a proposal stores on chain.
 *
 * @example
 * hashImpactReport(report); // '0x3f…'
 */
export function hashImpactReport(report: ImpactReport): Hex {
  return keccak256(stringToBytes(canonicalJson(report)));
}
