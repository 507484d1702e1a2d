import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { serveStatic } from '../../scripts/serveStatic.js';
import { startDemoChain } from '../../src/lib/chain/startDemoChain';
import { startEngineService } from '../../src/lib/server/startEngineService';
import type { ChainConfig } from '../../src/lib/ui/chain/ChainConfig';
import { describeChain } from './chain';

type UpOptions = { port: string; enginePort: string; json: boolean; chain: boolean };

export function upCommand(): Command {
  return new Command('up')
    .description(
      'Run the whole system: a local chain with DCRO deployed and demo accounts, the risk engine, and the app (from build/); prints the URL; Ctrl-C stops everything.',
    )
    .option('--port <n>', 'port of the app (0 = any free port)', '5173')
    .option('--engine-port <n>', 'port of the risk engine (0 = any free port)', '8787')
    .option('--no-chain', 'serve the app alone (offline use, no chain or engine)')
    .option('--json', 'print the URLs and addresses as one JSON line (for scripts)', false)
    .action(async (options: UpOptions) => {
      if (!existsSync('build/index.html'))
        throw new Error('The app is not built: run `npm run build` (npm start does it for you).');
      const say = (line: string) => process.stderr.write(`dcro: ${line}\n`);
      let config: ChainConfig | undefined;
      const serve = (port: number) =>
        serveStatic({
          root: 'build',
          port,
          routes: config ? { '/chain.json': () => JSON.stringify(config) } : {},
        });
      const stops: (() => Promise<void>)[] = [];
      const stopAll = async () => {
        for (const stop of stops.reverse()) await stop().catch(() => {});
        process.exit(0);
      };
      process.on('SIGINT', stopAll);
      process.on('SIGTERM', stopAll);

      let info: ReturnType<typeof describeChain> | undefined;
      if (options.chain) {
        say('starting the local chain (anvil), deploying DCRO and seeding the demo accounts…');
        const chain = await startDemoChain({ onProgress: say });
        stops.push(chain.stop);
        const lp = chain.accounts.find((a) => a.role === 'lpPool');
        const startEngine = (port: number) =>
          startEngineService({
            rpcUrl: chain.rpcUrl,
            vault: chain.deployment.vault,
            engineKey: chain.engineKey,
            makerKey: lp?.privateKey, // DEMO: the engine also quotes as the LP pool
            port,
            corsOrigins: '*',
            logger: { level: 'warn', stream: process.stderr },
          });
        // The usual port if it is free, else any.
        const engine = await startEngine(Number(options.enginePort)).catch(() => startEngine(0));
        stops.push(engine.close);
        info = describeChain(chain, engine.url);
        config = {
          chainId: chain.deployment.chainId,
          rpcUrl: chain.rpcUrl,
          vault: chain.deployment.vault,
          engineUrl: engine.url,
          accounts: chain.accounts.map(({ role, label, address }) => ({ role, label, address })),
        };
      }
      const app = await serve(Number(options.port)).catch(() => serve(0));
      stops.push(() => new Promise((ok) => app.server.close(() => ok())));
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ appUrl: app.url, ...info })}\n`);
        return;
      }
      const lines = [`DCRO is running at ${app.url}`];
      if (info) {
        lines.push(
          `  chain ${info.rpcUrl} (id ${info.chainId}), vault ${info.contracts.vault}`,
          `  risk engine ${info.engineUrl}`,
          '  demo accounts (anvil public dev keys — demo only):',
          ...info.accounts.map(
            (a) => `    ${a.label.padEnd(22)} ${a.address}  key ${a.privateKey}`,
          ),
        );
      }
      lines.push('  Ctrl-C stops everything.');
      process.stdout.write(`\n${lines.join('\n')}\n`);
    });
}
