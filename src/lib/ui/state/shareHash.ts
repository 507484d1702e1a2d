/**
 * A URL hash that carries a JSON document: `#s=` + base64url of its deflate-compressed UTF-8,
 * or `#j=` + base64url of the plain UTF-8 where `CompressionStream` is missing.
 *
 * @example
 * const hash = await encodeShareHash(session); // '#s=eJy…'
 * await decodeShareHash(hash); // the session again
 */
export async function encodeShareHash(json: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  if (typeof CompressionStream === 'undefined') return `#j=${toBase64Url(bytes)}`;
  const compressed = await pipe(bytes, new CompressionStream('deflate'));
  return `#s=${toBase64Url(compressed)}`;
}

/** The JSON document in a hash written by `encodeShareHash`; throws a readable Error if broken. */
export async function decodeShareHash(hash: string): Promise<unknown> {
  const match = /^#([sj])=([A-Za-z0-9_-]*)$/.exec(hash.trim());
  if (!match) throw new Error('The shared link is damaged (its data after # is not readable).');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(match[2]!);
    if (match[1] === 's') {
      if (typeof DecompressionStream === 'undefined')
        throw new Error('this browser cannot decompress it (no DecompressionStream)');
      bytes = await pipe(bytes, new DecompressionStream('deflate'));
    }
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (cause) {
    throw new Error(
      `The shared link could not be read (${(cause as Error).message}). Ask for the link again — it may have been cut off when copied.`,
      { cause },
    );
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
