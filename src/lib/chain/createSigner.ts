import { createWalletClient, http, publicActions, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { chainFor } from './createChainClient';

export type CreateSignerParameters = { rpcUrl: string; privateKey: Hex; chainId?: number };

/**
 * A wallet client for one local key, with public actions (to wait for receipts), `cacheTime: 0`.
 *
 * @example
 * const lp = createSigner({ rpcUrl, privateKey: ANVIL_KEYS.lpPool });
 * await lp.writeContract({ address: vault, abi: dcroVaultAbi, functionName: 'setOperator', args });
 */
export function createSigner({ rpcUrl, privateKey, chainId = 31337 }: CreateSignerParameters) {
  return createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain: chainFor(rpcUrl, chainId),
    transport: http(rpcUrl),
    cacheTime: 0,
    pollingInterval: 50,
  }).extend(publicActions);
}

export type Signer = ReturnType<typeof createSigner>;
