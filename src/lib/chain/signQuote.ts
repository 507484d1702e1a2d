import type { Address, Hex, LocalAccount } from 'viem';
import { dcroDomain, quoteMessage, quoteTypes, type Trade } from './attestationTypes';

export type SignQuoteParameters = {
  /** The maker, or an operator the maker approved with `setOperator`. */
  account: LocalAccount;
  chainId: number;
  vault: Address;
  trade: Trade;
};

/**
 * The maker's EIP-712 Quote signature over exactly `trade` (what `DcroVault.trade` checks).
 *
 * @example
 * const quoteSignature = await signQuote({ account: lp, chainId: 31337, vault, trade });
 */
export function signQuote({ account, chainId, vault, trade }: SignQuoteParameters): Promise<Hex> {
  return account.signTypedData({
    domain: dcroDomain({ chainId, vault }),
    types: quoteTypes,
    primaryType: 'Quote',
    message: quoteMessage(trade),
  });
}

/** A fresh random quote nonce (quote nonces are unordered: each is usable once). */
export function randomQuoteNonce(): bigint {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return BigInt(`0x${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`);
}
