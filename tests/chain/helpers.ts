import {
  ContractFunctionRevertedError,
  decodeErrorResult,
  BaseError as ViemBaseError,
  type Hex,
} from 'viem';
import { dcroVaultAbi } from '../../src/lib/chain/abis/DcroVault';

/** Runs `send` expecting a revert; returns the custom error name decoded with decodeErrorResult. */
export async function revertName(send: () => Promise<unknown>): Promise<string> {
  try {
    await send();
  } catch (error) {
    if (!(error instanceof ViemBaseError)) throw error;
    const revert = error.walk((e) => e instanceof ContractFunctionRevertedError);
    const raw = (revert as ContractFunctionRevertedError | null)?.raw as Hex | undefined;
    if (!raw) throw error;
    return decodeErrorResult({ abi: dcroVaultAbi, data: raw }).errorName;
  }
  throw new Error('expected a revert, but the transaction went through');
}

/** POST JSON (or a raw string) and return status, headers and the parsed body. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  // Response bodies are checked field by field in the tests; typing each one adds nothing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; headers: Headers; json: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : undefined,
  };
}

/** An attestation as JSON (decimal strings) back into the vault's struct. */
export function signedFromJson(s: { attestation: Record<string, string>; signature: Hex }) {
  const a = s.attestation;
  return {
    attestation: {
      account: a.account as Hex,
      stateHash: a.stateHash as Hex,
      marketHash: a.marketHash as Hex,
      paramsHash: a.paramsHash as Hex,
      equity: BigInt(a.equity!),
      initialMargin: BigInt(a.initialMargin!),
      maintenanceMargin: BigInt(a.maintenanceMargin!),
      nonce: BigInt(a.nonce!),
      deadline: BigInt(a.deadline!),
    },
    signature: s.signature,
  };
}
