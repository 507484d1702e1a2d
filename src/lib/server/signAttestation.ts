import type { Hex, LocalAccount } from 'viem';
import type { AccountState } from '../chain/AccountState';
import { accountStateHash } from '../chain/AccountState';
import { attestationTypes, type Attestation, type dcroDomain } from '../chain/attestationTypes';
import { toAttestedFigures } from '../chain/fixedPoint';
import type { AccountFigures } from './accountFigures';

/** Figures with the engine's EIP-712 attestation of them and its 65-byte signature. */
export type SignedFigures = AccountFigures & { attestation: Attestation; signature: Hex };

export type SignAttestationParameters = {
  signer: LocalAccount;
  domain: ReturnType<typeof dcroDomain>;
  figures: AccountFigures;
  /** The state the attestation binds (post-action; a liquidation victim's: current). */
  state: AccountState;
  /** `nonces(account)` at the block read. */
  nonce: bigint;
  marketHash: Hex;
  paramsHash: Hex;
  /** Last valid unix second. */
  deadline: bigint;
};

/**
 * Signs `Attestation(account, stateHash, marketHash, paramsHash, equity, IM, MM, nonce,
 * deadline)` with the figures rounded as the vault expects (`toAttestedFigures`: equity down,
 * margins up).
 *
 * @example
 * const signed = await signAttestation({ signer, domain, figures, state: after, nonce,
 *   marketHash, paramsHash, deadline: timestamp + 300n });
 */
export async function signAttestation(p: SignAttestationParameters): Promise<SignedFigures> {
  const attestation: Attestation = {
    account: p.figures.account,
    stateHash: accountStateHash(p.state),
    marketHash: p.marketHash,
    paramsHash: p.paramsHash,
    ...toAttestedFigures(p.figures.margin),
    nonce: p.nonce,
    deadline: p.deadline,
  };
  const signature = await p.signer.signTypedData({
    domain: p.domain,
    types: attestationTypes,
    primaryType: 'Attestation',
    message: attestation,
  });
  return { ...p.figures, attestation, signature };
}
