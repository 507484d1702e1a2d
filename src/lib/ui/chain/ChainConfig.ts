import { getAddress, isAddress, type Address } from 'viem';

/** `/chain.json`, served by `npm start` (bin/commands/up.ts): where the local system runs. */
export type ChainConfig = {
  chainId: number;
  rpcUrl: string;
  vault: Address;
  engineUrl: string;
  accounts: { role: string; label: string; address: Address }[];
};

export type LoadChainConfigReturnType =
  { ok: true; config: ChainConfig } | { ok: false; reason: 'absent' | 'invalid'; problem: string };

/**
 * Reads `/chain.json`. Its absence is an expected outcome (the app also runs alone, offline),
 * returned as a value, not thrown.
 *
 * @example
 * const r = await loadChainConfig(fetch);
 * if (r.ok) r.config.rpcUrl; // 'http://127.0.0.1:41363'
 */
export async function loadChainConfig(
  fetcher: typeof fetch = fetch,
): Promise<LoadChainConfigReturnType> {
  let response: Response;
  try {
    response = await fetcher('/chain.json', { cache: 'no-store' });
  } catch (error) {
    return { ok: false, reason: 'absent', problem: String((error as Error)?.message ?? error) };
  }
  if (!response.ok)
    return { ok: false, reason: 'absent', problem: `/chain.json answered ${response.status}` };
  let json: Record<string, unknown>;
  try {
    json = await response.json();
  } catch {
    // A static server answers unknown paths with the app's HTML (SPA fallback).
    return { ok: false, reason: 'absent', problem: '/chain.json is not JSON' };
  }
  const problem = validate(json);
  if (problem) return { ok: false, reason: 'invalid', problem };
  const accounts = json.accounts as { role: string; label: string; address: string }[];
  return {
    ok: true,
    config: {
      chainId: json.chainId as number,
      rpcUrl: json.rpcUrl as string,
      vault: getAddress(json.vault as string),
      engineUrl: (json.engineUrl as string).replace(/\/$/, ''),
      accounts: accounts.map((a) => ({ ...a, address: getAddress(a.address) })),
    },
  };
}

function validate(j: Record<string, unknown>): string | undefined {
  if (!Number.isSafeInteger(j.chainId)) return 'chainId must be an integer';
  if (typeof j.rpcUrl !== 'string' || !/^https?:\/\//.test(j.rpcUrl))
    return 'rpcUrl must be an http(s) URL';
  if (typeof j.engineUrl !== 'string' || !/^https?:\/\//.test(j.engineUrl))
    return 'engineUrl must be an http(s) URL';
  if (typeof j.vault !== 'string' || !isAddress(j.vault, { strict: false }))
    return 'vault must be an address';
  if (!Array.isArray(j.accounts)) return 'accounts must be an array';
  for (const [i, a] of j.accounts.entries())
    if (typeof a?.label !== 'string' || !isAddress(String(a?.address), { strict: false }))
      return `accounts[${i}] needs a label and an address`;
  return undefined;
}
