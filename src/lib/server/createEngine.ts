import type { Address, Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { CoreExports } from '../engine/CoreExports';
import { dcroDomain } from '../chain/attestationTypes';
import type { VaultContext } from '../chain/loadVaultContext';
import { readAccount } from '../chain/readAccount';
import { accountFigures, type AccountFigures } from './accountFigures';
import { attestLiquidation } from './attestLiquidation';
import type { AttestOutcome } from './attestOutcome';
import { attestSettlement } from './attestSettlement';
import { attestTradeOrWithdrawal } from './attestTradeOrWithdrawal';
import type { EngineScope } from './engineScope';
import { requireKnown } from './refusals';
import type { AttestActionRequest } from './requestSchemas';

export type { AccountFigures } from './accountFigures';
export type { AttestOutcome, SettlementCredit } from './attestOutcome';
export type { Refusal } from './refusals';
export type { SignedFigures } from './signAttestation';

export type CreateEngineParameters = {
  ctx: VaultContext;
  core: CoreExports;
  /** The engine's signing key (an engine signer of DcroRiskParams). */
  engineKey: Hex;
  /** Seconds an attestation stays valid after the block it was computed at (default 300). */
  ttlSeconds?: number;
};

export type MarginReport = AccountFigures & {
  blockNumber: bigint;
  stateHash: Hex;
  marketHash: Hex;
  paramsHash: Hex;
  nonce: bigint;
};

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
 * attestations of post-action states whose initial headroom is ≥ 0. One file per action family:
 * attestTradeOrWithdrawal.ts, attestLiquidation.ts, attestSettlement.ts.
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
  const signer = privateKeyToAccount(engineKey);
  const scope: EngineScope = {
    ctx,
    core,
    signer,
    domain: dcroDomain({ chainId: ctx.chainId, vault: ctx.vault }),
    ttlSeconds,
  };

  const margin = async (account: Address): Promise<MarginReport> => {
    const read = await readAccount({ ctx, account });
    requireKnown(account, read.state, read.nonce);
    return {
      ...accountFigures({ core, account, portfolio: read.portfolio, paramsHash: read.paramsHash }),
      blockNumber: read.blockNumber,
      stateHash: read.stateHash,
      marketHash: read.marketHash,
      paramsHash: read.paramsHash,
      nonce: read.nonce,
    };
  };

  const attest = async (account: Address, request: AttestActionRequest) => {
    if (request.type === 'liquidate') return attestLiquidation(scope, account, request.liquidator);
    if (request.type === 'settle') return attestSettlement(scope, account, request.instrumentIds);
    return attestTradeOrWithdrawal(scope, account, request);
  };

  return { signer: signer.address, ctx, margin, attest };
}
