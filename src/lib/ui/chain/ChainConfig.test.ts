import { describe, expect, test } from 'vitest';
import { loadChainConfig } from './ChainConfig';

const good = {
  chainId: 31337,
  rpcUrl: 'http://127.0.0.1:8545',
  vault: '0x0dcd1bf9a1b36ce34237eeafef220932846bcd82',
  engineUrl: 'http://127.0.0.1:8787/',
  accounts: [
    {
      role: 'retail',
      label: 'Retail trader',
      address: '0x90f79bf6eb2c4f870365e785982e1f101e93b906',
    },
  ],
};
const serve = (status: number, body: string) =>
  (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loadChainConfig', () => {
  test('a valid /chain.json gives checksummed addresses and an engine URL without a slash', async () => {
    const r = await loadChainConfig(serve(200, JSON.stringify(good)));
    expect(r.ok && r.config.vault).toBe('0x0DCd1Bf9A1b36cE34237eEaFef220932846BCD82');
    expect(r.ok && r.config.engineUrl).toBe('http://127.0.0.1:8787');
    expect(r.ok && r.config.accounts[0]!.address).toBe(
      '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
    );
  });

  test('no chain (404, or the static server’s HTML fallback) is "absent", not an exception', async () => {
    expect(await loadChainConfig(serve(404, ''))).toMatchObject({ ok: false, reason: 'absent' });
    expect(await loadChainConfig(serve(200, '<!doctype html>'))).toMatchObject({
      ok: false,
      reason: 'absent',
    });
  });

  test('a malformed /chain.json names the field', async () => {
    const r = await loadChainConfig(serve(200, JSON.stringify({ ...good, rpcUrl: 'anvil' })));
    expect(r).toEqual({ ok: false, reason: 'invalid', problem: 'rpcUrl must be an http(s) URL' });
  });
});
