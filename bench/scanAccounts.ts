// `npm run bench` (part): the multi-account scan (src/lib/scan). A full scan of 10,000 synthetic
// accounts × 50 legs (the real snapshot's instruments) under dcro-default: the Wasm core's own
// time, one core end to end, and the worker_threads pool. Rewrites the `scan` section of
// BENCHMARKS.md. Not a test: nothing here asserts a speed.
import { cpus } from 'node:os';
import { loadCoreNode } from '../src/lib/engine/loadCoreNode';
import { loadProfile } from '../src/lib/model/profiles';
import { expandScenarios } from '../src/lib/model/expandScenarios';
import { createThreadBackend } from '../src/lib/scan/createThreadBackend';
import { scanAccountsPacked } from '../src/lib/scan/scanAccounts';
import { scanShard } from '../src/lib/scan/scanShard';
import { syntheticScan } from '../tests/scan/fixtures';
import { writeBenchmarkSection } from './writeBenchmarkSection';

const COUNT = Number(process.env.SCAN_COUNT ?? 10_000);
const LEGS = 50;
const params = loadProfile('dcro-default');
const { market, accounts } = syntheticScan(COUNT, LEGS, 1);
const core = await loadCoreNode();
scanShard(core, market, accounts.slice(0, 500), [params]); // warm-up

process.stderr.write(`scanning ${COUNT} accounts × ${LEGS} legs in one core…\n`);
const timing = { coreMs: 0 };
const t0 = performance.now();
scanShard(core, market, accounts, [params], 0, timing);
const oneCoreMs = performance.now() - t0;

const pool: [number, number][] = [];
for (const workers of [1, 2]) {
  process.stderr.write(`scanning with ${workers} worker thread(s)…\n`);
  const backend = createThreadBackend({ workers });
  await scanAccountsPacked(accounts.slice(0, 1000), market, [params], { backend }); // start-up
  const t = performance.now();
  await scanAccountsPacked(accounts, market, [params], { backend });
  pool.push([workers, performance.now() - t]);
  await backend.close();
}

const n = expandScenarios(params.scenarios).length;
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const s = (ms: number) => (ms / 1000).toFixed(2);
const table = [
  `| full scan, ${COUNT.toLocaleString('en')} accounts × ${LEGS} legs, dcro-default (${n} scenarios) | seconds |`,
  '|---|---:|',
  `| inside the Wasm core (load, scenarios, finalize) | ${s(timing.coreMs)} |`,
  `| one core end to end (portfolio, encoding, core, figures) | ${s(oneCoreMs)} |`,
  ...pool.map(([w, ms]) => `| embedded pool, ${w} worker thread${w === 1 ? '' : 's'} | ${s(ms)} |`),
].join('\n');
process.stdout.write(`\n${machine}, ${date}\n\n${table}\n`);
writeBenchmarkSection(
  'scan',
  `## Multi-account scan\n\nMeasured ${date} on ${machine} (\`npx tsx bench/scanAccounts.ts\`).\n\n${table}`,
);
