import type { Page } from '@playwright/test';

export type InjectedProviderOptions = {
  /** The anvil JSON-RPC URL every call is forwarded to. */
  rpcUrl: string;
  /** The (unlocked) anvil account the wallet "holds". */
  account: string;
  chainId: number;
  /** The wallet's name in web3-onboard's list (EIP-6963). */
  name?: string;
};

/**
 * Injects a test wallet into every page: an EIP-1193 provider at `window.ethereum` (also
 * announced through EIP-6963, as web3-onboard discovers wallets) that answers accounts and chain
 * id itself and forwards every other JSON-RPC call to anvil, whose dev accounts are unlocked, so
 * `eth_sendTransaction` is signed by anvil. `window.__testWallet.calls` records each method called,
 * so a test can prove that nothing was sent; `window.__testWallet.emit(event, ...args)` fires the
 * provider's events (the user switching account or network in the wallet).
 *
 * @example
 * await installInjectedProvider(page, { rpcUrl, account: retail.address, chainId: 31337 });
 */
export async function installInjectedProvider(
  page: Page,
  options: InjectedProviderOptions,
): Promise<void> {
  await page.addInitScript(
    ({ rpcUrl, account, chainId, name }) => {
      const calls: string[] = [];
      const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
      let id = 0;
      const forward = async (method: string, params: unknown) => {
        const response = await fetch(rpcUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params: params ?? [] }),
        });
        const body = await response.json();
        if (body.error) {
          const error = new Error(body.error.message) as Error & { code?: number; data?: unknown };
          error.code = body.error.code;
          error.data = body.error.data;
          throw error;
        }
        return body.result;
      };
      const provider = {
        isDcroTestWallet: true,
        async request({ method, params }: { method: string; params?: unknown }) {
          calls.push(method);
          switch (method) {
            case 'eth_requestAccounts':
            case 'eth_accounts':
              return [account];
            case 'eth_chainId':
              return `0x${chainId.toString(16)}`;
            case 'net_version':
              return String(chainId);
            case 'wallet_switchEthereumChain':
            case 'wallet_addEthereumChain':
              return null;
            case 'wallet_requestPermissions':
            case 'wallet_getPermissions':
              return [{ parentCapability: 'eth_accounts' }];
            default:
              return forward(method, params);
          }
        },
        on(event: string, fn: (...args: unknown[]) => void) {
          if (!listeners.has(event)) listeners.set(event, new Set());
          listeners.get(event)!.add(fn);
          return provider;
        },
        removeListener(event: string, fn: (...args: unknown[]) => void) {
          listeners.get(event)?.delete(fn);
          return provider;
        },
      };
      // `emit` plays the user switching account or network inside the wallet.
      const emit = (event: string, ...args: unknown[]) =>
        listeners.get(event)?.forEach((fn) => fn(...args));
      Object.assign(window, { ethereum: provider, __testWallet: { calls, emit } });
      const icon =
        'data:image/svg+xml;base64,' +
        btoa(
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#555"/></svg>',
        );
      const announce = () =>
        window.dispatchEvent(
          new CustomEvent('eip6963:announceProvider', {
            detail: Object.freeze({
              info: {
                uuid: '6f3c5a1e-0d6b-4c8e-9a57-3b1f2e4d5c6a',
                name,
                icon,
                rdns: 'dev.dcro.testwallet',
              },
              provider,
            }),
          }),
        );
      window.addEventListener('eip6963:requestProvider', announce);
      announce();
    },
    { name: 'Anvil test wallet', ...options },
  );
}
