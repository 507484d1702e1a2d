import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, test } from 'vitest';

describe('dcro chain / dcro serve', () => {
  test('dcro chain --engine --json prints the chain, then Ctrl-C stops anvil and the engine', async () => {
    const child = spawn(
      'node',
      ['bin/dcro.js', 'chain', '--engine', '--engine-port', '0', '--json'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.resume();
    while (!out.includes('\n')) await once(child.stdout, 'data');
    const info = JSON.parse(out.split('\n')[0]!);
    expect(info.contracts.vault).toMatch(/^0x[0-9a-f]{40}$/);
    expect(info.accounts.map((a: { role: string }) => a.role)).toEqual([
      'marketMaker',
      'lpPool',
      'retail',
    ]);
    const health = await (await fetch(`${info.engineUrl}/health`)).json();
    expect(health.vault).toBe(info.contracts.vault);
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    await expect(fetch(info.rpcUrl, { method: 'POST', body: '{}' })).rejects.toThrow();
  }, 30_000);

  test('dcro serve without --rpc and --vault is a usage error (exit 2)', () => {
    const r = spawnSync('node', ['bin/dcro.js', 'serve'], {
      encoding: 'utf8',
      env: { ...process.env, DCRO_RPC_URL: '', DCRO_VAULT: '' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--rpc <url> and --vault <address>/);
  });
});
