import type { Address, Hash, Hex } from 'viem';
import { dcroVaultAbi } from './abis/DcroVault';
import type { SignedAttestation, Trade } from './attestationTypes';
import type { Signer } from './createSigner';
import { send } from './sendTransaction';

export type SubmitTradeParameters = {
  /** The taker or one of its operators. */
  signer: Signer;
  vault: Address;
  trade: Trade;
  quoteSignature: Hex;
  takerAttestation: SignedAttestation;
  makerAttestation: SignedAttestation;
};

/**
 * Sends `DcroVault.trade` and waits for inclusion; a revert throws viem's error with the decoded
 * custom error (`decodeChainError`).
 *
 * @example
 * await submitTrade({ signer: taker, vault, trade, quoteSignature, takerAttestation, makerAttestation });
 */
export function submitTrade(p: SubmitTradeParameters): Promise<Hash> {
  return send({
    signer: p.signer,
    address: p.vault,
    abi: dcroVaultAbi,
    functionName: 'trade',
    args: [p.trade, p.quoteSignature, p.takerAttestation, p.makerAttestation],
  });
}
