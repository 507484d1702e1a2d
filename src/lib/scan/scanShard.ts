import * as L from '../../../assembly/layout';
import type { CoreExports } from '../engine/CoreExports';
import type { EncodedBook } from '../engine/EncodedBook';
import { checkStatus } from '../engine/checkStatus';
import { loadBook } from '../engine/loadBook';
import { columnView } from '../engine/tableView';
import type { Params } from '../model/types';
import type { ScanAccount, ScanMarket } from './ScanMarket';
import { ScanAccountError } from './ScanAccountError';
import { ScanBookEncoder } from './ScanBookEncoder';
import * as F from './figureColumns';

/** Copies the core's result row and W_u column into `out` at `row` (no arithmetic). */
function pack(
  core: CoreExports,
  book: EncodedBook,
  uIndex: Map<string, number>,
  out: Float64Array,
  row: number,
) {
  const stride = core.tableCapacity(L.T_RESULT);
  const r = new Float64Array(core.memory.buffer, core.tablePtr(L.T_RESULT), stride * L.R_COLS);
  const at = row * F.figureWidth(uIndex.size);
  out[at + F.F_EQUITY] = r[L.R_EQUITY * stride]!;
  out[at + F.F_IM] = r[L.R_IM * stride]!;
  out[at + F.F_MM] = r[L.R_MM * stride]!;
  out[at + F.F_IH] = r[L.R_IH * stride]!;
  out[at + F.F_MH] = r[L.R_MH * stride]!;
  const wu = r[L.R_WORST_U * stride]!;
  out[at + F.F_WORST_U] = wu < 0 ? -1 : uIndex.get(book.underliers[wu]!)!;
  out[at + F.F_WORST_K] = r[L.R_WORST_K * stride]!;
  out[at + F.F_W] = r[L.R_W * stride]!;
  out.fill(NaN, at + F.F_WORST_BY_U, at + F.figureWidth(uIndex.size));
  const worst = columnView(core, L.T_UNDERLIER, L.U_WORST);
  book.underliers.forEach((u, i) => (out[at + F.F_WORST_BY_U + uIndex.get(u)!] = worst[i]!));
}

/**
 * The packed figures (figureColumns.ts) of `accounts` under each parameter set, computed one
 * account at a time in `core`: the tables `encodeBook` would make of the account's portfolio
 * (ScanBookEncoder), then `evaluateBook`'s steps, every figure from the Wasm core. Pure: the output depends only on the inputs, never on the core's earlier work, so any
 * backend may run any range of accounts in any process and the merge is exact.
 *
 * @example
 * const [current, proposed] = scanShard(core, market, accounts.slice(0, 1000), [cur, prop]);
 */
export function scanShard(
  core: CoreExports,
  market: ScanMarket,
  accounts: readonly ScanAccount[],
  paramSets: readonly Params[],
  /** Index of accounts[0] in the whole scan (for error messages). */
  offset = 0,
  /** If given, accumulates the milliseconds spent inside the Wasm core (benchmarks). */
  timing?: { coreMs: number },
): Float64Array[] {
  const uIndex = new Map(
    Object.keys(market.underliers)
      .sort()
      .map((u, i) => [u, i]),
  );
  const width = F.figureWidth(uIndex.size);
  const outs = paramSets.map(() => new Float64Array(accounts.length * width));
  const encoder = new ScanBookEncoder(market);
  accounts.forEach((account, a) => {
    try {
      paramSets.forEach((params, p) => {
        const book = encoder.encode(account, params);
        const t0 = timing ? performance.now() : 0;
        loadBook(core, book);
        checkStatus(core.runScenarios(0, book.counts.n), core, book, 'runScenarios');
        checkStatus(core.finalize(), core, book, 'finalize');
        if (timing) timing.coreMs += performance.now() - t0;
        pack(core, book, uIndex, outs[p]!, a);
      });
    } catch (cause) {
      throw new ScanAccountError(offset + a, account.id, cause);
    }
  });
  return outs;
}
