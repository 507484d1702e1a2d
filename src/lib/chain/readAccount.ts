import type { Address, Hex } from 'viem';
import { BaseError } from '../errors/BaseError';
import type { Portfolio } from '../model/types';
import { dcroRiskParamsAbi } from './abis/DcroRiskParams';
import { accountStateHash, type AccountState } from './AccountState';
import type { ChainInstrument } from './ChainInstrument';
import { createMarketReader, type MarketReader } from './createMarketReader';
import type { VaultContext } from './loadVaultContext';
import { portfolioOfState } from './portfolioOfState';
import { readAccountState } from './readAccountState';

export type ReadAccountParameters = {
  ctx: VaultContext;
  account: Address;
  /** Default: the latest block. */
  blockNumber?: bigint;
};

export type ReadAccountReturnType = {
  account: Address;
  blockNumber: bigint;
  /** Unix seconds of that block (the portfolio's asOf). */
  timestamp: number;
  portfolio: Portfolio;
  /** The positions' instruments, in the portfolio's (ascending id) order. */
  instruments: ChainInstrument[];
  state: AccountState;
  /** Recomputed in TypeScript and checked equal to `accountStateHash(account)`. */
  stateHash: Hex;
  /** Recomputed in TypeScript and checked equal to `currentMarketHash()`. */
  marketHash: Hex;
  /** `DcroRiskParams.activeParamsHash()`. */
  paramsHash: Hex;
  /** The nonce the account's next attestation must carry. */
  nonce: bigint;
  reader: MarketReader;
};

/**
 * Reads a vault account at one block into a validated `dcro.portfolio/1`: positions, cash,
 * collateral and the oracle market, with the state and market hashes recomputed in TypeScript and
 * checked against the vault's own view functions (a mismatch means the encodings drifted apart).
 *
 * @example
 * const ctx = await loadVaultContext({ client: createChainClient({ rpcUrl }), vault });
 * const { portfolio, stateHash } = await readAccount({ ctx, account: '0x7099…' });
 * computeMargin({ portfolio, params: loadProfile('dcro-default'), core });
 */
export async function readAccount({
  ctx,
  account,
  blockNumber,
}: ReadAccountParameters): Promise<ReadAccountReturnType> {
  const block = await ctx.client.getBlock(
    blockNumber === undefined ? { blockTag: 'latest' } : { blockNumber },
  );
  const at = block.number;
  const reader = createMarketReader({ ctx, blockNumber: at });
  const [{ state, nonce, vaultStateHash }, hashes, paramsHash] = await Promise.all([
    readAccountState({ ctx, account, blockNumber: at }),
    reader.hashes(),
    ctx.client.readContract({
      address: ctx.riskParams,
      abi: dcroRiskParamsAbi,
      functionName: 'activeParamsHash',
      blockNumber: at,
    }),
  ]);
  const stateHash = accountStateHash(state);
  if (stateHash !== vaultStateHash || hashes.marketHash !== hashes.vaultMarketHash)
    throw new BaseError('The TypeScript state or market hash differs from the vault’s.', {
      code: 'HASH_ENCODING_MISMATCH',
      details: [
        `state: ts ${stateHash}, vault ${vaultStateHash}`,
        `market: ts ${hashes.marketHash}, vault ${hashes.vaultMarketHash}`,
      ],
      metaMessages: ['contracts/README.md documents both encodings; rebuild the ABIs.'],
    });
  const timestamp = Number(block.timestamp);
  const { portfolio, instruments } = await portfolioOfState({
    ctx,
    reader,
    state,
    asOf: timestamp,
  });
  return {
    account,
    blockNumber: at,
    timestamp,
    portfolio,
    instruments,
    state,
    stateHash,
    marketHash: hashes.marketHash,
    paramsHash,
    nonce,
    reader,
  };
}
