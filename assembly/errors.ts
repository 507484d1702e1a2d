// Status codes returned by every exported entry point of the core (0 = success). The TypeScript
// side maps them to typed errors (src/lib/engine/checkStatus.ts). One table, no exceptions.
export const OK = 0;
/** The requested sizes do not fit in linear memory (or overflow 32-bit offsets). */
export const ERR_CAPACITY = 1;
/** An index column points outside its table: an encoder bug, never user input. */
export const ERR_BAD_INDEX = 2;
/** A figure came out non-finite (overflow); `errorTable()`/`errorRow()` say where. */
export const ERR_NON_FINITE = 3;
/** A scenario range [k0, k1) outside [0, n). */
export const ERR_BAD_RANGE = 4;
/** An entry point was called before `reserve` / `prepare`. */
export const ERR_NOT_READY = 5;
/**
 * An input outside MODEL.md §8's ranges that only the core can check, because the bound is a
 * figure it computes (forwardFixed above a default forward `spot·exp(rate·T)`);
 * `errorTable()`/`errorRow()`/`errorCol()` name the input cell.
 */
export const ERR_OUT_OF_RANGE = 6;
