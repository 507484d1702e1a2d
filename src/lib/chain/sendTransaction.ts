import type { Abi, ContractFunctionArgs, ContractFunctionName, Address, Hash } from 'viem';
import { BaseError } from '../errors/BaseError';
import type { Signer } from './createSigner';

export type SendParameters<
  abi extends Abi,
  name extends ContractFunctionName<abi, 'nonpayable' | 'payable'>,
> = {
  signer: Signer;
  address: Address;
  abi: abi;
  functionName: name;
  args: ContractFunctionArgs<abi, 'nonpayable' | 'payable', name>;
};

/**
 * Sends one contract call from `signer` and waits for its receipt; throws when it reverts (gas
 * estimation already decodes a custom error into viem's `ContractFunctionRevertedError`).
 *
 * @example
 * await send({ signer, address: token, abi: testTokenAbi, functionName: 'mint', args: [to, 1n] });
 */
export async function send<
  const abi extends Abi,
  name extends ContractFunctionName<abi, 'nonpayable' | 'payable'>,
>(parameters: SendParameters<abi, name>): Promise<Hash> {
  const { signer, ...call } = parameters;
  // viem's writeContract generics are deep; the call is checked by SendParameters above.
  const hash = await signer.writeContract(call as never);
  const receipt = await signer.waitForTransactionReceipt({ hash, pollingInterval: 20 });
  if (receipt.status !== 'success')
    throw new BaseError(`Transaction ${String(parameters.functionName)} reverted.`, {
      code: 'TX_REVERTED',
      details: [`hash ${hash}`],
    });
  return hash;
}
