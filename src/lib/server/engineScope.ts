import type { Address, LocalAccount } from 'viem';
import type { CoreExports } from '../engine/CoreExports';
import type { AccountState } from '../chain/AccountState';
import type { dcroDomain } from '../chain/attestationTypes';
import type { VaultContext } from '../chain/loadVaultContext';
import { portfolioOfState } from '../chain/portfolioOfState';
import { accountFigures, type AccountFigures } from './accountFigures';
import { readAtBlock, type BlockRead } from './readAtBlock';
import { signAttestation, type SignedFigures } from './signAttestation';

/** What every action family of the engine needs: the vault, the core and the signing key. */
export type EngineScope = {
  ctx: VaultContext;
  core: CoreExports;
  signer: LocalAccount;
  domain: ReturnType<typeof dcroDomain>;
  /** Seconds an attestation stays valid after the block it was computed at. */
  ttlSeconds: number;
};

/** A one-block read with the two things done at that block: figures of a state, and signing. */
export type AttestRead = BlockRead & {
  /** The margin of `state` (any state: current or predicted) under the block's market. */
  figuresOfState: (account: Address, state: AccountState) => Promise<AccountFigures>;
  /** Signs `figures` of `state` with the block's market and params hashes, deadline block + ttl. */
  sign: (figures: AccountFigures, state: AccountState, nonce: bigint) => Promise<SignedFigures>;
};

/** Reads `accounts` and the market at the latest block (readAtBlock) for an attestation. */
export async function readForAttest(scope: EngineScope, accounts: Address[]): Promise<AttestRead> {
  const read = await readAtBlock(scope.ctx, accounts);
  const figuresOfState = async (account: Address, state: AccountState) => {
    const { portfolio } = await portfolioOfState({
      ctx: scope.ctx,
      reader: read.reader,
      state,
      asOf: read.asOf,
    });
    return accountFigures({ core: scope.core, account, portfolio, paramsHash: read.paramsHash });
  };
  const sign = (figures: AccountFigures, state: AccountState, nonce: bigint) =>
    signAttestation({
      signer: scope.signer,
      domain: scope.domain,
      figures,
      state,
      nonce,
      marketHash: read.marketHash,
      paramsHash: read.paramsHash,
      deadline: read.timestamp + BigInt(scope.ttlSeconds),
    });
  return { ...read, figuresOfState, sign };
}
