import { ShareLinkError } from './ShareLinkError';

/**
 * The most JSON a shared link may unpack to (16 MiB: a 20,000-leg session is about 4 MiB).
 * Inflation stops there, so a small link that would unpack to gigabytes (a decompression bomb)
 * costs a few milliseconds and a clear message, not the tab's memory.
 */
export const MAX_SHARED_JSON_BYTES = 16 * 1024 * 1024;

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

/**
 * The JSON document in a hash written by `encodeShareHash`. Throws a ShareLinkError when the
 * link is damaged (with the text that could still be read) or unpacks to more than
 * `maxBytes`.
 */
export async function decodeShareHash(
  hash: string,
  maxBytes = MAX_SHARED_JSON_BYTES,
): Promise<unknown> {
  const match = /^#([sj])=([A-Za-z0-9_-]*)$/.exec(hash.trim());
  if (!match) throw damaged('its data after # has characters a DCRO link never has', '');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(match[2]!);
  } catch (cause) {
    throw damaged('its data after # is not base64url', '', cause);
  }
  let complete = true;
  let cause: unknown;
  if (match[1] === 's') {
    if (typeof DecompressionStream === 'undefined')
      throw damaged('this browser cannot decompress it (no DecompressionStream)', '');
    ({ bytes, complete, cause } = await inflateCapped(bytes, maxBytes));
  } else if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  const text = new TextDecoder().decode(bytes);
  if (!complete) throw damaged('it is cut off or altered (its data does not unpack)', text, cause);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw damaged(`it is not valid JSON (${(error as Error).message})`, text, error);
  }
}

function damaged(why: string, partial: string, cause?: unknown): ShareLinkError {
  return new ShareLinkError('SHARE_LINK_DAMAGED', 'The shared link is damaged.', {
    details: [`Why: ${why}.`],
    hint: 'Ask for the link again — it may have been cut off when copied.',
    partial,
    cause,
  });
}

function tooLarge(maxBytes: number): ShareLinkError {
  const mib = Math.round(maxBytes / (1024 * 1024));
  return new ShareLinkError('SHARE_LINK_TOO_LARGE', 'The shared link is too large.', {
    details: [
      `It unpacks to more than ${mib} MiB, more than any book DCRO shares. Nothing was read.`,
    ],
    hint: 'Ask for the book as a file instead (Save session or Export JSON), and import that.',
  });
}

/**
 * Inflates `bytes` chunk by chunk, stopping (and cancelling the decompressor) once the output
 * passes `maxBytes`. A stream that breaks off returns what it produced so far.
 */
async function inflateCapped(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; complete: boolean; cause?: unknown }> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes: concat(chunks), complete: true };
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    return { bytes: concat(chunks), complete: false, cause: error };
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
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
