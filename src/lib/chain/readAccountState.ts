import type { Address } from 'viem';
import { dcroVaultAbi } from './abis/DcroVault';
import type { AccountState } from './AccountState';
import type { VaultContext } from './loadVaultContext';

export type ReadAccountStateParameters = {
  ctx: VaultContext;
  account: Address;
  blockNumber: bigint;
};
export type ReadAccountStateReturnType = {
  state: AccountState;
  /** `nonces(account)`: the nonce its next attestation must carry. */
  nonce: bigint;
  /** `accountStateHash(account)` as the vault computes it at that block. */
  vaultStateHash: `0x${string}`;
};

/** An account's state, next attestation nonce and on-chain state hash at one block. */
export async function readAccountState({
  ctx,
  account,
  blockNumber,
}: ReadAccountStateParameters): Promise<ReadAccountStateReturnType> {
  const at = { address: ctx.vault, abi: dcroVaultAbi, blockNumber } as const;
  const [raw, nonce, vaultStateHash] = await Promise.all([
    ctx.client.readContract({ ...at, functionName: 'getAccount', args: [account] }),
    ctx.client.readContract({ ...at, functionName: 'nonces', args: [account] }),
    ctx.client.readContract({ ...at, functionName: 'accountStateHash', args: [account] }),
  ]);
  const [cash, collateralAssets, collateralAmounts, instrumentIds, quantities] = raw;
  return {
    state: { cash, collateralAssets, collateralAmounts, instrumentIds, quantities },
    nonce,
    vaultStateHash,
  };
}
