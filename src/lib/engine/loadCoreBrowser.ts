import wasmUrl from './wasm/dcro.wasm?url';
import { BaseError } from '../errors/BaseError';
import type { CoreExports } from './CoreExports';
import { instantiateCore } from './instantiateCore';

let compiled: Promise<WebAssembly.Module> | undefined;

async function compile(): Promise<WebAssembly.Module> {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${wasmUrl}`);
  // compileStreaming needs `application/wasm`; a plain static server may not send it.
  if (response.headers.get('content-type')?.startsWith('application/wasm'))
    return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * A fresh core instance in a browser (worker or page), from the app's own `dcro.wasm` — the
 * same bytes the CLI and the risk engine run. Compiled once per realm.
 *
 * @example
 * const core = await loadCoreBrowser();
 */
export async function loadCoreBrowser(): Promise<CoreExports> {
  compiled ??= compile().catch((cause: unknown) => {
    compiled = undefined;
    throw new BaseError('The margin core (dcro.wasm) could not be loaded.', {
      code: 'CORE_MISSING',
      details: [String((cause as Error)?.message ?? cause)],
      metaMessages: ['Reload the page; if you are offline, open it once while online first.'],
      cause,
    });
  });
  return instantiateCore(await compiled);
}
