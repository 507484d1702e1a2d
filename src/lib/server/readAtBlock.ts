import type { Address, Hex } from 'viem';
import { BaseError } from '../errors/BaseError';
import { dcroRiskParamsAbi } from '../chain/abis/DcroRiskParams';
import { dcroVaultAbi } from '../chain/abis/DcroVault';
import { accountStateHash } from '../chain/AccountState';
import { createMarketReader, type MarketReader } from '../chain/createMarketReader';
import type { VaultContext } from '../chain/loadVaultContext';
import { readAccountState, type ReadAccountStateReturnType } from '../chain/readAccountState';

/** The market and some accounts, read at one block (the latest) and hash-checked. */
export type BlockRead = {
  blockNumber: bigint;
  /** The block's timestamp (unix seconds). */
  timestamp: bigint;
  /** The same, as a number: the portfolios' `asOf`. */
  asOf: number;
  /** Oracle reads at `blockNumber`, memoised. */
  reader: MarketReader;
  /** `currentMarketHash()` (recomputed in TS, equal to the vault's). */
  marketHash: Hex;
  /** `DcroRiskParams.activeParamsHash()`. */
  paramsHash: Hex;
  feeAccount: Address;
  /** `DcroVault.collateralAssets()`, listing order. */
  collateralAssets: readonly Address[];
  /** One per requested account, in order. */
  states: ReadAccountStateReturnType[];
};

/**
 * Reads the latest block, the market hash, the active params hash, the fee account, the listed
 * collateral and each account's state at that one block. Throws `HASH_ENCODING_MISMATCH` when
 * the TypeScript state or market hash differs from the vault's (the engine would sign hashes the
 * vault rejects).
 */
export async function readAtBlock(ctx: VaultContext, accounts: Address[]): Promise<BlockRead> {
  const block = await ctx.client.getBlock({ blockTag: 'latest' });
  const blockNumber = block.number;
  const reader = createMarketReader({ ctx, blockNumber });
  const at = { address: ctx.vault, abi: dcroVaultAbi, blockNumber } as const;
  const [hashes, paramsHash, feeAccount, collateralAssets, ...states] = await Promise.all([
    reader.hashes(),
    ctx.client.readContract({
      address: ctx.riskParams,
      abi: dcroRiskParamsAbi,
      functionName: 'activeParamsHash',
      blockNumber,
    }),
    ctx.client.readContract({ ...at, functionName: 'feeAccount' }),
    ctx.client.readContract({ ...at, functionName: 'collateralAssets' }),
    ...accounts.map((account) => readAccountState({ ctx, account, blockNumber })),
  ]);
  if (
    hashes.marketHash !== hashes.vaultMarketHash ||
    states.some((s) => accountStateHash(s.state) !== s.vaultStateHash)
  )
    throw new BaseError('The TypeScript state or market hash differs from the vault’s.', {
      code: 'HASH_ENCODING_MISMATCH',
      metaMessages: ['contracts/README.md documents both encodings; rebuild the ABIs.'],
    });
  return {
    blockNumber,
    timestamp: block.timestamp,
    asOf: Number(block.timestamp),
    reader,
    marketHash: hashes.marketHash,
    paramsHash,
    feeAccount,
    collateralAssets,
    states,
  };
}
