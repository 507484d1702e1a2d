import type { Address } from 'viem';
import { BaseError } from '../errors/BaseError';
import type { MarginResult } from '../model/types';
import type { AccountState } from '../chain/AccountState';
import { toAttestedFigures } from '../chain/fixedPoint';
import type { AccountFigures } from './accountFigures';
import type { BindingScenario } from './bindingScenario';

/**
 * Why the engine will not sign (an expected outcome, not an exception): an account (the acting
 * account, a trade's counterparty or a liquidator) would end below initial margin, or a
 * liquidation's victim is not below maintenance margin.
 */
export type Refusal = {
  code: 'INSUFFICIENT_MARGIN' | 'NOT_LIQUIDATABLE';
  account: Address;
  role: 'account' | 'counterparty' | 'liquidator';
  initialHeadroom: number;
  maintenanceHeadroom: number;
  binding: BindingScenario;
  margin: MarginResult;
};

/** A refusal of `figures` (HTTP 422 with the binding scenario). */
export function refusal(
  code: Refusal['code'],
  role: Refusal['role'],
  figures: AccountFigures,
): Refusal {
  return {
    code,
    account: figures.account,
    role,
    initialHeadroom: figures.margin.initialHeadroom,
    maintenanceHeadroom: figures.margin.maintenanceHeadroom,
    binding: figures.binding,
    margin: figures.margin,
  };
}

/** Initial headroom ≥ 0, in the core's f64 figures and in the attested (rounded) integers. */
export function meetsInitial(figures: AccountFigures): boolean {
  const fixed = toAttestedFigures(figures.margin);
  return figures.margin.initialHeadroom >= 0 && fixed.equity - fixed.initialMargin >= 0n;
}

/** Throws `UNKNOWN_ACCOUNT` (404) for an account the vault has never seen. */
export function requireKnown(account: Address, state: AccountState, nonce: bigint): void {
  const empty =
    state.cash === 0n && state.collateralAssets.length === 0 && state.instrumentIds.length === 0;
  if (empty && nonce === 0n)
    throw new BaseError(
      `Unknown account ${account}: it has no collateral, cash or positions in the vault.`,
      {
        code: 'UNKNOWN_ACCOUNT',
        metaMessages: ['Deposit collateral first (deposit or depositCash need no attestation).'],
      },
    );
}

/** Throws `INVALID_ACTION` (422): the action itself is wrong; nothing was signed. */
export function invalid(problem: string): never {
  throw new BaseError(`The action is not valid: ${problem}.`, {
    code: 'INVALID_ACTION',
    metaMessages: ['Nothing was signed.'],
  });
}
