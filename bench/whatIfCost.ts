import { computeMargin } from '../src/lib/engine/computeMargin';
import { loadCoreNode } from '../src/lib/engine/loadCoreNode';
import { WhatIfSession } from '../src/lib/engine/WhatIfSession';
import type { Position } from '../src/lib/model/types';
import { randomBook } from '../tests/support/randomBook';
import { benchParams, scenarioList } from './benchParams';
import { timeIt } from './timeIt';

export interface WhatIfRow {
  legs: number;
  scenarios: number;
  previewMs: number;
  fullMs: number;
}

/** One hypothetical option trade on a cached book vs recomputing the book with it in full. */
export async function whatIfCost(legs: number, scenarios: number): Promise<WhatIfRow> {
  const portfolio = randomBook(legs, 3);
  const list = scenarioList(scenarios);
  const params = benchParams(list);
  const scenarioSets = { BTC: list, ETH: list };
  const session = new WhatIfSession({
    portfolio,
    params,
    scenarioSets,
    n: scenarios,
    core: await loadCoreNode(),
  });
  const expiry = Number(Object.keys(portfolio.underliers.BTC!.expiries)[5]);
  const leg: Position = {
    type: 'option',
    underlier: 'BTC',
    expiry,
    strike: 81000,
    right: 'put',
    qty: -2,
    vol: 0.52,
    volConfidence: 1,
  };
  const previewMs = timeIt(() => session.preview([leg]), 1000);
  const core = await loadCoreNode();
  const combined = { ...portfolio, positions: [...portfolio.positions, leg] };
  const fullMs = timeIt(() => computeMargin({ portfolio: combined, params, core }), 1000);
  return { legs, scenarios, previewMs, fullMs };
}
