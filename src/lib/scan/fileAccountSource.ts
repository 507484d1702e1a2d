import { readFile } from 'node:fs/promises';
import { BaseError } from '../errors/BaseError';
import { parseJsonText } from '../model/ValidationError';
import type { AccountSource } from './AccountSource';
import { parseAccountsFile } from './parseAccountsFile';

/**
 * The accounts of a `dcro.accounts/1` file (README.md here), validated.
 *
 * @example
 * const { market, accounts } = await fileAccountSource('accounts.json').load();
 */
export function fileAccountSource(path: string): AccountSource {
  return {
    async load(onProgress) {
      onProgress?.(`reading ${path}`);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (cause) {
        throw new BaseError(`Cannot read ${path}.`, {
          code: 'READ_FAILED',
          details: [String((cause as NodeJS.ErrnoException).code ?? cause)],
          metaMessages: ['Give the path of a dcro.accounts/1 JSON file.'],
          cause,
        });
      }
      const parsed = parseAccountsFile(parseJsonText(text, path), path);
      return { ...parsed, origin: { kind: 'file' } };
    },
  };
}
