// What a fresh clone needs before `npm start`, `npm test` or `npm run bench` can run, installed
// the same way for all three: the npm dependencies (npm ci, from the lockfile) and Foundry's
// anvil and forge (npm optional dependencies, else a Foundry on PATH; named when missing).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** npm writes this after every install; older than the lockfile means the install is stale. */
const INSTALLED_MARKER = 'node_modules/.package-lock.json';

/** @param {string} cmd */
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** True when node_modules is missing or older than package-lock.json. */
export function dependenciesStale() {
  if (!existsSync(INSTALLED_MARKER)) return true;
  return statSync('package-lock.json').mtimeMs > statSync(INSTALLED_MARKER).mtimeMs;
}

/**
 * Runs `npm ci` when node_modules is missing or stale, then checks the Foundry binaries. Exits
 * the process with a one-line reason when it cannot.
 * @param {(line: string) => void} say
 */
export function ensureInstalled(say = (line) => process.stderr.write(`dcro: ${line}\n`)) {
  if (dependenciesStale()) {
    say('installing dependencies (npm ci)…');
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (r.status !== 0) {
      say(`npm ci failed (exit ${r.status}): fix the error above and run \`npm ci\` again.`);
      process.exit(1);
    }
  }
  for (const tool of /** @type {const} */ (['anvil', 'forge'])) {
    const npmBinary = `node_modules/@foundry-rs/${tool}-linux-amd64/bin/${tool}`;
    if (existsSync(npmBinary) || onPath(tool)) continue;
    say(
      `${tool} is missing: on Linux x64 run \`npm install @foundry-rs/${tool}-linux-amd64\`; ` +
        'elsewhere put Foundry’s anvil and forge on PATH (https://getfoundry.sh).',
    );
    process.exit(1);
  }
}
