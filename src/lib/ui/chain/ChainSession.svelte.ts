import { getAddress, isAddress, type Address } from 'viem';
import { dcroVaultAbi } from '../../chain/abis/DcroVault';
import type { ChainInstrument } from '../../chain/ChainInstrument';
import { createChainClient, type ChainClient } from '../../chain/createChainClient';
import { loadVaultContext, type VaultContext } from '../../chain/loadVaultContext';
import { readAccount, type ReadAccountReturnType } from '../../chain/readAccount';
import type { ProfileName } from '../../model/profiles';
import type { MarginResult, Params } from '../../model/types';
import type { WalletConnection } from '../../wallet/WalletConnection';
import { WalletError } from '../../wallet/WalletError';
import type { AppState } from '../state/AppState.svelte';
import type { ErrorReport } from '../state/describeError';
import type { ChainConfig } from './ChainConfig';
import { explainChainError } from './explainChainError';
import { listTradableInstruments } from './listTradableInstruments';
import { profileForParamsHash } from '../../chain/profileForParamsHash';
import { chainSnapshot, chainSnapshotKey } from '../persist/chainSnapshotRecord';
import { writeSaved } from '../persist/savedStore';

/** Whose account is shown, and whether this page can trade for it. */
export type Viewer = { address: Address; label: string; via: 'wallet' | 'read-only' };

/** Seconds after which a read is called stale even if no block was mined since. */
export const STALE_AFTER_SECONDS = 60;

/**
 * The /chain page's state: the local system's config, the wallet, the account being viewed as
 * read at one block, its margin from the worker pool (same Wasm as the engine), and freshness
 * (a clock tick and a block-number poll). The trade ticket (TradeTicket.svelte.ts) builds on it.
 *
 * @example
 * const s = new ChainSession(getAppState());
 * await s.init(config);
 * await s.view('0x90F7…', 'Retail trader');
 * s.result?.initialMargin;
 */
export class ChainSession {
  config = $state.raw<ChainConfig | undefined>(undefined);
  viewer = $state.raw<Viewer | undefined>(undefined);
  wallet = $state.raw<WalletConnection | undefined>(undefined);
  connecting = $state(false);
  walletError = $state.raw<ErrorReport | undefined>(undefined);
  /** The account at the block it was read (positions, collateral, market, hashes, nonce). */
  read = $state.raw<ReadAccountReturnType | undefined>(undefined);
  /** The chain's active profile (matched by params hash): what the engine signs with. */
  profile = $state.raw<{ name: ProfileName; params: Params } | undefined>(undefined);
  /** The account's margin from the worker pool. */
  result = $state.raw<MarginResult | undefined>(undefined);
  loading = $state(false);
  accountError = $state.raw<ErrorReport | undefined>(undefined);
  /** Wall-clock ms of the last successful read. */
  readAtMs = $state(0);
  nowMs = $state(Date.now());
  latestBlock = $state.raw<bigint | undefined>(undefined);
  /** Listed instruments that can still trade, for the ticket. */
  instruments = $state.raw<ChainInstrument[]>([]);
  chainError = $state.raw<ErrorReport | undefined>(undefined);

  client: ChainClient | undefined;
  ctx: VaultContext | undefined;
  feeAccount: Address | undefined;
  private timers: ReturnType<typeof setInterval>[] = [];
  private seq = 0;

  constructor(readonly app: AppState) {}

  get ageSeconds(): number {
    return this.readAtMs ? Math.max(0, Math.floor((this.nowMs - this.readAtMs) / 1000)) : 0;
  }

  /** Why the figures may no longer be the chain's (undefined while fresh). */
  get staleReason(): string | undefined {
    if (!this.read) return undefined;
    if (this.latestBlock !== undefined && this.latestBlock > this.read.blockNumber)
      return `the chain moved on to block ${this.latestBlock}`;
    if (this.ageSeconds > STALE_AFTER_SECONDS) return `read more than ${STALE_AFTER_SECONDS} s ago`;
    return undefined;
  }

  /** Connects to the chain and the vault of `/chain.json` and starts the freshness timers. */
  async init(config: ChainConfig): Promise<void> {
    this.config = config;
    try {
      this.client = createChainClient({ rpcUrl: config.rpcUrl, chainId: config.chainId });
      this.ctx = await loadVaultContext({ client: this.client, vault: config.vault });
      const [feeAccount, block] = await Promise.all([
        this.client.readContract({
          address: config.vault,
          abi: dcroVaultAbi,
          functionName: 'feeAccount',
        }),
        this.client.getBlock({ blockTag: 'latest' }),
      ]);
      this.feeAccount = feeAccount;
      this.latestBlock = block.number;
      this.instruments = await listTradableInstruments({
        ctx: this.ctx,
        nowSeconds: Number(block.timestamp),
      });
      this.chainError = undefined;
    } catch (error) {
      this.chainError = explainChainError(error, 'Reading the chain');
      return;
    }
    this.timers.push(setInterval(() => (this.nowMs = Date.now()), 1000));
    this.timers.push(setInterval(() => void this.pollBlock(), 3000));
  }

