import { createPublicClient, defineChain, http, type PublicClient } from 'viem';

export type CreateChainClientParameters = {
  rpcUrl: string;
  /** Defaults to anvil's 31337. */
  chainId?: number;
};

/**
 * A public client for DCRO's reads: JSON-RPC batching (one HTTP request for a burst of reads),
 * `cacheTime: 0` (viem otherwise reuses a block number for 4 s, and a test that mines blocks
 * would read stale state; DESIGN.md "Stack") and fast polling for receipts on a local chain.
 *
 * @example
 * const client = createChainClient({ rpcUrl: anvil.rpcUrl });
 * await client.getBlockNumber();
 */
export function createChainClient({ rpcUrl, chainId = 31337 }: CreateChainClientParameters) {
  return createPublicClient({
    chain: chainFor(rpcUrl, chainId),
    transport: http(rpcUrl, { batch: { wait: 0 } }),
    cacheTime: 0,
    pollingInterval: 50,
  });
}

export type ChainClient = ReturnType<typeof createChainClient> & PublicClient;

/** A viem chain object for an RPC URL (local chains have no explorer or multicall). */
export function chainFor(rpcUrl: string, chainId: number) {
  return defineChain({
    id: chainId,
    name: chainId === 31337 ? 'Anvil (DCRO demo)' : `chain ${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
}
