import { createWalletClient, custom, type Hash, type TransactionReceipt } from 'viem';
import { dcroVaultAbi } from '../../chain/abis/DcroVault';
import { chainFor, type ChainClient } from '../../chain/createChainClient';
import type { SignedAttestation, Trade } from '../../chain/attestationTypes';
import type { WalletConnection } from '../../wallet/WalletConnection';

export type SendTradeThroughWalletParameters = {
  wallet: WalletConnection;
  client: ChainClient;
  rpcUrl: string;
  chainId: number;
  vault: `0x${string}`;
  trade: Trade;
  quoteSignature: `0x${string}`;
  takerAttestation: SignedAttestation;
  makerAttestation: SignedAttestation;
  /** Called once the wallet has signed and broadcast (the transaction is pending). */
  onSent?: (hash: Hash) => void;
};

/**
 * `DcroVault.trade` through the user's wallet (EIP-1193, viem `custom` transport), followed to
 * inclusion. It first simulates the call at the latest block, so a revert is decoded to its
 * custom error before the wallet is asked to sign anything; a wallet on another chain fails
 * with viem's ChainMismatchError. Same call as `submitTrade` (src/lib/chain), split so that the
 * page can show the pending hash.
 *
 * @example
 * const receipt = await sendTradeThroughWallet({ wallet, client, rpcUrl, chainId, vault, trade, … });
 * receipt.blockNumber;
 */
export async function sendTradeThroughWallet(
  p: SendTradeThroughWalletParameters,
): Promise<TransactionReceipt> {
  const args = [p.trade, p.quoteSignature, p.takerAttestation, p.makerAttestation] as const;
  await p.client.simulateContract({
    address: p.vault,
    abi: dcroVaultAbi,
    functionName: 'trade',
    args,
    account: p.wallet.address,
  });
  const walletClient = createWalletClient({
    account: p.wallet.address,
    chain: chainFor(p.rpcUrl, p.chainId),
    transport: custom(p.wallet.provider),
  });
  const hash = await walletClient.writeContract({
    address: p.vault,
    abi: dcroVaultAbi,
    functionName: 'trade',
    args,
  });
  p.onSent?.(hash);
  return p.client.waitForTransactionReceipt({ hash, pollingInterval: 250 });
}
