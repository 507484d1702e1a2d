import { parseUnits, type Address } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dcroVaultAbi } from '../../src/lib/chain/abis/DcroVault';
import { ANVIL_KEYS } from '../../src/lib/chain/anvilAccounts';
import type { Trade } from '../../src/lib/chain/attestationTypes';
import { createSigner } from '../../src/lib/chain/createSigner';
import { randomQuoteNonce, signQuote } from '../../src/lib/chain/signQuote';
import type { DemoChain } from '../../src/lib/chain/startDemoChain';
import { submitTrade } from '../../src/lib/chain/submitTrade';
import {
  startEngineService,
  type StartEngineServiceReturnType,
} from '../../src/lib/server/startEngineService';
import { startEngineSystem } from './startEngineSystem';
import { postJson, signedFromJson } from './helpers';

let chain: DemoChain;
let service: StartEngineServiceReturnType;
const who = (role: string) => chain.accounts.find((a) => a.role === role)!;

let stop = async () => {};
beforeAll(async () => ({ chain, service, stop } = await startEngineSystem()), 60_000);
afterAll(() => stop());

function listedId(match: {
  underlier: string;
  kind: string;
  right?: string;
  expiry: number;
  strike: number;
}) {
  const found = chain.deployment.listed.find(
    (l) =>
      l.underlier === match.underlier &&
      l.kind === match.kind &&
      l.right === match.right &&
      l.expiry === match.expiry &&
      l.strike === match.strike,
  );
  if (!found) throw new Error('instrument not listed');
  return found.id;
}

async function quotedTrade(taker: Address, ids: bigint[], qtys: bigint[], premium: bigint) {
  const block = await createSigner({
    rpcUrl: chain.rpcUrl,
    privateKey: ANVIL_KEYS.deployer,
  }).getBlock();
  const trade: Trade = {
    taker,
    maker: who('lpPool').address,
    instrumentIds: ids,
    quantities: qtys,
    premium,
    fee: 1_000_000n,
    quoteNonce: randomQuoteNonce(),
    quoteDeadline: block.timestamp + 600n,
  };
  const quoteSignature = await signQuote({
    account: privateKeyToAccount(who('lpPool').privateKey),
    chainId: chain.deployment.chainId,
    vault: chain.deployment.vault,
    trade,
  });
  const action = {
    type: 'trade',
    counterparty: trade.maker,
    instrumentIds: ids.map(String),
    quantities: qtys.map(String),
    premium: String(premium),
    fee: String(trade.fee),
    quoteNonce: String(trade.quoteNonce),
    quoteDeadline: String(trade.quoteDeadline),
    quoteSignature,
  };
  return { trade, quoteSignature, action };
}

