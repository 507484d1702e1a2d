import { BaseError as ViemBaseError, ContractFunctionRevertedError } from 'viem';

export type DecodedChainError = {
  /** The custom error's name (`DcroVault_MarketMismatch`), or undefined when not a decoded revert. */
  errorName: string | undefined;
  /** Its arguments, bigints as decimal strings. */
  args: unknown[];
  /** viem's one-line summary. */
  shortMessage: string;
};

/**
 * The custom error inside a viem error (a reverted call, estimate or simulation), decoded with
 * the ABI the call was made with.
 *
 * @example
 * try { await send(...) } catch (e) { decodeChainError(e).errorName; } // 'DcroVault_InvalidSigner'
 */
export function decodeChainError(error: unknown): DecodedChainError {
  if (error instanceof ViemBaseError) {
    const revert = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (revert instanceof ContractFunctionRevertedError)
      return {
        errorName: revert.data?.errorName,
        args: (revert.data?.args ?? []).map((a) => (typeof a === 'bigint' ? a.toString() : a)),
        shortMessage: revert.shortMessage,
      };
    return { errorName: undefined, args: [], shortMessage: error.shortMessage };
  }
  return {
    errorName: undefined,
    args: [],
    shortMessage: String((error as Error)?.message ?? error),
  };
}
