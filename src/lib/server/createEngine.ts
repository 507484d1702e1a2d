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
import { readAccountState } from '../chain/readAccountState';
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

/** Why the engine will not sign (an expected outcome, not an exception). */
export type Refusal = {
  code: 'INSUFFICIENT_MARGIN';
  account: Address;
  role: 'account' | 'counterparty';
  initialHeadroom: number;
  binding: BindingScenario;
  margin: MarginResult;
};

export type AttestOutcome =
  | {
      ok: true;
      blockNumber: bigint;
      signed: SignedFigures;
      counterparty: SignedFigures | undefined;
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

  const attest = async (account: Address, request: AttestActionRequest): Promise<AttestOutcome> => {
    const block = await ctx.client.getBlock({ blockTag: 'latest' });
    const blockNumber = block.number;
    const asOf = Number(block.timestamp);
    const reader = createMarketReader({ ctx, blockNumber });
    const action = toAction(account, request);
    const parties: { account: Address; role: 'account' | 'counterparty' }[] = [
      { account, role: 'account' },
    ];
    if (action.type === 'trade') parties.push({ account: action.maker, role: 'counterparty' });
    const [hashes, paramsHash, feeAccount, ...states] = await Promise.all([
      reader.hashes(),
      ctx.client.readContract({
        address: ctx.riskParams,
        abi: dcroRiskParamsAbi,
        functionName: 'activeParamsHash',
        blockNumber,
      }),
      ctx.client.readContract({
        address: ctx.vault,
        abi: dcroVaultAbi,
        functionName: 'feeAccount',
        blockNumber,
      }),
      ...parties.map((p) => readAccountState({ ctx, account: p.account, blockNumber })),
    ]);
    states.forEach((s, k) => requireKnown(parties[k]!.account, s.state, s.nonce));
    if (
      hashes.marketHash !== hashes.vaultMarketHash ||
      states.some((s) => accountStateHash(s.state) !== s.vaultStateHash)
    )
      throw new BaseError('The TypeScript state or market hash differs from the vault’s.', {
        code: 'HASH_ENCODING_MISMATCH',
        metaMessages: ['contracts/README.md documents both encodings; rebuild the ABIs.'],
      });
    if (action.type === 'trade' && request.type === 'trade')
      await checkTrade(action, request, asOf, blockNumber);

    const signedAll: SignedFigures[] = [];
    for (const [k, party] of parties.entries()) {
      const after = applyAction({
        state: states[k]!.state,
        account: party.account,
        action,
        feeAccount,
      });
      const { portfolio } = await portfolioOfState({ ctx, reader, state: after, asOf });
      const figures = figuresOf(party.account, portfolio, paramsHash);
      const fixed = toAttestedFigures(figures.margin);
      if (!(figures.margin.initialHeadroom >= 0) || fixed.equity - fixed.initialMargin < 0n)
        return {
          ok: false,
          blockNumber,
          refusal: {
            code: 'INSUFFICIENT_MARGIN',
            account: party.account,
            role: party.role,
            initialHeadroom: figures.margin.initialHeadroom,
            binding: figures.binding,
            margin: figures.margin,
          },
        };
      const attestation: Attestation = {
        account: party.account,
        stateHash: accountStateHash(after),
        marketHash: hashes.marketHash,
        paramsHash,
        ...fixed,
        nonce: states[k]!.nonce,
        deadline: block.timestamp + BigInt(ttlSeconds),
      };
      const signature = await signerAccount.signTypedData({
        domain,
        types: attestationTypes,
        primaryType: 'Attestation',
        message: attestation,
      });
      signedAll.push({ ...figures, attestation, signature });
    }
    return { ok: true, blockNumber, signed: signedAll[0]!, counterparty: signedAll[1] };
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

function toAction(account: Address, r: AttestActionRequest): Action {
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
