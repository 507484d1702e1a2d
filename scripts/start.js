#!/usr/bin/env node
// `npm start`: builds what is missing (the Wasm core, the app) and serves the app, printing the
// URL. Ctrl-C stops everything it started. PORT=<n> picks the port (default 5173, else any).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serveStatic } from './serveStatic.js';

/** @param {string} label @param {string} cmd @param {string[]} args */
function step(label, cmd, args) {
  process.stderr.write(`dcro: ${label}…\n`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(`dcro: ${label} failed (exit ${r.status}).\n`);
    process.exit(1);
  }
}

if (!existsSync('node_modules')) step('installing dependencies (npm ci)', 'npm', ['ci']);
if (!existsSync('build/index.html') || process.env.DCRO_REBUILD)
  step('building the Wasm core and the app', 'npm', ['run', '--silent', 'build']);

const port = Number(process.env.PORT ?? 5173);
const { server, url } = await serveStatic({ root: 'build', port }).catch(() =>
  serveStatic({ root: 'build', port: 0 }),
);
process.stdout.write(`\nDCRO is running at ${url}\n  (Ctrl-C to stop)\n`);
const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
