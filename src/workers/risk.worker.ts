/// <reference lib="webworker" />
// The risk worker: one Wasm core (plus one for what-if sessions), exposed with comlink.
// `expose` runs synchronously at start-up and the Wasm loads on first use: a top-level await
// before `expose` would lose the first call (DESIGN.md, "Stack").
import * as Comlink from 'comlink';
import type { CoreExports } from '../lib/engine/CoreExports';
import { computeMargin } from '../lib/engine/computeMargin';
import { encodeBook } from '../lib/engine/encodeBook';
import { evaluateBook } from '../lib/engine/evaluateBook';
import { fineGridParams } from '../lib/engine/fineGridParams';
import { hashInputs } from '../lib/engine/hashInputs';
import { loadCoreBrowser } from '../lib/engine/loadCoreBrowser';
import { finalizeShards, runShard } from '../lib/engine/shards';
import { WhatIfSession } from '../lib/engine/WhatIfSession';
import { checkCompatible } from '../lib/model/checkCompatible';
import { resolveScenarioSets } from '../lib/model/resolveScenarioSets';
import type { BookRequest, RiskWorkerApi } from './RiskWorkerApi';

let core: Promise<CoreExports> | undefined;
let sessionCore: Promise<CoreExports> | undefined;
let session: { key: string; value: WhatIfSession } | undefined;

/** Runs `fn` on the worker's core; a trapped instance is thrown away and rebuilt next time. */
async function withCore<T>(fn: (c: CoreExports) => T): Promise<T> {
  core ??= loadCoreBrowser();
  try {
    return fn(await core);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError || (error as Error)?.name === 'CoreTrapError')
      core = undefined;
    throw error;
  }
}

function encode({ portfolio, params }: BookRequest) {
  checkCompatible(portfolio, params);
  const { n, sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
  return encodeBook({ portfolio, params, scenarioSets: sets, n });
}

const api: RiskWorkerApi = {
  shard: (req) =>
    withCore((c) => {
      const result = runShard(c, encode(req), req.k0, req.k1);
      return Comlink.transfer(result, [
        result.pnl.buffer,
        result.instrIsoMin.buffer,
        result.futureIsoMin.buffer,
        result.perpIsoMin.buffer,
      ]);
    }),

  finalize: (req) =>
    withCore((c) => ({
      ...finalizeShards(c, encode(req), req.shards),
      hashes: hashInputs(req.portfolio, req.params),
    })),

  async whatIf({ portfolio, params, key, legs }) {
    sessionCore ??= loadCoreBrowser();
    const c = await sessionCore;
    try {
      if (session?.key !== key) {
        session = undefined;
        checkCompatible(portfolio, params);
        const { n, sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
        session = {
          key,
          value: new WhatIfSession({ portfolio, params, scenarioSets: sets, n, core: c }),
        };
      }
      const s = session.value;
      if (!s.fits(legs)) {
        const combined = { ...portfolio, positions: [...portfolio.positions, ...legs] };
        return computeMargin({ portfolio: combined, params, core: c });
      }
      // Plain object: the lazy hashes getter does not survive structured cloning as a getter.
      return { ...s.preview(legs) };
    } catch (error) {
      session = undefined;
      sessionCore = undefined;
      throw error;
    }
  },

  fineGridRows: ({ portfolio, params, spots, volShifts, v0, v1 }) =>
    withCore((c) => {
      const names = [...Object.keys(portfolio.underliers).sort(), 'joint'];
      const out: Record<string, Float64Array> = {};
      for (const u of names) out[u] = new Float64Array((v1 - v0) * spots.length);
      for (let v = v0; v < v1; v++) {
        const p = fineGridParams(params, spots, volShifts[v]!);
        const r = evaluateBook({ portfolio, params: p, core: c });
        for (const u of names) out[u]!.set(r.scenarioPnl[u]!, (v - v0) * spots.length);
      }
      return Comlink.transfer(
        out,
        Object.values(out).map((a) => a.buffer),
      );
    }),

  async crashForTest() {
    // An uncaught error kills nothing by itself; the pool treats a worker `error` as a crash.
    setTimeout(() => {
      throw new Error('crashForTest');
    });
  },
};

Comlink.expose(api);
