import { createDeflate } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeShareHash, encodeShareHash, MAX_SHARED_JSON_BYTES } from './shareHash';

/** `#s=` of `mib` MiB of zero bytes: a few tens of kB that unpack to far more than the cap. */
async function bomb(mib: number): Promise<string> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((ok) => deflate.on('end', ok));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mib; i++) deflate.write(zeros);
  deflate.end();
  await done;
  return `#s=${Buffer.concat(parts).toString('base64url')}`;
}

describe('share links', () => {
  test('a session survives the round trip', async () => {
    const doc = { format: 'dcro.session/1', legs: [1, 2, 3], name: 'é' };
    expect(await decodeShareHash(await encodeShareHash(doc))).toEqual(doc);
  });

  test('a decompression bomb stops at the cap and says the link is too large (F8)', async () => {
    const hash = await bomb(64); // ~64 kB of link unpacking to 64 MiB, 4× the cap
    expect(hash.length).toBeLessThan(200_000);
    const t0 = performance.now();
    const error = await decodeShareHash(hash).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SHARE_LINK_TOO_LARGE' });
    expect(String(error)).toContain('The shared link is too large');
    expect(String(error)).toContain('16 MiB');
    // Stopping at the cap reads about 16 MiB, not 64: well under a second.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  test('the cap applies to the uncompressed form too', async () => {
    const hash = `#j=${Buffer.from('[' + '0,'.repeat(600) + '0]').toString('base64url')}`;
    await expect(decodeShareHash(hash, 1000)).rejects.toMatchObject({
      code: 'SHARE_LINK_TOO_LARGE',
    });
    expect(MAX_SHARED_JSON_BYTES).toBe(16 * 1024 * 1024);
  });

  test('a link cut off when copied is damaged, with the text read before the cut', async () => {
    const doc = { format: 'dcro.session/1', source: 'Demo', pad: 'x'.repeat(5000) };
    const hash = await encodeShareHash(doc);
    const error = (await decodeShareHash(hash.slice(0, hash.length - 20)).catch(
      (e: unknown) => e,
    )) as { code: string; partial: string };
    expect(error).toMatchObject({ code: 'SHARE_LINK_DAMAGED' });
    expect(error.partial).toMatch(/^\{"format":"dcro.session\/1","source":"Demo"/);
  });
});