  /** Shows `address` read-only (or as the connected wallet's account). */
  async view(address: string, label?: string): Promise<void> {
    const trimmed = address.trim();
    if (!isAddress(trimmed, { strict: false })) {
      this.accountError = {
        title: `“${trimmed}” is not an address.`,
        details: [],
        hints: ['Paste a 0x-prefixed 20-byte hex address (42 characters), or pick a demo account.'],
        issues: [],
      };
      return;
    }
    const a = getAddress(trimmed);
    const isWallet = this.wallet?.address.toLowerCase() === a.toLowerCase();
    const known = this.config?.accounts.find((x) => x.address === a);
    this.viewer = {
      address: a,
      label: label ?? known?.label ?? (isWallet ? `${this.wallet!.label} wallet` : 'Account'),
      via: isWallet ? 'wallet' : 'read-only',
    };
    this.read = undefined;
    this.result = undefined;
    await this.reload();
  }

  /** Reads the viewed account at the latest block and computes its margin in the workers. */
  async reload(): Promise<void> {
    const viewer = this.viewer;
    const ctx = this.ctx;
    const pool = this.app.pool;
    if (!viewer || !ctx || !pool) return;
    const seq = ++this.seq;
    this.loading = true;
    try {
      const read = await readAccount({ ctx, account: viewer.address });
      const profile = profileForParamsHash(read.paramsHash);
      const result = await pool.compute(
        { portfolio: read.portfolio, params: profile.params },
        'chain:account',
      );
      if (seq !== this.seq || !result) return;
      this.read = read;
      this.profile = profile;
      this.result = result;
      this.readAtMs = Date.now();
      this.nowMs = this.readAtMs;
      if (this.latestBlock === undefined || read.blockNumber > this.latestBlock)
        this.latestBlock = read.blockNumber;
      this.accountError = undefined;
      const config = this.config;
      // Kept on this device: the Chain page shows it, with its block and time, when offline.
      if (config)
        void writeSaved(
          chainSnapshotKey(config.chainId, config.vault, read.account),
          chainSnapshot({
            chainId: config.chainId,
            vault: config.vault,
            label: viewer.label,
            read,
            savedAtMs: this.readAtMs,
          }),
        );
    } catch (error) {
      if (seq === this.seq) this.accountError = explainChainError(error, 'Reading the account');
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  /** Connects a browser wallet (web3-onboard, loaded now) and views its account. */
  async connect(): Promise<void> {
    const config = this.config;
    if (!config) return;
    this.connecting = true;
    this.walletError = undefined;
    try {
      const { connectWallet } = await import('../../wallet/connectWallet');
      this.wallet = await connectWallet({
        chainId: config.chainId,
        rpcUrl: config.rpcUrl,
        chainLabel: 'DCRO local demo chain',
      });
      this.followWallet(this.wallet, config.chainId);
      await this.view(this.wallet.address);
    } catch (error) {
      this.walletError = explainChainError(error, 'Connecting');
    } finally {
      this.connecting = false;
    }
  }

  /**
   * Follows the wallet: another account selected in it is viewed at once; another network is
   * an error saying how to get back; no account left means disconnected.
   */
  private followWallet(wallet: WalletConnection, chainId: number): void {
    const onAccounts = (accounts: readonly string[]) => {
      const next = accounts[0];
      if (!next) {
        void this.disconnect();
        return;
      }
      if (!this.wallet) return;
      this.wallet = { ...this.wallet, address: getAddress(next) };
      void this.view(this.wallet.address);
    };
    const onChain = (id: string) => {
      this.walletError =
        Number(id) === chainId
          ? undefined
          : explainChainError(
              new WalletError(
                'The wallet switched to another network.',
                `Switch it back to the DCRO local demo chain (chain id ${chainId}).`,
              ),
              'Wallet',
            );
    };
    wallet.provider.on('accountsChanged', onAccounts);
    wallet.provider.on('chainChanged', onChain);
    this.unfollowWallet = () => {
      wallet.provider.removeListener('accountsChanged', onAccounts);
      wallet.provider.removeListener('chainChanged', onChain);
    };
  }

  private unfollowWallet: () => void = () => {};

  async disconnect(): Promise<void> {
    this.unfollowWallet();
    this.unfollowWallet = () => {};
    await this.wallet?.disconnect().catch(() => {});
    this.wallet = undefined;
    if (this.viewer) this.viewer = { ...this.viewer, via: 'read-only' };
  }

  private async pollBlock(): Promise<void> {
    try {
      this.latestBlock = await this.client!.getBlockNumber();
    } catch {
      // The next poll retries; a dead chain shows as an ageing, stale read.
    }
  }

  /** Stops the timers (the page is leaving). */
  dispose(): void {
    this.unfollowWallet();
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }
}
