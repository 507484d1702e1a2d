#!/usr/bin/env node
// `npm test`: the whole checklist of CONTRIBUTING.md, in order, stopping at nothing: every step
// runs and the summary says which failed. Exit 1 if any did. On a fresh clone it first installs
// what `npm start` installs (ensureInstalled.js), Debian's Chromium for the browser journeys and
// Debian's redis-server for the distributed scan.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensureChromium.js';
import { ensureInstalled } from './ensureInstalled.js';
import { ensureRedis } from './ensureRedis.js';

ensureInstalled();
if (existsSync('tests/e2e')) ensureChromium();
// The distributed scan's tests start a real redis-server (tests/scan, tests/impact).
ensureRedis();

/** @type {[string, string, string[]][]} */
const steps = [
  ['build the Wasm core', 'npm', ['run', '--silent', 'build:wasm']],
  ['format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint (eslint)', 'npx', ['eslint', '.']],
  ['type-check (svelte-check, tsc)', 'npm', ['run', '--silent', 'check']],
  [
    'unit, property and conformance tests (vitest)',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=test-results/vitest.json',
    ],
  ],
];
if (existsSync('contracts/src'))
  steps.push(['contract tests (forge)', 'bash', ['scripts/forge-test.sh']]);
if (existsSync('tests/e2e'))
  steps.push(['browser journeys (playwright)', 'node', ['scripts/e2e.js']]);

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const failed = [];
/** @type {[number, number]} */
let forgeCounts = [0, 0];
for (const [name, cmd, args] of steps) {
  process.stderr.write(`\n── ${name}\n`);
  const t0 = Date.now();
  const forge = name.includes('forge');
  const r = spawnSync(cmd, args, {
    // forge's output is read back for its test counts (it has no report file).
    stdio: forge ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (forge) {
    process.stdout.write(r.stdout ?? '');
    const counts = /(\d+) tests passed, (\d+) failed/.exec(r.stdout ?? '');
    forgeCounts = counts ? [Number(counts[1]), Number(counts[2])] : [0, 0];
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) failed.push(name);
  process.stderr.write(`── ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${secs} s)\n`);
}

let passed = forgeCounts[0];
let failedTests = forgeCounts[1];
if (existsSync('test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += report.numPassedTests ?? 0;
  failedTests += report.numFailedTests ?? 0;
}
if (existsSync('test-results/e2e.json')) {
  const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  passed += stats?.expected ?? 0;
  failedTests += (stats?.unexpected ?? 0) + (stats?.flaky ?? 0);
}
process.stdout.write(`\nSteps failed: ${failed.length ? failed.join(', ') : 'none'}\n`);
process.stdout.write(`Tests: ${passed} passed, ${failedTests + failed.length} failed\n`);
process.exit(failed.length ? 1 : 0);
