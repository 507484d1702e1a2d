import { parseJsonText } from '../src/lib/model/ValidationError';
import { parseParams } from '../src/lib/model/parseParams';
import { loadProfile, profileNames } from '../src/lib/model/profiles';
import type { Params } from '../src/lib/model/types';
import { readInput } from './readInput';

/** `--params`: a shipped profile's name, or the path of a dcro.params/1 file. */
export async function resolveProfile(
  nameOrPath: string,
): Promise<{ label: string; params: Params }> {
  if ((profileNames as readonly string[]).includes(nameOrPath)) {
    return { label: nameOrPath, params: loadProfile(nameOrPath) };
  }
  // A bare word that is not a shipped profile is a typo of one, not a missing file.
  if (!/[./\\]/.test(nameOrPath)) return { label: nameOrPath, params: loadProfile(nameOrPath) };
  const text = await readInput(nameOrPath);
  const params = parseParams(parseJsonText(text, nameOrPath), nameOrPath);
  return { label: params.name ?? nameOrPath, params };
}
