import type { Hex } from 'viem';
import { BaseError } from '../errors/BaseError';
import { dcroVaultAbi } from './abis/DcroVault';
import { marketDataFeedAbi } from './abis/MarketDataFeed';
import { spotOracleAbi } from './abis/SpotOracle';
import type { VaultContext } from './loadVaultContext';
import { marketHash } from './marketHash';
import { symbolToBytes32 } from './symbols';

/** A MarketDataFeed mark (USD 18 decimals; vols and rate 1e18 = 1.0). */
export type FeedEntry = {
  forward: bigint;
  rate: bigint;
  strikes: readonly bigint[];
  vols: readonly bigint[];
  updatedAt: bigint;
  version: bigint;
};

export type MarketHashes = {
  version: bigint;
  keys: readonly Hex[];
  roundIds: readonly bigint[];
  /** Recomputed in TypeScript from the three values above. */
  marketHash: Hex;
  /** `DcroVault.currentMarketHash()` at the same block. */
  vaultMarketHash: Hex;
};

export type MarketReader = {
  blockNumber: bigint;
  /** SpotOracle price of a key (`'ETH'`), USD 18 decimals; reverts when stale. */
  spot: (key: string) => Promise<bigint>;
  entry: (underlier: string, expiry: number) => Promise<FeedEntry>;
  hashes: () => Promise<MarketHashes>;
};

/**
 * Reads of the oracle market at one block, each made at most once (two accounts of one trade
 * share them). Everything is read at `blockNumber`, so the figures and the market hash agree.
 */
export function createMarketReader({
  ctx,
  blockNumber,
}: {
  ctx: VaultContext;
  blockNumber: bigint;
}): MarketReader {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, read());
    return memo.get(key) as Promise<T>;
  };
  const { client } = ctx;
  return {
    blockNumber,
    spot: (key) =>
      once(`spot:${key}`, () =>
        client.readContract({
          address: ctx.spotOracle,
          abi: spotOracleAbi,
          functionName: 'price',
          args: [symbolToBytes32(key)],
          blockNumber,
        }),
      ),
    entry: (underlier, expiry) =>
      once(`entry:${underlier}:${expiry}`, async () => {
        const e = await client.readContract({
          address: ctx.marketDataFeed,
          abi: marketDataFeedAbi,
          functionName: 'getEntry',
          args: [symbolToBytes32(underlier), BigInt(expiry)],
          blockNumber,
        });
        if (e.updatedAt === 0n)
          throw new BaseError(`No market data posted for ${underlier} expiry ${expiry}.`, {
            code: 'MARKET_MISSING',
            metaMessages: ['The oracle keeper must post a forward and vols for this expiry.'],
          });
        return e;
      }),
    hashes: () =>
      once('hashes', async () => {
        const [version, [keys, roundIds], vaultMarketHash] = await Promise.all([
          client.readContract({
            address: ctx.marketDataFeed,
            abi: marketDataFeedAbi,
            functionName: 'version',
            blockNumber,
          }),
          client.readContract({
            address: ctx.spotOracle,
            abi: spotOracleAbi,
            functionName: 'latestRounds',
            blockNumber,
          }),
          client.readContract({
            address: ctx.vault,
            abi: dcroVaultAbi,
            functionName: 'currentMarketHash',
            blockNumber,
          }),
        ]);
        return {
          version,
          keys,
          roundIds,
          marketHash: marketHash(version, keys, roundIds),
          vaultMarketHash,
        };
      }),
  };
}
