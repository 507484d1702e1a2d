/// <reference lib="webworker" />
// The risk worker: one Wasm core (plus one for what-if sessions), exposed with comlink.
// `expose` runs synchronously at start-up and the Wasm loads on first use: a top-level await
// before `expose` would lose the first call.
import * as Comlink from 'comlink';
import type { CoreExports } from '../lib/engine/CoreExports';
import { CoreSlot } from '../lib/engine/CoreSlot';
import type { EncodedBook } from '../lib/engine/EncodedBook';
import { encodeBook } from '../lib/engine/encodeBook';
import { encodePositions, type EncodedPositions } from '../lib/engine/encodePositions';
import { evaluateBook } from '../lib/engine/evaluateBook';
import { fineGridRows } from '../lib/engine/fineGridRows';
import { loadCoreBrowser } from '../lib/engine/loadCoreBrowser';
import { finalizeShards, runShard } from '../lib/engine/shards';
import { WhatIfSession } from '../lib/engine/WhatIfSession';
import { checkCompatible } from '../lib/model/checkCompatible';
import { resolveScenarioSets } from '../lib/model/resolveScenarioSets';
import type { Portfolio } from '../lib/model/types';
import type { CachedBookRequest, RiskWorkerApi } from './RiskWorkerApi';

/** The core of shards, finalize and grids; a trapped instance is thrown away (CoreSlot). */
const main = new CoreSlot(loadCoreBrowser);
/** The core that holds the what-if session (its own, so a shard does not evict the session). */
const sessionSlot = new CoreSlot(loadCoreBrowser);
let session: { key: string; value: WhatIfSession } | undefined;
/** The book the main core holds after a shard, so that `finalize` need not prepare it again. */
let loaded: { bookId: string; book: EncodedBook } | undefined;

/** Runs `fn` on the main core; whatever runs there replaces the book it held. */
function withCore<T>(fn: (c: CoreExports) => T): Promise<T> {
  loaded = undefined;
  return main.use(fn);
}

/** The last portfolio this worker was sent, with its encoded positions (see CachedBookRequest). */
let held: { id: number; portfolio: Portfolio; positions: EncodedPositions } | undefined;

function encode({ portfolioId, portfolio: sent, params }: CachedBookRequest) {
  if (sent) held = { id: portfolioId, portfolio: sent, positions: encodePositions(sent) };
  if (held?.id !== portfolioId)
    throw new Error(`risk worker: book ${portfolioId} was never sent to this worker`);
  const { portfolio, positions } = held;
  checkCompatible(portfolio, params);
  const { n, sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
  return encodeBook({ portfolio, params, scenarioSets: sets, n, positions });
}

const api: RiskWorkerApi = {
  shard: (req) =>
    withCore((c) => {
      const book = encode(req);
      const result = runShard(c, book, req.k0, req.k1);
      loaded = { bookId: req.bookId, book };
      return Comlink.transfer(result, [
        result.pnl.buffer,
        result.instrIsoMin.buffer,
        result.futureIsoMin.buffer,
        result.perpIsoMin.buffer,
      ]);
    }),

  finalize: (req) => {
    const reuse = loaded?.bookId === req.bookId ? loaded.book : undefined;
    return withCore((c) =>
      finalizeShards(c, reuse ?? encode(req), req.shards, reuse !== undefined),
    );
  },

  async whatIf({ portfolio, params, key, legs }) {
    try {
      return await sessionSlot.use((c) => {
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
          return evaluateBook({ portfolio: combined, params, core: c });
        }
        return s.evaluate(legs);
      });
    } catch (error) {
      // Whatever failed, the session's core may hold a half-built book: start afresh.
      session = undefined;
      sessionSlot.discard();
      throw error;
    }
  },

  fineGridRows: (req) =>
    withCore((c) => {
      const out = fineGridRows({ ...req, core: c });
      return Comlink.transfer(
        out,
        Object.values(out).map((a) => a.buffer),
      );
    }),
};

Comlink.expose(api);
