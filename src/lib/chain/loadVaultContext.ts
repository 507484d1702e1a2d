import type { Address, Hex } from 'viem';
import { dcroVaultAbi } from './abis/DcroVault';
import { decodeInstrument, type ChainInstrument } from './ChainInstrument';
import type { ChainClient } from './createChainClient';
import { bytes32ToSymbol } from './symbols';

/** What a collateral token is to the model: its SpotOracle key is the portfolio asset name. */
export type CollateralInfo = {
  asset: Address;
  priceKey: string;
  priceKeyHex: Hex;
  decimals: number;
};

/**
 * A vault and what never changes about it, read once: the addresses it was built with, and
 * caches of listed instruments and collateral configs (both immutable once listed).
 */
export type VaultContext = {
  client: ChainClient;
  chainId: number;
  vault: Address;
  riskParams: Address;
  spotOracle: Address;
  marketDataFeed: Address;
  cashAsset: Address;
  instrument: (id: bigint) => Promise<ChainInstrument>;
  collateral: (asset: Address) => Promise<CollateralInfo>;
};

export type LoadVaultContextParameters = { client: ChainClient; vault: Address };

/**
 * @example
 * const ctx = await loadVaultContext({ client: createChainClient({ rpcUrl }), vault });
 * (await ctx.instrument(1n)).name; // 'BTC-24APR26-67000-P'
 */
export async function loadVaultContext({
  client,
  vault,
}: LoadVaultContextParameters): Promise<VaultContext> {
  const read = <name extends 'riskParams' | 'spotOracle' | 'marketDataFeed' | 'cashAsset'>(
    functionName: name,
  ) => client.readContract({ address: vault, abi: dcroVaultAbi, functionName });
  const [chainId, riskParams, spotOracle, marketDataFeed, cashAsset] = await Promise.all([
    client.getChainId(),
    read('riskParams'),
    read('spotOracle'),
    read('marketDataFeed'),
    read('cashAsset'),
  ]);
  const instruments = new Map<bigint, Promise<ChainInstrument>>();
  const collaterals = new Map<Address, Promise<CollateralInfo>>();
  const instrument = (id: bigint) => {
    let p = instruments.get(id);
    if (!p) {
      p = client
        .readContract({
          address: vault,
          abi: dcroVaultAbi,
          functionName: 'getInstrument',
          args: [id],
        })
        .then((raw) => decodeInstrument(id, raw));
      // A failed read (unknown id) must not poison the cache.
      p.catch(() => instruments.delete(id));
      instruments.set(id, p);
    }
    return p;
  };
  const collateral = (asset: Address) => {
    let p = collaterals.get(asset);
    if (!p) {
      p = client
        .readContract({
          address: vault,
          abi: dcroVaultAbi,
          functionName: 'collateralConfig',
          args: [asset],
        })
        .then(([, , decimals, priceKeyHex]) => ({
          asset,
          priceKey: bytes32ToSymbol(priceKeyHex),
          priceKeyHex,
          decimals,
        }));
      p.catch(() => collaterals.delete(asset));
      collaterals.set(asset, p);
    }
    return p;
  };
  return {
    client,
    chainId,
    vault,
    riskParams,
    spotOracle,
    marketDataFeed,
    cashAsset,
    instrument,
    collateral,
  };
}
