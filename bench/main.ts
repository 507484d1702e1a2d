// `npm run bench`: throughput of the Wasm scenario loop vs the plain-TypeScript baseline, and
// the cost of a what-if, in Node on one core. Prints a table and rewrites the Node section of
// BENCHMARKS.md. Not a test: nothing here asserts a speed.
import { cpus } from 'node:os';
import { coreThroughput, type ThroughputRow } from './coreThroughput';
import { writeBenchmarkSection } from './writeBenchmarkSection';
import { whatIfCost, type WhatIfRow } from './whatIfCost';

const sizes: [number, number][] = [
  [100, 20],
  [1000, 500],
  [10000, 2000],
];

const mps = (x: number) => (x / 1e6).toFixed(1);
const rows: ThroughputRow[] = [];
for (const [instruments, scenarios] of sizes) {
  process.stderr.write(`benchmarking ${instruments} instruments × ${scenarios} scenarios…\n`);
  rows.push(await coreThroughput(instruments, scenarios));
}
process.stderr.write('benchmarking what-if on a cached book…\n');
const whatIfs: WhatIfRow[] = [await whatIfCost(200, 2000), await whatIfCost(2000, 2000)];

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const table = [
  '| instruments × scenarios | Wasm (M repricings/s) | TypeScript (M/s) | Wasm / TS | max rel. diff |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.instruments.toLocaleString('en')} × ${r.scenarios.toLocaleString('en')} | ${mps(r.wasmPerSec)} | ${mps(r.tsPerSec)} | ${r.ratio.toFixed(2)}× | ${r.maxRelDiff.toExponential(1)} |`,
  ),
  '',
  '| what-if: one option leg added to | preview (ms) | full recompute (ms) | speed-up |',
  '|---|---:|---:|---:|',
  ...whatIfs.map(
    (w) =>
      `| ${w.legs.toLocaleString('en')} legs × ${w.scenarios.toLocaleString('en')} scenarios | ${w.previewMs.toFixed(3)} | ${w.fullMs.toFixed(2)} | ${(w.fullMs / w.previewMs).toFixed(0)}× |`,
  ),
].join('\n');
process.stdout.write(`\n${machine}, ${date}\n\n${table}\n`);
writeBenchmarkSection('node', `Measured ${date} on ${machine} (\`npm run bench\`).\n\n${table}`);
