import { isAddressEqual, type Address } from 'viem';
import { toAttestedFigures } from '../chain/fixedPoint';
import { liquidationStates } from '../chain/liquidationStates';
import type { ReadAccountStateReturnType } from '../chain/readAccountState';
import type { AttestOutcome } from './attestOutcome';
import { readForAttest, type EngineScope } from './engineScope';
import { invalid, meetsInitial, refusal, requireKnown } from './refusals';

/**
 * `DcroVault.liquidate(victim, …)` sent by `liquidator`: the victim's CURRENT state must be
 * below maintenance margin (signed without an initial-margin check, as the vault verifies it),
 * and the liquidator's state after the takeover (liquidationStates.ts) at or above initial.
 */
export async function attestLiquidation(
  scope: EngineScope,
  victim: Address,
  liquidator: Address,
): Promise<AttestOutcome> {
  if (isAddressEqual(victim, liquidator))
    invalid('an account cannot liquidate itself (the liquidator is the account)');
  const read = await readForAttest(scope, [victim, liquidator]);
  const { blockNumber } = read;
  const [v, l] = read.states as [ReadAccountStateReturnType, ReadAccountStateReturnType];
  requireKnown(victim, v.state, v.nonce);
  const victimFigures = await read.figuresOfState(victim, v.state);
  const fixed = toAttestedFigures(victimFigures.margin);
  if (
    !(victimFigures.margin.maintenanceHeadroom < 0) ||
    fixed.equity - fixed.maintenanceMargin >= 0n
  )
    return {
      ok: false,
      blockNumber,
      refusal: refusal('NOT_LIQUIDATABLE', 'account', victimFigures),
    };
  const after = liquidationStates({
    victim: v.state,
    liquidator: l.state,
    equity: fixed.equity,
    collateralAssets: read.collateralAssets,
  });
  const liquidatorFigures = await read.figuresOfState(liquidator, after.liquidator);
  if (!meetsInitial(liquidatorFigures))
    return {
      ok: false,
      blockNumber,
      refusal: refusal('INSUFFICIENT_MARGIN', 'liquidator', liquidatorFigures),
    };
  const [signed, counterparty] = await Promise.all([
    read.sign(victimFigures, v.state, v.nonce),
    read.sign(liquidatorFigures, after.liquidator, l.nonce),
  ]);
  return {
    ok: true,
    blockNumber,
    signed,
    counterparty,
    liquidation: { liquidator, payout: after.payout },
  };
}
