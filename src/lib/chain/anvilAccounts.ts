import type { Hex } from 'viem';

/**
 * Anvil's default dev keys (mnemonic `test test … junk`), PUBLIC knowledge: demo and tests only.
 * Roles in the DCRO demo: #0 deployer, admin, oracle keeper and fee account; #1 the delta-hedged
 * market maker; #2 the LP pool (maker of every quote); #3 the retail trader; #9 the engine signer.
 */
export const ANVIL_KEYS = {
  deployer: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  marketMaker: '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  lpPool: '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  retail: '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  /** Anvil key #4: a spare account for tests. */
  spare: '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  engine: '0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6',
} as const satisfies Record<string, Hex>;
