import { hashTypedData, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dcroVaultAbi } from '../../src/lib/chain/abis/DcroVault';
import { mockAggregatorAbi } from '../../src/lib/chain/abis/MockAggregator';
import { ANVIL_KEYS } from '../../src/lib/chain/anvilAccounts';
import {
  attestationTypes,
  dcroDomain,
  type SignedAttestation,
} from '../../src/lib/chain/attestationTypes';
import { createChainClient } from '../../src/lib/chain/createChainClient';
import { createSigner } from '../../src/lib/chain/createSigner';
import { loadVaultContext } from '../../src/lib/chain/loadVaultContext';
import { send } from '../../src/lib/chain/sendTransaction';
import { startDemoChain, type DemoChain } from '../../src/lib/chain/startDemoChain';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import { createEngine, type Engine } from '../../src/lib/server/createEngine';
import { revertName } from './helpers';

let chain: DemoChain;
let engine: Engine;
const mm = () => chain.accounts.find((a) => a.role === 'marketMaker')!;

beforeAll(async () => {
  chain = await startDemoChain();
  const ctx = await loadVaultContext({
    client: createChainClient({ rpcUrl: chain.rpcUrl }),
    vault: chain.deployment.vault,
  });
  engine = createEngine({ ctx, core: await loadCoreNode(), engineKey: chain.engineKey });
}, 60_000);
afterAll(async () => {
  await chain?.stop();
});

const AMOUNT = 1_000_000_000n; // 1,000 USDC of the market maker's positive cash

async function attestWithdrawCash(): Promise<SignedAttestation> {
  const out = await engine.attest(mm().address, { type: 'withdrawCash', amount: AMOUNT });
  if (!out.ok) throw new Error(`refused: ${out.refusal.binding.label}`);
  return { attestation: out.signed.attestation, signature: out.signed.signature };
}

function withdrawCash(signed: SignedAttestation) {
  return send({
    signer: createSigner({ rpcUrl: chain.rpcUrl, privateKey: mm().privateKey }),
    address: chain.deployment.vault,
    abi: dcroVaultAbi,
    functionName: 'withdrawCash',
    args: [AMOUNT, signed],
  });
}

describe('the vault checks what the engine signed', () => {
  test('the TypeScript EIP-712 digest is the vault’s attestationDigest', async () => {
    const signed = await attestWithdrawCash();
    const onChain = await engine.ctx.client.readContract({
      address: chain.deployment.vault,
      abi: dcroVaultAbi,
      functionName: 'attestationDigest',
      args: [signed.attestation],
    });
    const local = hashTypedData({
      domain: dcroDomain({ chainId: 31337, vault: chain.deployment.vault }),
      types: attestationTypes,
      primaryType: 'Attestation',
      message: signed.attestation,
    });
    expect(local).toBe(onChain);
  });

  test('a replayed attestation reverts with DcroVault_InvalidNonce', async () => {
    const signed = await attestWithdrawCash();
    await withdrawCash(signed);
    expect(await revertName(() => withdrawCash(signed))).toBe('DcroVault_InvalidNonce');
  });

  test('an oracle round after signing reverts with DcroVault_MarketMismatch', async () => {
    const signed = await attestWithdrawCash();
    await send({
      signer: createSigner({ rpcUrl: chain.rpcUrl, privateKey: ANVIL_KEYS.deployer }),
      address: chain.deployment.aggregators.ETH!,
      abi: mockAggregatorAbi,
      functionName: 'pushAnswer',
      args: [231_600_000_000n],
    });
    expect(await revertName(() => withdrawCash(signed))).toBe('DcroVault_MarketMismatch');
    // Re-attested on the new market, the same withdrawal goes through.
    await withdrawCash(await attestWithdrawCash());
  });

  test('an attestation signed by another key reverts with DcroVault_InvalidSigner', async () => {
    const { attestation } = await attestWithdrawCash();
    const forged: Hex = await privateKeyToAccount(ANVIL_KEYS.spare).signTypedData({
      domain: dcroDomain({ chainId: 31337, vault: chain.deployment.vault }),
      types: attestationTypes,
      primaryType: 'Attestation',
      message: attestation,
    });
    expect(await revertName(() => withdrawCash({ attestation, signature: forged }))).toBe(
      'DcroVault_InvalidSigner',
    );
  });

  test('an attestation of another state reverts with DcroVault_StateMismatch', async () => {
    const { attestation } = await attestWithdrawCash();
    const wrong = { ...attestation, stateHash: `0x${'ab'.repeat(32)}` as Hex };
    const signature = await privateKeyToAccount(chain.engineKey).signTypedData({
      domain: dcroDomain({ chainId: 31337, vault: chain.deployment.vault }),
      types: attestationTypes,
      primaryType: 'Attestation',
      message: wrong,
    });
    expect(await revertName(() => withdrawCash({ attestation: wrong, signature }))).toBe(
      'DcroVault_StateMismatch',
    );
  });
});
