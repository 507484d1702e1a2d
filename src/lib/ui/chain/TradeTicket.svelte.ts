import { parseUnits, type Hash } from 'viem';
import type { ReadAccountReturnType } from '../../chain/readAccount';
import type { MarginResult, Portfolio } from '../../model/types';
import type { ErrorReport } from '../state/describeError';
import { nameWorstScenario } from '../portfolio/nameWorstScenario';
import type { ChainSession } from './ChainSession.svelte';
import { compareWithEngine, type CompareWithEngineReturnType } from './compareWithEngine';
import {
  EngineError,
  requestQuote,
  requestTradeAttestation,
  type EngineAttestation,
  type EngineQuote,
} from './engineApi';
import { explainChainError } from './explainChainError';
import { postTradeState } from './postTradeState';
import { sendTradeThroughWallet } from './sendTradeThroughWallet';

/**
 * Where a trade is: `checking` (quote + local pre-check) → `checked` or `refused` (breach:
 * nothing is attested or sent) → `attesting` → `mismatch` (engine ≠ browser: nothing sent) or
 * `confirming` (in the wallet) → `pending` → `mined`; `failed` at any step, with `error`.
 */
export type TicketPhase =
  | 'idle'
  | 'checking'
  | 'checked'
  | 'refused'
  | 'attesting'
  | 'mismatch'
  | 'confirming'
  | 'pending'
  | 'mined'
  | 'failed';

/** The local pre-check of a quoted trade: figures before and after, at the quote's block. */
export type Precheck = {
  quote: EngineQuote;
  blockNumber: bigint;
  before: MarginResult;
  after: MarginResult;
  /** A trader's name for the scenario binding after the trade. */
  bindingAfter: string;
};

/**
 * The trade ticket of /chain: pick a listed instrument, a side and a size; the LP quotes; the
 * browser pre-checks the post-trade book with the Wasm core and refuses a breach of initial
 * margin before anything is attested or sent; on submit it compares the engine's figures with
 * its own, byte for byte, and only then asks the wallet to send `DcroVault.trade`.
 */
export class TradeTicket {
  instrumentId = $state('');
  side = $state<'buy' | 'sell'>('buy');
  size = $state('1');
  phase = $state<TicketPhase>('idle');
  precheck = $state.raw<Precheck | undefined>(undefined);
  /** "This trade would breach initial margin by …" (phase `refused`). */
  refusal = $state('');
  engine = $state.raw<EngineAttestation | undefined>(undefined);
  browserAtEngineBlock = $state.raw<MarginResult | undefined>(undefined);
  comparison = $state.raw<CompareWithEngineReturnType | undefined>(undefined);
  txHash = $state.raw<Hash | undefined>(undefined);
  receipt = $state.raw<{ blockNumber: bigint; gasUsed: bigint } | undefined>(undefined);
  error = $state.raw<ErrorReport | undefined>(undefined);
  private seq = 0;

  constructor(readonly session: ChainSession) {}

  get busy(): boolean {
    return ['checking', 'attesting', 'confirming', 'pending'].includes(this.phase);
  }

  /** The taker quantity (18 decimals, signed), or an error message. */
  get quantity(): { ok: true; value: bigint } | { ok: false; problem: string } {
    const text = this.size.trim();
    if (!/^\d+(\.\d{1,18})?$/.test(text))
      return { ok: false, problem: 'Size must be a positive number (up to 18 decimals).' };
    const value = parseUnits(text, 18);
    if (value === 0n) return { ok: false, problem: 'Size must be greater than zero.' };
    return { ok: true, value: this.side === 'buy' ? value : -value };
  }

  /** Any edit invalidates the quote and the pre-check. */
  edited(): void {
    if (this.busy) return;
    this.seq++;
    this.phase = 'idle';
    this.precheck = undefined;
    this.refusal = '';
    this.engine = undefined;
    this.comparison = undefined;
    this.error = undefined;
    this.txHash = undefined;
    this.receipt = undefined;
  }

