import { ContractFunctionRevertedError, encodeErrorResult, UserRejectedRequestError } from 'viem';
import { describe, expect, test } from 'vitest';
import { dcroVaultAbi } from '../../chain/abis/DcroVault';
import { explainChainError } from './explainChainError';

const revert = (
  errorName: 'DcroVault_MarketMismatch',
  args: readonly [`0x${string}`, `0x${string}`],
) =>
  new ContractFunctionRevertedError({
    abi: dcroVaultAbi,
    functionName: 'trade',
    data: encodeErrorResult({ abi: dcroVaultAbi, errorName, args }),
  });

describe('explainChainError', () => {
  test('a revert names the custom error and says what to do', () => {
    const r = explainChainError(
      revert('DcroVault_MarketMismatch', [`0x${'1'.repeat(64)}`, `0x${'2'.repeat(64)}`]),
    );
    expect(r.title).toBe('The vault rejected it: DcroVault_MarketMismatch.');
    expect(r.hints[0]).toMatch(/oracle moved since the engine signed.*get a fresh attestation/);
  });

  test('a refusal in the wallet says nothing was sent', () => {
    const r = explainChainError(
      new UserRejectedRequestError(new Error('User denied')),
      'The trade',
    );
    expect(r.title).toBe('The trade was rejected in the wallet.');
    expect(r.hints).toEqual(['Nothing was sent. Submit again when ready.']);
  });

  test('an EIP-1193 error with code 4001 is a rejection too', () => {
    const e = Object.assign(new Error('rejected'), { code: 4001 });
    expect(explainChainError(e, 'Connecting').title).toBe('Connecting was rejected in the wallet.');
  });
});
