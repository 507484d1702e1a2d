import { startDemoChain, type DemoChain } from '../../src/lib/chain/startDemoChain';
import {
  startEngineService,
  type StartEngineServiceReturnType,
} from '../../src/lib/server/startEngineService';

export type EngineSystem = {
  chain: DemoChain;
  service: StartEngineServiceReturnType;
  stop(): Promise<void>;
};

/**
 * A test file's own demo chain (anvil on a free port, DCRO deployed and seeded) and risk engine
 * on it, quoting as the LP pool, quiet and without a practical rate limit.
 *
 * @example
 * beforeAll(async () => ({ chain, service, stop } = await startEngineSystem()), 60_000);
 * afterAll(() => stop());
 */
export async function startEngineSystem(): Promise<EngineSystem> {
  const chain = await startDemoChain();
  const service = await startEngineService({
    rpcUrl: chain.rpcUrl,
    vault: chain.deployment.vault,
    engineKey: chain.engineKey,
    logger: false,
    rateMax: 10_000,
    makerKey: chain.accounts.find((a) => a.role === 'lpPool')!.privateKey,
  });
  return {
    chain,
    service,
    stop: async () => {
      await service.close();
      await chain.stop();
    },
  };
}