  /** Gets the LP's quote and pre-checks the post-trade margin locally. */
  async check(): Promise<void> {
    const s = this.session;
    const q = this.quantity;
    if (!s.viewer || !s.ctx || !s.feeAccount || !s.profile || !s.config || !q.ok) return;
    this.edited();
    const seq = this.seq;
    this.phase = 'checking';
    try {
      const quote = await requestQuote({
        engineUrl: s.config.engineUrl,
        taker: s.viewer.address,
        instrumentIds: [BigInt(this.instrumentId)],
        quantities: [q.value],
      });
      const post = await postTradeState({
        ctx: s.ctx,
        feeAccount: s.feeAccount,
        trade: quote.trade,
        blockNumber: quote.blockNumber,
      });
      const [before, after] = await this.computeBoth(post.read, post.portfolio, 'pre');
      if (seq !== this.seq) return;
      const bindingAfter = this.nameBinding(after, post.portfolio);
      this.precheck = { quote, blockNumber: quote.blockNumber, before, after, bindingAfter };
      if (!(after.initialHeadroom >= 0)) {
        const by = (-after.initialHeadroom).toLocaleString('en-US', { maximumFractionDigits: 2 });
        this.refusal = `This trade would breach initial margin by ${by} USD under ${bindingAfter}.`;
        this.phase = 'refused';
        return;
      }
      this.phase = 'checked';
    } catch (error) {
      if (seq !== this.seq) return;
      this.error = explainChainError(error, 'The quote');
      this.phase = 'failed';
    }
  }

  /**
   * Asks the engine to attest, recomputes the same block in the browser, refuses unless the two
   * are identical, then sends the trade through the wallet and reloads the account once mined.
   */
  async submit(): Promise<void> {
    const s = this.session;
    const pc = this.precheck;
    if (this.phase !== 'checked' || !pc || !s.ctx || !s.feeAccount || !s.profile || !s.config)
      return;
    const wallet = s.wallet;
    if (!wallet || wallet.address !== pc.quote.trade.taker) return;
    const seq = this.seq;
    this.phase = 'attesting';
    try {
      const engine = await requestTradeAttestation({
        engineUrl: s.config.engineUrl,
        quote: pc.quote,
      });
      this.engine = engine;
      const post = await postTradeState({
        ctx: s.ctx,
        feeAccount: s.feeAccount,
        trade: pc.quote.trade,
        blockNumber: engine.blockNumber,
      });
      const browser = await this.compute(post.portfolio, 'verify');
      this.browserAtEngineBlock = browser;
      this.comparison = compareWithEngine({ engine, browser, after: post.after, read: post.read });
      if (!this.comparison.identical) {
        this.phase = 'mismatch';
        return;
      }
      this.phase = 'confirming';
      const receipt = await sendTradeThroughWallet({
        wallet,
        client: s.client!,
        rpcUrl: s.config.rpcUrl,
        chainId: s.config.chainId,
        vault: s.config.vault,
        trade: pc.quote.trade,
        quoteSignature: pc.quote.quoteSignature,
        takerAttestation: engine.signed,
        makerAttestation: engine.counterparty.signed,
        onSent: (hash) => {
          this.txHash = hash;
          this.phase = 'pending';
        },
      });
      this.receipt = { blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed };
      if (receipt.status !== 'success') {
        this.error = {
          title: `The trade reverted on chain in block ${receipt.blockNumber}.`,
          details: [`transaction ${receipt.transactionHash}`],
          hints: ['The chain changed between the dry run and inclusion: reload and try again.'],
          issues: [],
        };
        this.phase = 'failed';
      } else this.phase = 'mined';
      await s.reload();
    } catch (error) {
      if (seq !== this.seq) return;
      this.error =
        error instanceof EngineError && error.refusal
          ? {
              title: `The engine refused to sign: ${error.refusal.role === 'counterparty' ? 'the LP pool' : 'this account'} would breach initial margin by ${(-error.refusal.initialHeadroom).toFixed(2)} USD under ${error.refusal.binding.label} (${error.refusal.binding.underlier}).`,
              details: [],
              hints: ['Nothing was signed or sent. Reduce the size or reload the account.'],
              issues: [],
            }
          : explainChainError(error, 'The trade');
      this.phase = 'failed';
    }
  }

  private nameBinding(r: MarginResult, portfolio: Portfolio): string {
    return nameWorstScenario(
      r.worst,
      this.session.profile!.params,
      Object.keys(portfolio.underliers),
    );
  }

  private async compute(portfolio: Portfolio, channel: string) {
    const r = await this.session.app.pool!.compute(
      { portfolio, params: this.session.profile!.params },
      `chain:${channel}`,
    );
    if (!r) throw new Error('The margin computation was superseded; try again.');
    return r;
  }

  private computeBoth(read: ReadAccountReturnType, after: Portfolio, tag: string) {
    return Promise.all([
      this.compute(read.portfolio, `${tag}:before`),
      this.compute(after, `${tag}:after`),
    ]);
  }
}
