import * as L from '../assembly/layout';
import { encodeBook } from '../src/lib/engine/encodeBook';
import { loadBook } from '../src/lib/engine/loadBook';
import { loadCoreNode } from '../src/lib/engine/loadCoreNode';
import { columnView } from '../src/lib/engine/tableView';
import { extractBaselineBook } from './extractBaselineBook';
import { randomBook } from '../tests/support/randomBook';
import { benchParams, scenarioList } from './benchParams';
import { timeIt } from './timeIt';
import { baselineLoop } from './tsBaseline';

export interface ThroughputRow {
  instruments: number;
  scenarios: number;
  wasmPerSec: number;
  tsPerSec: number;
  ratio: number;
  maxRelDiff: number;
}

/** Repricings per second of the core's scenario loop vs the TypeScript baseline, one core. */
export async function coreThroughput(
  instruments: number,
  scenarios: number,
): Promise<ThroughputRow> {
  const core = await loadCoreNode();
  const portfolio = randomBook(instruments);
  const list = scenarioList(scenarios);
  const book = encodeBook({
    portfolio,
    params: benchParams(list),
    scenarioSets: { BTC: list, ETH: list },
    n: scenarios,
  });
  loadBook(core, book);
  const baseline = extractBaselineBook(core, scenarios);
  const wasmMs = timeIt(() => {
    columnView(core, L.T_EK, L.EK_V).fill(0);
    core.runScenarios(0, scenarios);
  });
  const wasmValues = columnView(core, L.T_EK, L.EK_V).slice();
  const values = new Float64Array(wasmValues.length);
  const tsMs = timeIt(() => baselineLoop(baseline, values));
  let maxRelDiff = 0;
  for (let i = 0; i < values.length; i++) {
    const scale = Math.max(Math.abs(values[i]!), 1e-9);
    maxRelDiff = Math.max(maxRelDiff, Math.abs(values[i]! - wasmValues[i]!) / scale);
  }
  const work = instruments * scenarios;
  return {
    instruments,
    scenarios,
    wasmPerSec: work / (wasmMs / 1000),
    tsPerSec: work / (tsMs / 1000),
    ratio: tsMs / wasmMs,
    maxRelDiff,
  };
}
