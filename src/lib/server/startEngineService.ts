import type { Address, Hex } from 'viem';
import type { FastifyInstance } from 'fastify';
import { ANVIL_KEYS } from '../chain/anvilAccounts';
import { createChainClient } from '../chain/createChainClient';
import { loadVaultContext } from '../chain/loadVaultContext';
import { loadCoreNode } from '../engine/loadCoreNode';
import { createEngine, type Engine } from './createEngine';
import { createQuoter } from './createQuoter';
import { createServer, type CreateServerParameters } from './createServer';

export type StartEngineServiceParameters = {
  rpcUrl: string;
  vault: Address;
  /** Default `DCRO_ENGINE_KEY`, else anvil key #9 with a loud warning on stderr (demo only). */
  engineKey?: Hex;
  /** Default 0: any free port. */
  port?: number;
  host?: string;
  ttlSeconds?: number;
  /** DEMO: the LP pool's key; enables `POST /quote` (the LP signs quotes at the on-chain marks). */
  makerKey?: Hex;
} & Omit<CreateServerParameters, 'engine' | 'quoter'>;

export type StartEngineServiceReturnType = {
  /** `http://127.0.0.1:<port>` */
  url: string;
  engine: Engine;
  app: FastifyInstance;
  close: () => Promise<void>;
};

/**
 * The engine key: the given one, else `DCRO_ENGINE_KEY`, else anvil's public key #9, which anyone
 * can sign with — so a loud warning goes to stderr.
 */
export function resolveEngineKey(given?: Hex, env: NodeJS.ProcessEnv = process.env): Hex {
  if (given) return given;
  const fromEnv = env.DCRO_ENGINE_KEY?.trim();
  if (fromEnv) {
    if (!/^0x[0-9a-fA-F]{64}$/.test(fromEnv))
      throw new Error('DCRO_ENGINE_KEY must be a 0x-prefixed 32-byte hex private key.');
    return fromEnv as Hex;
  }
  process.stderr.write(
    "\n*** WARNING: DCRO_ENGINE_KEY is not set: the engine signs with ANVIL'S PUBLIC DEV KEY #9. ***\n" +
      '*** Anyone can forge attestations with it. Demo and local chains only.                  ***\n\n',
  );
  return ANVIL_KEYS.engine;
}

/**
 * Starts the risk engine HTTP service for a deployed vault and resolves once it listens.
 *
 * @example
 * const service = await startEngineService({ rpcUrl: anvil.rpcUrl, vault: deployment.vault });
 * await fetch(`${service.url}/health`);
 * await service.close();
 */
export async function startEngineService(
  p: StartEngineServiceParameters,
): Promise<StartEngineServiceReturnType> {
  const client = createChainClient({ rpcUrl: p.rpcUrl, chainId: await chainIdOf(p.rpcUrl) });
  const ctx = await loadVaultContext({ client, vault: p.vault });
  const core = await loadCoreNode();
  const engine = createEngine({
    ctx,
    core,
    engineKey: resolveEngineKey(p.engineKey),
    ttlSeconds: p.ttlSeconds,
  });
  const quoter = p.makerKey ? createQuoter({ ctx, core, makerKey: p.makerKey }) : undefined;
  const app = createServer({ ...p, engine, quoter });
  const host = p.host ?? '127.0.0.1';
  await app.listen({ port: p.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : p.port;
  return { url: `http://${host}:${port}`, engine, app, close: () => app.close() };
}

async function chainIdOf(rpcUrl: string): Promise<number> {
  return createChainClient({ rpcUrl }).getChainId();
}
