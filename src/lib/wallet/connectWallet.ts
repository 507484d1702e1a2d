import type { Address, EIP1193Provider } from 'viem';
import type { WalletConnection } from './WalletConnection';
import { WalletError } from './WalletError';

export type ConnectWalletParameters = {
  chainId: number;
  rpcUrl: string;
  chainLabel: string;
};

/**
 * Connects an injected wallet through @web3-onboard/core. The library (≈1.3 MB with its own
 * Svelte and viem) is imported only here, when the user clicks connect (DESIGN.md, "Stack"), and
 * the rest of the app sees only an EIP-1193 provider and the account.
 *
 * @example
 * const wallet = await connectWallet({ chainId: 31337, rpcUrl, chainLabel: 'DCRO local' });
 * wallet.address;
 */
export async function connectWallet({
  chainId,
  rpcUrl,
  chainLabel,
}: ConnectWalletParameters): Promise<WalletConnection> {
  const [{ default: Onboard }, { default: injectedModule }] = await Promise.all([
    import('@web3-onboard/core'),
    import('@web3-onboard/injected-wallets'),
  ]);
  const hexId = `0x${chainId.toString(16)}`;
  const onboard = Onboard({
    wallets: [injectedModule()],
    chains: [{ id: hexId, token: 'ETH', label: chainLabel, rpcUrl }],
    appMetadata: {
      name: 'DCRO',
      description: 'Portfolio margin, computed on your machine.',
      icon: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1d4ed8"/></svg>',
    },
    accountCenter: { desktop: { enabled: false }, mobile: { enabled: false } },
    connect: { showSidebar: false },
  });
  let wallets;
  try {
    wallets = await onboard.connectWallet();
  } catch (cause) {
    throw new WalletError(
      'The wallet could not connect.',
      'Unlock your wallet and try again.',
      cause,
    );
  }
  const wallet = wallets[0];
  const account = wallet?.accounts[0];
  if (!wallet || !account)
    throw new WalletError(
      'No wallet was connected.',
      'Install or unlock a browser wallet (e.g. MetaMask), or type an address to view it read-only.',
    );
  if (wallet.chains[0]?.id !== hexId && !(await onboard.setChain({ chainId: hexId })))
    throw new WalletError(
      `The wallet is on another network.`,
      `Switch it to ${chainLabel} (chain id ${chainId}).`,
    );
  return {
    provider: wallet.provider as unknown as EIP1193Provider,
    address: account.address as Address,
    chainId,
    label: wallet.label,
    disconnect: async () => {
      await onboard.disconnectWallet({ label: wallet.label });
    },
  };
}
