import type { CoreExports } from './CoreExports';
import { CoreTrapError } from './CoreTrapError';

/** The ABI this TypeScript expects; must equal assembly/index.ts ABI_VERSION. */
export const EXPECTED_ABI_VERSION = 3;

/**
 * Instantiates the core from a compiled module. The only import is `abort`, which turns an
 * AssemblyScript assertion into a typed error.
 *
 * @example
 * const core = await instantiateCore(await WebAssembly.compile(bytes));
 */
export async function instantiateCore(module: WebAssembly.Module): Promise<CoreExports> {
  const instance = await WebAssembly.instantiate(module, {
    env: {
      abort(_msg: number, _file: number, line: number, column: number) {
        throw new CoreTrapError(`abort at assembly line ${line}:${column}`);
      },
    },
  });
  const core = instance.exports as unknown as CoreExports;
  const abi = core.ABI_VERSION.value as number;
  if (abi !== EXPECTED_ABI_VERSION) {
    throw new CoreTrapError(
      `dcro.wasm has ABI ${abi}, this build expects ${EXPECTED_ABI_VERSION}: run npm run build:wasm`,
    );
  }
  return core;
}
