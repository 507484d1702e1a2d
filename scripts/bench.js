#!/usr/bin/env node
// `npm run bench`: builds the core, then runs the Node benchmark (bench/main.ts), the browser
// benchmark (bench/browser.ts, Debian's Chromium, installed if missing) and the risk engine's
// load test on a local anvil (bench/engineLoad.ts), then the multi-account scan
// (bench/scanAccounts.ts, Debian's redis-server installed if missing). Speeds are reported, never
// asserted; figures land in BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { ensureInstalled } from './ensureInstalled.js';
import { ensureRedis } from './ensureRedis.js';

/** @param {string} cmd @param {string[]} args */
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
ensureInstalled();
run('npm', ['run', '--silent', 'build:wasm']);
run('npx', ['tsx', 'bench/main.ts']);
run('npx', ['tsx', 'bench/browser.ts']);
run('npx', ['tsx', 'bench/engineLoad.ts']);
ensureRedis();
run('npx', ['tsx', 'bench/scanAccounts.ts']);
