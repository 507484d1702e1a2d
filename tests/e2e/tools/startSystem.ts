import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The whole system (`dcro up --json` on free ports): the app's URL and a stop function. */
export type StartedSystem = { appUrl: string; stop: () => void };

/**
 * Starts `dcro up` (local chain, risk engine, built app) on free ports, or the app alone with
 * `chain: false`, and resolves once it prints its URL. For tools that drive the built app
 * outside Playwright's runner (screenshots, the browser benchmark).
 *
 * @example
 * const system = await startSystem();
 * await page.goto(system.appUrl);
 * system.stop();
 */
export async function startSystem({ chain = true } = {}): Promise<StartedSystem> {
  const args = ['bin/dcro.js', 'up', '--json', '--port', '0', '--engine-port', '0'];
  if (!chain) args.push('--no-chain');
  const child: ChildProcess = spawn('node', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const appUrl = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('{"appUrl"')) resolve(JSON.parse(line).appUrl);
    });
    child.once('exit', (code) => reject(new Error(`dcro up exited with ${code}`)));
  });
  return { appUrl, stop: () => child.kill('SIGTERM') };
}
