import { Command } from 'commander';
import { startDemoChain, type DemoChain } from '../../src/lib/chain/startDemoChain';
import { startEngineService } from '../../src/lib/server/startEngineService';

type ChainOptions = { json: boolean; engine: boolean; enginePort: string };

/** What `dcro chain` prints: addresses and demo accounts (JSON-safe). */
export function describeChain(chain: DemoChain, engineUrl: string | undefined) {
  const d = chain.deployment;
  return {
    rpcUrl: chain.rpcUrl,
    chainId: d.chainId,
    engineUrl,
    contracts: {
      vault: d.vault,
      riskParams: d.riskParams,
      spotOracle: d.spotOracle,
      marketDataFeed: d.marketDataFeed,
    },
    tokens: Object.fromEntries(Object.entries(d.tokens).map(([k, t]) => [k, t.address])),
    aggregators: d.aggregators,
    engineSigner: d.engineSigner,
    profile: d.profile,
    paramsHash: d.paramsHash,
    instruments: d.listed.length,
    accounts: chain.accounts.map(({ role, label, address, privateKey }) => ({
      role,
      label,
      address,
      privateKey,
    })),
  };
}

export function chainCommand(): Command {
  return new Command('chain')
    .description(
      'Start a local anvil chain with DCRO deployed, the market snapshot posted and three demo accounts (market maker, LP pool, retail) trading; runs until Ctrl-C.',
    )
    .option('--json', 'print the addresses and accounts as one JSON line', false)
    .option('--engine', 'also start the risk engine service (dcro serve) on this chain', false)
    .option('--engine-port <n>', 'port of the engine service (with --engine; 0 = any)', '8787')
    .addHelpText(
      'after',
      '\nThe demo accounts use anvil’s PUBLIC dev keys: never send real funds to them.\nExamples:\n  dcro chain\n  dcro chain --engine --json',
    )
    .action(async (options: ChainOptions) => {
      const progress = (line: string) => process.stderr.write(`dcro chain: ${line}\n`);
      const chain = await startDemoChain({ onProgress: progress });
      let engineUrl: string | undefined;
      let closeEngine = async () => {};
      if (options.engine) {
        const port = Number(options.enginePort);
        const start = (p: number) =>
          startEngineService({
            rpcUrl: chain.rpcUrl,
            vault: chain.deployment.vault,
            engineKey: chain.engineKey,
            port: p,
            // DEMO: the engine also quotes as the LP pool (POST /quote), with its public anvil key.
            makerKey: chain.accounts.find((a) => a.role === 'lpPool')?.privateKey,
            logger: { level: 'info', stream: process.stderr },
          });
        const service = await start(port).catch(() => start(0));
        engineUrl = service.url;
        closeEngine = service.close;
      }
      const info = describeChain(chain, engineUrl);
      if (options.json) process.stdout.write(`${JSON.stringify(info)}\n`);
      else {
        const lines = [
          `DCRO demo chain (chain id ${info.chainId}) at ${info.rpcUrl}`,
          engineUrl ? `Risk engine at ${engineUrl}` : '',
          '',
          ...Object.entries(info.contracts).map(([k, v]) => `  ${k.padEnd(16)} ${v}`),
          ...Object.entries(info.tokens).map(([k, v]) => `  ${k.padEnd(16)} ${v}`),
          '',
          `Active profile ${info.profile} (${info.paramsHash}); engine signer ${info.engineSigner}`,
          '',
          'Demo accounts (anvil public dev keys: demo only):',
          ...info.accounts.map((a) => `  ${a.label.padEnd(30)} ${a.address}  key ${a.privateKey}`),
          '',
          'Ctrl-C to stop.',
        ];
        process.stdout.write(
          `${lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n')}\n`,
        );
      }
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      progress('stopping…');
      await closeEngine();
      await chain.stop();
    });
}
