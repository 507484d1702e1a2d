import { Command, InvalidArgumentError } from 'commander';
import { isAddress, type Address } from 'viem';
import { startEngineService } from '../../src/lib/server/startEngineService';

type ServeOptions = { rpc?: string; vault?: string; port: string; host: string; cors?: string };

function port(value: string): string {
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    throw new InvalidArgumentError('must be a port number (0-65535).');
  return value;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'Run the risk engine HTTP service: reads accounts from the vault, computes margins with the Wasm core and signs EIP-712 attestations (key from DCRO_ENGINE_KEY).',
    )
    .option('--rpc <url>', 'JSON-RPC URL of the chain (or DCRO_RPC_URL)')
    .option('--vault <address>', 'DcroVault address (or DCRO_VAULT)')
    .option('--port <n>', 'port to listen on (0 = any)', port, '8787')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option(
      '--cors <origins>',
      'comma-separated origins allowed by CORS, or * (default: the app’s dev origins)',
    )
    .addHelpText(
      'after',
      '\nEndpoints: GET /health, POST /margin {account}, POST /attest {account, action}.\nLogs are JSON lines (pino) on stdout.\nExample:\n  DCRO_ENGINE_KEY=0x… dcro serve --rpc http://127.0.0.1:8545 --vault 0x…',
    )
    .action(async (options: ServeOptions) => {
      const rpcUrl = options.rpc ?? process.env.DCRO_RPC_URL;
      const vault = options.vault ?? process.env.DCRO_VAULT;
      if (!rpcUrl || !vault || !isAddress(vault)) {
        process.stderr.write(
          'dcro serve: give --rpc <url> and --vault <address> (see `dcro chain` for a local one).\n',
        );
        process.exit(2);
      }
      const corsOrigins =
        options.cors === undefined
          ? undefined
          : options.cors === '*'
            ? '*'
            : options.cors.split(',').map((o) => o.trim());
      const service = await startEngineService({
        rpcUrl,
        vault: vault as Address,
        port: Number(options.port),
        host: options.host,
        corsOrigins,
      });
      process.stderr.write(
        `dcro serve: risk engine at ${service.url} (signer ${service.engine.signer}); Ctrl-C to stop\n`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await service.close();
    });
}