describe('risk engine service against anvil', () => {
  test('GET /health names the signer, the vault and the chain', async () => {
    const r = await fetch(`${service.url}/health`);
    const body = await r.json();
    expect(r.status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      signer: privateKeyToAccount(chain.engineKey).address,
      chainId: 31337,
    });
  });

  test('POST /margin reads the market maker from the chain: 40 positions, positive headroom', async () => {
    const { status, json } = await postJson(`${service.url}/margin`, {
      account: who('marketMaker').address,
    });
    expect(status).toBe(200);
    expect(json.portfolio.positions).toHaveLength(40);
    expect(json.margin.initialHeadroom).toBeGreaterThan(0);
    expect(json.profile).toBe('dcro-default');
    expect(json.stateHash).toMatch(/^0x[0-9a-f]{64}$/);
  });

  test('an attestation from POST /attest lets a real trade through on chain', async () => {
    const retail = who('retail');
    const id = listedId({
      underlier: 'ETH',
      kind: 'option',
      right: 'call',
      expiry: 1780041600,
      strike: 2800,
    });
    const { trade, quoteSignature, action } = await quotedTrade(
      retail.address,
      [id],
      [parseUnits('2', 18)],
      150_000_000n,
    );
    const { status, json } = await postJson(`${service.url}/attest`, {
      account: retail.address,
      action,
    });
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json.margin.initialHeadroom).toBeGreaterThanOrEqual(0);
    expect(json.counterparty.account).toBe(who('lpPool').address);
    const signer = createSigner({ rpcUrl: chain.rpcUrl, privateKey: retail.privateKey });
    await submitTrade({
      signer,
      vault: chain.deployment.vault,
      trade,
      quoteSignature,
      takerAttestation: signedFromJson(json),
      makerAttestation: signedFromJson(json.counterparty),
    });
    const position = await signer.readContract({
      address: chain.deployment.vault,
      abi: dcroVaultAbi,
      functionName: 'positionOf',
      args: [retail.address, id],
    });
    expect(position).toBe(parseUnits('12', 18));
  });

  test('the demo LP quotes at the on-chain marks, and quote + attestations trade on chain', async () => {
    const mm = who('marketMaker');
    const id = listedId({ underlier: 'BTC', kind: 'perp', right: undefined, expiry: 0, strike: 0 });
    const quote = await postJson(`${service.url}/quote`, {
      taker: mm.address,
      instrumentIds: [String(id)],
      quantities: [String(parseUnits('0.5', 18))],
    });
    expect(quote.status, JSON.stringify(quote.json)).toBe(200);
    expect(quote.json.legs[0].priceUsd).toBe(74029.81);
    expect(quote.json.trade.premium).toBe('37014905000');
    const t = quote.json.trade;
    const attest = await postJson(`${service.url}/attest`, {
      account: mm.address,
      action: {
        type: 'trade',
        counterparty: t.maker,
        instrumentIds: t.instrumentIds,
        quantities: t.quantities,
        premium: t.premium,
        fee: t.fee,
        quoteNonce: t.quoteNonce,
        quoteDeadline: t.quoteDeadline,
        quoteSignature: quote.json.quoteSignature,
      },
    });
    expect(attest.status, JSON.stringify(attest.json)).toBe(200);
    const trade: Trade = {
      taker: t.taker,
      maker: t.maker,
      instrumentIds: t.instrumentIds.map(BigInt),
      quantities: t.quantities.map(BigInt),
      premium: BigInt(t.premium),
      fee: BigInt(t.fee),
      quoteNonce: BigInt(t.quoteNonce),
      quoteDeadline: BigInt(t.quoteDeadline),
    };
    await submitTrade({
      signer: createSigner({ rpcUrl: chain.rpcUrl, privateKey: mm.privateKey }),
      vault: chain.deployment.vault,
      trade,
      quoteSignature: quote.json.quoteSignature,
      takerAttestation: signedFromJson(attest.json),
      makerAttestation: signedFromJson(attest.json.counterparty),
    });
  });

  test('a trade that breaches initial margin is refused with 422 naming the binding scenario', async () => {
    const retail = who('retail');
    const id = listedId({
      underlier: 'BTC',
      kind: 'option',
      right: 'call',
      expiry: 1782460800,
      strike: 84000,
    });
    const { action } = await quotedTrade(
      retail.address,
      [id],
      [parseUnits('-50', 18)],
      -50_000_000n,
    );
    const { status, json } = await postJson(`${service.url}/attest`, {
      account: retail.address,
      action,
    });
    expect(status).toBe(422);
    expect(json.error.code).toBe('INSUFFICIENT_MARGIN');
    expect(json.error.initialHeadroom).toBeLessThan(0);
    expect(json.error.binding.label).toMatch(/spot|basis/);
    expect(json.error.message).toContain(json.error.binding.label);
  });

  test('an unlisted instrument or a withdrawal beyond the balance is refused with 422', async () => {
    const retail = who('retail');
    const unlisted = await postJson(`${service.url}/attest`, {
      account: retail.address,
      action: {
        type: 'trade',
        counterparty: who('lpPool').address,
        instrumentIds: ['9999'],
        quantities: ['1'],
        premium: '0',
      },
    });
    expect(unlisted.status).toBe(422);
    expect(unlisted.json.error.message).toMatch(/9999 is not listed/);
    const tooMuch = await postJson(`${service.url}/attest`, {
      account: retail.address,
      action: { type: 'withdraw', asset: chain.deployment.tokens.WETH.address, amount: '1' },
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.json.error.code).toBe('INVALID_ACTION');
  });

  test('an unknown account is a 404', async () => {
    const { status, json } = await postJson(`${service.url}/margin`, {
      account: '0x000000000000000000000000000000000000dEaD',
    });
    expect(status).toBe(404);
    expect(json.error.code).toBe('UNKNOWN_ACCOUNT');
  });

  test('a malformed body is a 400 naming the field', async () => {
    const bad = await postJson(`${service.url}/margin`, { account: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe('account');
    const badQty = await postJson(`${service.url}/attest`, {
      account: who('retail').address,
      action: {
        type: 'trade',
        counterparty: who('lpPool').address,
        instrumentIds: ['1'],
        quantities: ['1.5'],
        premium: '0',
      },
    });
    expect(badQty.status).toBe(400);
    expect(badQty.json.error.field).toBe('action.quantities[0]');
    const notJson = await postJson(`${service.url}/margin`, '{"account": ');
    expect(notJson.status).toBe(400);
  });

  test('a quote not signed by the maker is refused before anything is signed', async () => {
    const retail = who('retail');
    const id = listedId({
      underlier: 'ETH',
      kind: 'option',
      right: 'call',
      expiry: 1780041600,
      strike: 2800,
    });
    const { action } = await quotedTrade(retail.address, [id], [parseUnits('1', 18)], 75_000_000n);
    const tampered = { ...action, premium: '1' };
    const { status, json } = await postJson(`${service.url}/attest`, {
      account: retail.address,
      action: tampered,
    });
    expect(status).toBe(422);
    expect(json.error.code).toBe('INVALID_ACTION');
    expect(json.error.message).toMatch(/not by the maker/);
  });

  test('an oversized body is a 413', async () => {
    const { status, json } = await postJson(`${service.url}/margin`, {
      account: who('retail').address,
      padding: 'x'.repeat(40_000),
    });
    expect(status).toBe(413);
    expect(json.error.code).toBe('BODY_TOO_LARGE');
  });

  test('a burst beyond the rate limit is answered 429', async () => {
    const limited = await startEngineService({
      rpcUrl: chain.rpcUrl,
      vault: chain.deployment.vault,
      engineKey: chain.engineKey,
      logger: false,
      rateMax: 5,
      rateWindowMs: 60_000,
    });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 12 }, () => fetch(`${limited.url}/health`).then((r) => r.status)),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(7);
      const body = await (await fetch(`${limited.url}/health`)).json();
      expect(body.error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  test('CORS allows the app origin and answers preflights', async () => {
    const r = await fetch(`${service.url}/attest`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const other = await fetch(`${service.url}/health`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
