import { hashTypedData, keccak256, stringToBytes, zeroAddress } from 'viem';
import { describe, expect, test } from 'vitest';
import {
  ATTESTATION_TYPEHASH,
  QUOTE_TYPEHASH,
  attestationTypes,
  dcroDomain,
  quoteTypes,
} from './attestationTypes';

/** EIP-712 `encodeType` of a struct without nested struct types. */
function encodeType(name: string, fields: readonly { name: string; type: string }[]): string {
  return `${name}(${fields.map((f) => `${f.type} ${f.name}`).join(',')})`;
}

describe('attestationTypes', () => {
  test('the Attestation type hashes to the contract’s pinned ATTESTATION_TYPEHASH', () => {
    const type = encodeType('Attestation', attestationTypes.Attestation);
    expect(type).toBe(
      'Attestation(address account,bytes32 stateHash,bytes32 marketHash,bytes32 paramsHash,int256 equity,uint256 initialMargin,uint256 maintenanceMargin,uint256 nonce,uint256 deadline)',
    );
    expect(keccak256(stringToBytes(type))).toBe(ATTESTATION_TYPEHASH);
    expect(ATTESTATION_TYPEHASH.startsWith('0x63a107c8')).toBe(true);
  });

  test('the Quote type hashes to the contract’s pinned QUOTE_TYPEHASH', () => {
    const type = encodeType('Quote', quoteTypes.Quote);
    expect(keccak256(stringToBytes(type))).toBe(QUOTE_TYPEHASH);
  });

  test('the digest of a fixed attestation is stable', () => {
    const digest = hashTypedData({
      domain: dcroDomain({ chainId: 31337, vault: zeroAddress }),
      types: attestationTypes,
      primaryType: 'Attestation',
      message: {
        account: zeroAddress,
        stateHash: `0x${'11'.repeat(32)}`,
        marketHash: `0x${'22'.repeat(32)}`,
        paramsHash: `0x${'33'.repeat(32)}`,
        equity: -1n,
        initialMargin: 2n,
        maintenanceMargin: 3n,
        nonce: 0n,
        deadline: 4n,
      },
    });
    expect(digest).toMatch(/^0x[0-9a-f]{64}$/);
  });
});
