import type { CoreExports } from './CoreExports';

/** One f64 view per buffer: the memory's buffer changes only when it grows (at `reserve`). */
const views = new WeakMap<ArrayBufferLike, Float64Array>();

/**
 * The core's whole linear memory as f64s, made once per memory buffer: indexing it is cheaper
 * than making a view per column on paths that run per keystroke (what-ifs). Stale after the
 * memory grows; call it again after any call that may grow it.
 *
 * @example
 * const mem = memoryF64(core);
 * mem[core.tablePtr(L.T_RESULT) / 8 + L.R_IM * core.tableCapacity(L.T_RESULT)]; // the IM
 */
export function memoryF64(core: CoreExports): Float64Array {
  const buffer = core.memory.buffer;
  let view = views.get(buffer);
  if (!view) views.set(buffer, (view = new Float64Array(buffer)));
  return view;
}
