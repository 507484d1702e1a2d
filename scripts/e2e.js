#!/usr/bin/env node
// The browser journeys: installs Chromium if needed, builds the app, serves build/ on a free
// port and runs Playwright (tests/e2e) against it.
import { spawn, spawnSync } from 'node:child_process';
import { ensureChromium } from './ensureChromium.js';
import { serveStatic } from './serveStatic.js';

ensureChromium();
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { server, url } = await serveStatic({ root: 'build' });
// Asynchronous: the server answers from this process's event loop while Playwright runs.
const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: url },
});
child.on('exit', (code) => {
  server.close();
  process.exit(code ?? 1);
});
