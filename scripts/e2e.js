#!/usr/bin/env node
// The browser journeys: installs Chromium if needed, builds the app, starts the whole system
// (`dcro up`: local chain, risk engine, app on free ports) and runs Playwright (tests/e2e)
// against it. E2E_BASE_URL is the app; the chain config is at <app>/chain.json.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ensureChromium } from './ensureChromium.js';

ensureChromium();
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const system = spawn('node', ['bin/dcro.js', 'up', '--json', '--port', '0', '--engine-port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
/** @type {string} */
const appUrl = await new Promise((resolve, reject) => {
  const lines = createInterface({
    input: /** @type {import('node:stream').Readable} */ (system.stdout),
  });
  lines.on('line', (line) => {
    if (line.startsWith('{"appUrl"')) resolve(JSON.parse(line).appUrl);
    else process.stderr.write(`${line}\n`);
  });
  system.once('exit', (code) => reject(new Error(`dcro up exited with ${code}`)));
});

// Asynchronous: the system answers from its own process while Playwright runs.
const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: appUrl },
});
child.on('exit', (code) => {
  system.kill('SIGTERM');
  process.exit(code ?? 1);
});
