import type { Address, EIP1193Provider } from 'viem';

/** What the app needs from a connected wallet: an EIP-1193 provider, the account, the chain. */
export interface WalletConnection {
  provider: EIP1193Provider;
  address: Address;
  chainId: number;
  /** The wallet's name as the user knows it (e.g. "MetaMask"). */
  label: string;
  /** Disconnects and forgets the wallet. */
  disconnect(): Promise<void>;
}
