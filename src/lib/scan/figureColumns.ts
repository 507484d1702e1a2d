/**
 * The packed figures of a scan: per parameter set one Float64Array, one row per account of
 * `figureWidth(nU)` values (nU = the market's underliers, sorted). Packed bits cross threads,
 * processes and Redis unchanged, so every backend hands back the same bytes.
 */
export const F_EQUITY = 0;
export const F_IM = 1;
export const F_MM = 2;
export const F_IH = 3;
export const F_MH = 4;
/** Index into the market's sorted underliers of what sets W; −1 = joint. */
export const F_WORST_U = 5;
/** Scenario index of W; −1 = basis. */
export const F_WORST_K = 6;
export const F_W = 7;
/** Then W_u of each market underlier (NaN where the account has none). */
export const F_WORST_BY_U = 8;

/** Values per account row. */
export function figureWidth(nU: number): number {
  return F_WORST_BY_U + nU;
}
