import { isAddressEqual, type Address } from 'viem';
import { BaseError } from '../errors/BaseError';
import type { AccountState } from './AccountState';
import { MAX_POSITIONS } from './applyAction';

/** `DcroVault.LIQUIDATION_DISCOUNT`: the victim keeps (1 − 5%) of its positive attested equity. */
export const LIQUIDATION_DISCOUNT = 5n * 10n ** 16n;
/** `DcroVault.USD_TO_CASH`: USD with 18 decimals → USDC units (6 decimals). */
export const USD_TO_CASH = 10n ** 12n;
/** `DcroVault.MAX_POSITION`: largest |position| (18 decimals). */
export const MAX_POSITION = 10n ** 33n;

const WAD = 10n ** 18n;

/**
 * The cash (USDC units) a liquidated account is left with, paid by the liquidator, exactly as
 * `DcroVault.liquidate` computes it from the victim's attested equity (signed, 1e18 = 1 USD):
 * `equity > 0 ? equity · (1e18 − LIQUIDATION_DISCOUNT) / 1e18 / USD_TO_CASH : 0`, each division
 * truncating (both operands are positive, so truncation is Solidity's floor).
 *
 * @example
 * liquidationPayout(1_000n * 10n ** 18n); // 950_000_000n (950 USDC)
 * liquidationPayout(-5n * 10n ** 18n); // 0n
 */
export function liquidationPayout(equity: bigint): bigint {
  if (equity <= 0n) return 0n;
  return (equity * (WAD - LIQUIDATION_DISCOUNT)) / WAD / USD_TO_CASH;
}

export type LiquidationStatesParameters = {
  /** The liquidated account's CURRENT state (the one its attestation binds). */
  victim: AccountState;
  /** The liquidator's current state (may be empty). */
  liquidator: AccountState;
  /** The victim's attested equity: `int256`, 1e18 = 1 USD (rounded down, as signed). */
  equity: bigint;
  /** `DcroVault.collateralAssets()`: listing order, which is the state hash's collateral order. */
  collateralAssets: readonly Address[];
};

export type LiquidationStatesReturnType = {
  /** The victim afterwards: no positions, no collateral, cash = payout. */
  victim: AccountState;
  /** The liquidator afterwards: the state its attestation must bind. */
  liquidator: AccountState;
  /** USDC units the liquidator pays the victim. */
  payout: bigint;
};

/**
 * Both accounts' states after `DcroVault.liquidate(victim, …)` sent by the liquidator, exactly
 * as the vault computes them (contracts/README.md "State transitions"), in the canonical order so
 * that `accountStateHash` of each is what the vault will check. Every position and collateral
 * balance of the victim moves to the liquidator (positions net; a zero position disappears),
 * the liquidator's cash becomes `cash + victimCash − payout` and the victim keeps `payout`.
 * Pure. A takeover the vault would revert (a position beyond MAX_POSITION, more than 64 open
 * instruments) throws a BaseError with code `INVALID_ACTION`.
 *
 * @example
 * const { liquidator, payout } = liquidationStates({ victim, liquidator: mine, equity, collateralAssets });
 * accountStateHash(liquidator); // what vault.accountStateHash(me) returns after the liquidation
 */
export function liquidationStates({
  victim,
  liquidator,
  equity,
  collateralAssets,
}: LiquidationStatesParameters): LiquidationStatesReturnType {
  const payout = liquidationPayout(equity);

  const positions = new Map<bigint, bigint>();
  liquidator.instrumentIds.forEach((id, i) => positions.set(id, liquidator.quantities[i]!));
  victim.instrumentIds.forEach((id, i) => {
    const next = (positions.get(id) ?? 0n) + victim.quantities[i]!;
    if (next > MAX_POSITION || next < -MAX_POSITION)
      invalid(`the liquidator's position in instrument ${id} would exceed MAX_POSITION`);
    positions.set(id, next);
  });
  const ids = [...positions.keys()]
    .filter((id) => positions.get(id) !== 0n)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length > MAX_POSITIONS)
    invalid(`the liquidator would hold ${ids.length} open instruments (at most ${MAX_POSITIONS})`);

  const balanceOf = (s: AccountState, asset: Address) => {
    const k = s.collateralAssets.findIndex((a) => isAddressEqual(a, asset));
    return k < 0 ? 0n : s.collateralAmounts[k]!;
  };
  for (const s of [victim, liquidator])
    for (const a of s.collateralAssets)
      if (!collateralAssets.some((listed) => isAddressEqual(listed, a)))
        invalid(`collateral ${a} is not among the vault's listed collateral assets`);
  const assets: Address[] = [];
  const amounts: bigint[] = [];
  for (const asset of collateralAssets) {
    const amount = balanceOf(liquidator, asset) + balanceOf(victim, asset);
    if (amount !== 0n) {
      assets.push(asset);
      amounts.push(amount);
    }
  }

  return {
    victim: {
      cash: payout,
      collateralAssets: [],
      collateralAmounts: [],
      instrumentIds: [],
      quantities: [],
    },
    liquidator: {
      cash: liquidator.cash + victim.cash - payout,
      collateralAssets: assets,
      collateralAmounts: amounts,
      instrumentIds: ids,
      quantities: ids.map((id) => positions.get(id)!),
    },
    payout,
  };
}

function invalid(problem: string): never {
  throw new BaseError(`The liquidation is not valid: ${problem}.`, {
    code: 'INVALID_ACTION',
    metaMessages: ['The vault would revert it; nothing was signed.'],
  });
}
