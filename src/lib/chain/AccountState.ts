import { encodeAbiParameters, keccak256, parseAbiParameters, type Address, type Hex } from 'viem';

/**
 * An account's state in the vault's canonical order: exactly what `getAccount(account)` returns
 * and what the state hash covers (contracts/README.md "Account state hash"). Collateral: assets
 * with a non-zero balance, in listing order; positions: non-zero, ascending instrument id.
 */
export type AccountState = {
  /** USDC units (6 decimals); may be negative. */
  cash: bigint;
  collateralAssets: readonly Address[];
  /** Raw token units. */
  collateralAmounts: readonly bigint[];
  instrumentIds: readonly bigint[];
  /** 18 decimals, signed. */
  quantities: readonly bigint[];
};

const STATE_ENCODING = parseAbiParameters('int256, address[], uint256[], uint256[], int256[]');

/**
 * `keccak256(abi.encode(cash, collateralAssets, collateralAmounts, instrumentIds, quantities))`,
 * as `DcroVault.accountStateHash` computes it.
 *
 * @example
 * accountStateHash({ cash: 0n, collateralAssets: [], collateralAmounts: [], instrumentIds: [], quantities: [] });
 */
export function accountStateHash(state: AccountState): Hex {
  return keccak256(
    encodeAbiParameters(STATE_ENCODING, [
      state.cash,
      state.collateralAssets,
      state.collateralAmounts,
      state.instrumentIds,
      state.quantities,
    ]),
  );
}
