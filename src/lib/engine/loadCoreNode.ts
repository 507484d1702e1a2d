import { readFile } from 'node:fs/promises';
import { BaseError } from '../errors/BaseError';
import type { CoreExports } from './CoreExports';
import { instantiateCore } from './instantiateCore';

const WASM_URL = new URL('./wasm/dcro.wasm', import.meta.url);
let compiled: Promise<WebAssembly.Module> | undefined;

/**
 * A fresh core instance in Node, from `src/lib/engine/wasm/dcro.wasm` (compiled once per process).
 *
 * @example
 * const core = await loadCoreNode();
 * core.black76(1500, 1500, 1, 1, 7 / 365, 1); // 82.80508066863456
 */
export async function loadCoreNode(): Promise<CoreExports> {
  compiled ??= readFile(WASM_URL).then(
    (bytes) => WebAssembly.compile(bytes),
    (cause: unknown) => {
      compiled = undefined;
      throw new BaseError('The margin core (dcro.wasm) is not built.', {
        code: 'CORE_MISSING',
        details: [`looked for ${WASM_URL.pathname}`],
        metaMessages: ['Run `npm run build:wasm` (npm install does it for you).'],
        cause,
      });
    },
  );
  return instantiateCore(await compiled);
}
