#!/usr/bin/env node
// `npm run bench`: builds the core, then runs the Node benchmark (bench/main.ts) and, when a
// Chromium is available, the browser benchmark (bench/browser.ts). Speeds are reported, never
// asserted; figures land in BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** @param {string} cmd @param {string[]} args */
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npm', ['run', '--silent', 'build:wasm']);
run('npx', ['tsx', 'bench/main.ts']);
if (existsSync('bench/browser.ts')) run('npx', ['tsx', 'bench/browser.ts']);
