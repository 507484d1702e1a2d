import { isAddressEqual, recoverTypedDataAddress, type Address, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { computeMargin } from '../engine/computeMargin';
import type { CoreExports } from '../engine/CoreExports';
import { BaseError } from '../errors/BaseError';
import type { MarginResult, Portfolio } from '../model/types';
import { dcroVaultAbi } from '../chain/abis/DcroVault';
import { accountStateHash, type AccountState } from '../chain/AccountState';
import { applyAction, type Action } from '../chain/applyAction';
import {
  attestationTypes,
  dcroDomain,
  quoteMessage,
  quoteTypes,
  type Attestation,
} from '../chain/attestationTypes';
import { createMarketReader } from '../chain/createMarketReader';
import { toAttestedFigures } from '../chain/fixedPoint';
import type { VaultContext } from '../chain/loadVaultContext';
import { portfolioOfState } from '../chain/portfolioOfState';
import { readAccount } from '../chain/readAccount';
import { liquidationStates } from '../chain/liquidationStates';
import { readAccountState, type ReadAccountStateReturnType } from '../chain/readAccountState';
import { dcroRiskParamsAbi } from '../chain/abis/DcroRiskParams';
import { bindingScenario, type BindingScenario } from './bindingScenario';
import { paramsForHash } from './paramsForHash';
import type { AttestActionRequest } from './requestSchemas';

export type CreateEngineParameters = {
  ctx: VaultContext;
  core: CoreExports;
  /** The engine's signing key (an engine signer of DcroRiskParams). */
  engineKey: Hex;
  /** Seconds an attestation stays valid after the block it was computed at (default 300). */
  ttlSeconds?: number;
};

export type AccountFigures = {
  account: Address;
  profile: string;
  portfolio: Portfolio;
  margin: MarginResult;
  binding: BindingScenario;
};

export type MarginReport = AccountFigures & {
  blockNumber: bigint;
  stateHash: Hex;
  marketHash: Hex;
  paramsHash: Hex;
  nonce: bigint;
};

export type SignedFigures = AccountFigures & { attestation: Attestation; signature: Hex };

/**
 * Why the engine will not sign (an expected outcome, not an exception): an account (the acting
 * account, a trade's counterparty or a liquidator) would end below initial margin, or a
 * liquidation's victim is not below maintenance margin.
 */
export type Refusal = {
  code: 'INSUFFICIENT_MARGIN' | 'NOT_LIQUIDATABLE';
  account: Address;
  role: 'account' | 'counterparty' | 'liquidator';
  initialHeadroom: number;
  maintenanceHeadroom: number;
  binding: BindingScenario;
  margin: MarginResult;
};

export type AttestOutcome =
  | {
      ok: true;
      blockNumber: bigint;
      /** The acting account's attestation (a liquidation: the victim's, of its CURRENT state). */
      signed: SignedFigures;
      /** A trade's maker, or a liquidation's liquidator (its post-liquidation state). */
      counterparty: SignedFigures | undefined;
      /** A liquidation: what the liquidator pays the victim (USDC units). */
      liquidation?: { liquidator: Address; payout: bigint };
    }
  | { ok: false; blockNumber: bigint; refusal: Refusal };

export type Engine = {
  signer: Address;
  ctx: VaultContext;
  /** The margin of an account as it is on chain now (nothing signed). */
  margin: (account: Address) => Promise<MarginReport>;
  /** Reads the chain, applies `action`, computes and signs the post-action figures (or refuses). */
  attest: (account: Address, action: AttestActionRequest) => Promise<AttestOutcome>;
};

/**
 * The risk engine: reads accounts and the oracle market from the chain itself (never a client's
 * book), computes with the Wasm core under the chain's active profile, and signs EIP-712
 * attestations of post-action states whose initial headroom is ≥ 0.
 *
 * @example
 * const engine = createEngine({ ctx, core: await loadCoreNode(), engineKey });
 * const out = await engine.attest(taker, { type: 'withdrawCash', amount: 10_000_000n });
 * if (out.ok) await vault.write.withdrawCash([10_000_000n, out.signed]);
 */
export function createEngine({
  ctx,
  core,
  engineKey,
  ttlSeconds = 300,
}: CreateEngineParameters): Engine {
  const signerAccount = privateKeyToAccount(engineKey);
  const domain = dcroDomain({ chainId: ctx.chainId, vault: ctx.vault });
  const figuresOf = (account: Address, portfolio: Portfolio, paramsHash: Hex): AccountFigures => {
    const { name, params } = paramsForHash(paramsHash);
    const margin = computeMargin({ portfolio, params, core });
    return {
      account,
      profile: name,
      portfolio,
      margin,
      binding: bindingScenario({ result: margin, params, portfolio }),
    };
  };

  const margin = async (account: Address): Promise<MarginReport> => {
    const read = await readAccount({ ctx, account });
    requireKnown(account, read.state, read.nonce);
    return {
      ...figuresOf(account, read.portfolio, read.paramsHash),
      blockNumber: read.blockNumber,
      stateHash: read.stateHash,
      marketHash: read.marketHash,
      paramsHash: read.paramsHash,
      nonce: read.nonce,
    };
  };

  /** The block, the market and the accounts' states, read at one block and hash-checked. */
  const readAt = async (accounts: Address[]) => {
    const block = await ctx.client.getBlock({ blockTag: 'latest' });
    const blockNumber = block.number;
    const asOf = Number(block.timestamp);
    const reader = createMarketReader({ ctx, blockNumber });
    const at = { address: ctx.vault, abi: dcroVaultAbi, blockNumber } as const;
    const [hashes, paramsHash, feeAccount, collateralAssets, ...states] = await Promise.all([
      reader.hashes(),
      ctx.client.readContract({
        address: ctx.riskParams,
        abi: dcroRiskParamsAbi,
        functionName: 'activeParamsHash',
        blockNumber,
      }),
      ctx.client.readContract({ ...at, functionName: 'feeAccount' }),
      ctx.client.readContract({ ...at, functionName: 'collateralAssets' }),
      ...accounts.map((account) => readAccountState({ ctx, account, blockNumber })),
    ]);
    if (
      hashes.marketHash !== hashes.vaultMarketHash ||
      states.some((s) => accountStateHash(s.state) !== s.vaultStateHash)
    )
      throw new BaseError('The TypeScript state or market hash differs from the vault’s.', {
        code: 'HASH_ENCODING_MISMATCH',
        metaMessages: ['contracts/README.md documents both encodings; rebuild the ABIs.'],
      });
    const sign = async (
      figures: AccountFigures,
      state: AccountState,
      nonce: bigint,
    ): Promise<SignedFigures> => {
      const attestation: Attestation = {
        account: figures.account,
        stateHash: accountStateHash(state),
        marketHash: hashes.marketHash,
        paramsHash,
        ...toAttestedFigures(figures.margin),
        nonce,
        deadline: block.timestamp + BigInt(ttlSeconds),
      };
      const signature = await signerAccount.signTypedData({
        domain,
        types: attestationTypes,
        primaryType: 'Attestation',
        message: attestation,
      });
      return { ...figures, attestation, signature };
    };
    const figuresOfState = async (account: Address, state: AccountState) => {
      const { portfolio } = await portfolioOfState({ ctx, reader, state, asOf });
      return figuresOf(account, portfolio, paramsHash);
    };
    return { blockNumber, asOf, feeAccount, collateralAssets, states, sign, figuresOfState };
  };

  const refusal = (
    code: Refusal['code'],
    role: Refusal['role'],
    figures: AccountFigures,
  ): Refusal => ({
    code,
    account: figures.account,
    role,
    initialHeadroom: figures.margin.initialHeadroom,
    maintenanceHeadroom: figures.margin.maintenanceHeadroom,
    binding: figures.binding,
    margin: figures.margin,
  });

  /** Initial headroom ≥ 0, in the core's f64 figures and in the attested (rounded) integers. */
  const meetsInitial = (figures: AccountFigures) => {
    const fixed = toAttestedFigures(figures.margin);
    return figures.margin.initialHeadroom >= 0 && fixed.equity - fixed.initialMargin >= 0n;
  };

  const attest = async (account: Address, request: AttestActionRequest): Promise<AttestOutcome> => {
    if (request.type === 'liquidate') return attestLiquidation(account, request.liquidator);
    const action = toAction(account, request);
    const parties: { account: Address; role: 'account' | 'counterparty' }[] = [
      { account, role: 'account' },
    ];
    if (action.type === 'trade') parties.push({ account: action.maker, role: 'counterparty' });
    const read = await readAt(parties.map((p) => p.account));
    const { blockNumber, states } = read;
    states.forEach((s, k) => requireKnown(parties[k]!.account, s.state, s.nonce));
    if (action.type === 'trade' && request.type === 'trade')
      await checkTrade(action, request, read.asOf, blockNumber);

    const signedAll: SignedFigures[] = [];
    for (const [k, party] of parties.entries()) {
      const after = applyAction({
        state: states[k]!.state,
        account: party.account,
        action,
        feeAccount: read.feeAccount,
      });
      const figures = await read.figuresOfState(party.account, after);
      if (!meetsInitial(figures))
        return {
          ok: false,
          blockNumber,
          refusal: refusal('INSUFFICIENT_MARGIN', party.role, figures),
        };
      signedAll.push(await read.sign(figures, after, states[k]!.nonce));
    }
    return { ok: true, blockNumber, signed: signedAll[0]!, counterparty: signedAll[1] };
  };

  /**
   * `DcroVault.liquidate(victim, …)` sent by `liquidator`: the victim's CURRENT state must be
   * below maintenance margin (signed without an initial-margin check, as the vault verifies it),
   * and the liquidator's state after the takeover (liquidationStates.ts) at or above initial.
   */
  const attestLiquidation = async (
    victim: Address,
    liquidator: Address,
  ): Promise<AttestOutcome> => {
    if (isAddressEqual(victim, liquidator))
      invalid('an account cannot liquidate itself (the liquidator is the account)');
    const read = await readAt([victim, liquidator]);
    const { blockNumber } = read;
    const [v, l] = read.states as [ReadAccountStateReturnType, ReadAccountStateReturnType];
    requireKnown(victim, v.state, v.nonce);
    const victimFigures = await read.figuresOfState(victim, v.state);
    const fixed = toAttestedFigures(victimFigures.margin);
    if (
      !(victimFigures.margin.maintenanceHeadroom < 0) ||
      fixed.equity - fixed.maintenanceMargin >= 0n
    )
      return {
        ok: false,
        blockNumber,
        refusal: refusal('NOT_LIQUIDATABLE', 'account', victimFigures),
      };
    const after = liquidationStates({
      victim: v.state,
      liquidator: l.state,
      equity: fixed.equity,
      collateralAssets: read.collateralAssets,
    });
    const liquidatorFigures = await read.figuresOfState(liquidator, after.liquidator);
    if (!meetsInitial(liquidatorFigures))
      return {
        ok: false,
        blockNumber,
        refusal: refusal('INSUFFICIENT_MARGIN', 'liquidator', liquidatorFigures),
      };
    const [signed, counterparty] = await Promise.all([
      read.sign(victimFigures, v.state, v.nonce),
      read.sign(liquidatorFigures, after.liquidator, l.nonce),
    ]);
    return {
      ok: true,
      blockNumber,
      signed,
      counterparty,
      liquidation: { liquidator, payout: after.payout },
    };
  };

  /** Legs must be listed and unexpired; a quote, when given, must be the maker's and unused. */
  async function checkTrade(
    action: Extract<Action, { type: 'trade' }>,
    request: Extract<AttestActionRequest, { type: 'trade' }>,
    asOf: number,
    blockNumber: bigint,
  ) {
    for (const id of action.instrumentIds) {
      const inst = await ctx.instrument(id).catch(() => undefined);
      if (!inst) invalid(`instrument id ${id} is not listed on the vault`);
      if (inst.kind !== 'perp' && asOf >= inst.expiry)
        invalid(`${inst.name} (id ${id}) has expired`);
    }
    if (request.quoteSignature === undefined) return;
    if (request.quoteNonce === undefined || request.quoteDeadline === undefined)
      invalid('a quoteSignature needs its quoteNonce and quoteDeadline');
    const trade = {
      ...action,
      quoteNonce: request.quoteNonce,
      quoteDeadline: request.quoteDeadline,
    };
    const quoteSigner = await recoverTypedDataAddress({
      domain,
      types: quoteTypes,
      primaryType: 'Quote',
      message: quoteMessage(trade),
      signature: request.quoteSignature as Hex,
    });
    const at = { address: ctx.vault, abi: dcroVaultAbi, blockNumber } as const;
    const [operator, used] = await Promise.all([
      ctx.client.readContract({
        ...at,
        functionName: 'isOperator',
        args: [action.maker, quoteSigner],
      }),
      ctx.client.readContract({
        ...at,
        functionName: 'quoteNonceUsed',
        args: [action.maker, request.quoteNonce],
      }),
    ]);
    if (!isAddressEqual(quoteSigner, action.maker) && !operator)
      invalid(`the quote is signed by ${quoteSigner}, not by the maker or one of its operators`);
    if (used) invalid(`the maker's quote nonce ${request.quoteNonce} was already used`);
    if (BigInt(asOf) > request.quoteDeadline) invalid('the quote has expired');
  }

  return { signer: signerAccount.address, ctx, margin, attest };
}

function toAction(
  account: Address,
  r: Exclude<AttestActionRequest, { type: 'liquidate' }>,
): Action {
  if (r.type !== 'trade') return r;
  return {
    type: 'trade',
    taker: account,
    maker: r.counterparty,
    instrumentIds: r.instrumentIds,
    quantities: r.quantities,
    premium: r.premium,
    fee: r.fee,
  };
}

function requireKnown(account: Address, state: AccountState, nonce: bigint) {
  const empty =
    state.cash === 0n && state.collateralAssets.length === 0 && state.instrumentIds.length === 0;
  if (empty && nonce === 0n)
    throw new BaseError(
      `Unknown account ${account}: it has no collateral, cash or positions in the vault.`,
      {
        code: 'UNKNOWN_ACCOUNT',
        metaMessages: ['Deposit collateral first (deposit or depositCash need no attestation).'],
      },
    );
}

function invalid(problem: string): never {
  throw new BaseError(`The action is not valid: ${problem}.`, {
    code: 'INVALID_ACTION',
    metaMessages: ['Nothing was signed.'],
  });
}
