import type { Address, Hex, TypedDataDomain } from 'viem';

/**
 * The ONE TypeScript source of truth for DCRO's EIP-712 messages (DESIGN.md "Attestations";
 * contracts/src/libraries/AttestationLib.sol has the Solidity twin). `attestationTypes.test.ts`
 * pins the type hashes to the contract's constants, so a field renamed on one side only fails CI.
 */

/** `{name: "DCRO", version: "1", chainId, verifyingContract: <DcroVault>}`. */
export function dcroDomain({
  chainId,
  vault,
}: {
  chainId: number;
  vault: Address;
}): TypedDataDomain & { chainId: number; verifyingContract: Address } {
  return { name: 'DCRO', version: '1', chainId, verifyingContract: vault };
}

/** The engine's statement about one account's margin (all money figures 1e18 = 1 USD). */
export const attestationTypes = {
  Attestation: [
    { name: 'account', type: 'address' },
    { name: 'stateHash', type: 'bytes32' },
    { name: 'marketHash', type: 'bytes32' },
    { name: 'paramsHash', type: 'bytes32' },
    { name: 'equity', type: 'int256' },
    { name: 'initialMargin', type: 'uint256' },
    { name: 'maintenanceMargin', type: 'uint256' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
  ],
} as const;

/** A maker's (LP's) agreement to exactly one trade; `nonce`/`deadline` are the trade's quote ones. */
export const quoteTypes = {
  Quote: [
    { name: 'maker', type: 'address' },
    { name: 'taker', type: 'address' },
    { name: 'instrumentIds', type: 'uint256[]' },
    { name: 'quantities', type: 'int256[]' },
    { name: 'premium', type: 'int256' },
    { name: 'fee', type: 'uint256' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
  ],
} as const;

/** `ATTESTATION_TYPEHASH` in AttestationLib.sol (contracts/README.md). */
export const ATTESTATION_TYPEHASH =
  '0x63a107c846543990819f5f4bf2394dbfef52f277aab9e629d0efebb2c0b59907' as const;
/** `QUOTE_TYPEHASH` in AttestationLib.sol (contracts/README.md). */
export const QUOTE_TYPEHASH =
  '0x9156e65898ec72c96549730a3842af7bb0c81563e44ec0a274ef80ac94948fc6' as const;

/** The attestation message, as the vault's `Attestation` struct. */
export type Attestation = {
  account: Address;
  stateHash: Hex;
  marketHash: Hex;
  paramsHash: Hex;
  /** USD, 1e18, rounded down. */
  equity: bigint;
  /** USD, 1e18, rounded up. */
  initialMargin: bigint;
  /** USD, 1e18, rounded up. */
  maintenanceMargin: bigint;
  nonce: bigint;
  /** Last valid unix second. */
  deadline: bigint;
};

/** The vault's `SignedAttestation` (65-byte r‖s‖v signature). */
export type SignedAttestation = { attestation: Attestation; signature: Hex };

/** The vault's `Trade` struct (taker's quantities, 18 decimals; premium and fee in USDC units). */
export type Trade = {
  taker: Address;
  maker: Address;
  instrumentIds: readonly bigint[];
  quantities: readonly bigint[];
  premium: bigint;
  fee: bigint;
  quoteNonce: bigint;
  quoteDeadline: bigint;
};

/** The Quote message a maker signs for `trade`. */
export function quoteMessage(trade: Trade) {
  return {
    maker: trade.maker,
    taker: trade.taker,
    instrumentIds: trade.instrumentIds,
    quantities: trade.quantities,
    premium: trade.premium,
    fee: trade.fee,
    nonce: trade.quoteNonce,
    deadline: trade.quoteDeadline,
  };
}
