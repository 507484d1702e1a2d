#!/usr/bin/env node
// `npm start`: the whole system on an embedded default — installs what is missing, builds the
// Wasm core and the app, then `dcro up`: a local anvil chain with DCRO deployed and seeded with
// demo accounts, the risk engine, and the app; prints the URL. Ctrl-C stops everything.
// PORT=<n> picks the app's port (default 5173, else any free one); DCRO_NO_CHAIN=1 serves the
// app alone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureInstalled } from './ensureInstalled.js';

/** @param {string} label @param {string} cmd @param {string[]} args */
function step(label, cmd, args) {
  process.stderr.write(`dcro: ${label}…\n`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(`dcro: ${label} failed (exit ${r.status}).\n`);
    process.exit(1);
  }
}

ensureInstalled();
if (!existsSync('build/index.html') || process.env.DCRO_REBUILD)
  step('building the Wasm core and the app', 'npm', ['run', '--silent', 'build']);

const args = ['bin/dcro.js', 'up', '--port', process.env.PORT ?? '5173'];
if (process.env.DCRO_NO_CHAIN) args.push('--no-chain');
const child = spawn('node', args, { stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
