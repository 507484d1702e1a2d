import { accountStateHash, type AccountState } from '../../chain/AccountState';
import { toAttestedFigures } from '../../chain/fixedPoint';
import type { ReadAccountReturnType } from '../../chain/readAccount';
import type { MarginResult } from '../../model/types';
import { firstDifference } from '../../../routes/verify/firstDifference';
import type { EngineSigned } from './engineApi';

export type CompareWithEngineReturnType = {
  /** True when the engine signed exactly what this browser computed. */
  identical: boolean;
  /** The first difference in words (empty when identical). */
  difference: string;
  /** The two MarginResult JSON texts compared byte for byte. */
  engineJson: string;
  browserJson: string;
};

/**
 * Checks the engine's attestation against this browser's own computation of the same block:
 * the MarginResult JSON byte for byte, then what is signed — the fixed-point figures (equity
 * down, IM and MM up), the post-trade state hash, the market and params hashes and the nonce.
 *
 * @example
 * const c = compareWithEngine({ engine: att, browser: result, after, read });
 * if (!c.identical) refuse(c.difference); // e.g. 'initialMargin: 2278.35 vs 2278.36'
 */
export function compareWithEngine({
  engine,
  browser,
  after,
  read,
}: {
  engine: EngineSigned;
  browser: MarginResult;
  after: AccountState;
  read: ReadAccountReturnType;
}): CompareWithEngineReturnType {
  const engineJson = JSON.stringify(engine.margin);
  const browserJson = JSON.stringify(browser);
  const jsonDiff = firstDifference(engineJson, browserJson);
  const a = engine.signed.attestation;
  const fixed = toAttestedFigures(browser);
  const signedChecks: [string, unknown, unknown][] = [
    ['attestation.equity', a.equity, fixed.equity],
    ['attestation.initialMargin', a.initialMargin, fixed.initialMargin],
    ['attestation.maintenanceMargin', a.maintenanceMargin, fixed.maintenanceMargin],
    ['attestation.stateHash', a.stateHash, accountStateHash(after)],
    ['attestation.marketHash', a.marketHash, read.marketHash],
    ['attestation.paramsHash', a.paramsHash, read.paramsHash],
    ['attestation.nonce', a.nonce, read.nonce],
  ];
  const bad = signedChecks.find(([, x, y]) => String(x) !== String(y));
  const difference = jsonDiff
    ? `margin.${jsonDiff} (engine vs browser)`
    : bad
      ? `${bad[0]}: ${String(bad[1])} (engine) vs ${String(bad[2])} (browser)`
      : '';
  return { identical: difference === '', difference, engineJson, browserJson };
}
