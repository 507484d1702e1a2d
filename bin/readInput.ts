import { readFile } from 'node:fs/promises';
import { BaseError } from '../src/lib/errors/BaseError';

/** The text of a file, or of standard input for `-`. A missing file is a clear error. */
export async function readInput(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new BaseError(`Cannot read ${path}.`, {
      code: 'READ_FAILED',
      details: [
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(code),
      ],
      metaMessages: ['Give the path of a dcro.portfolio/1 JSON file, or - for standard input.'],
      cause,
    });
  }
}
