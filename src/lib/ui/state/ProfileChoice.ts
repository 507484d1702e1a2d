import { loadProfile, type ProfileName } from '../../model/profiles';
import type { Params } from '../../model/types';

/** The active risk profile: a shipped one by name, or parameters edited on /committee. */
export type ProfileChoice =
  | { kind: 'shipped'; name: ProfileName }
  | {
      kind: 'custom';
      /** Validated parameters (`parseParams`). */
      params: Params;
      /** The shipped profile it was edited from, when known (for diffs and labels). */
      base: ProfileName | undefined;
    };

// A plain cache, not state: nothing renders from it.
const shipped = new Map<string, Params>();

/**
 * A shipped profile, parsed once: the same object each time lets the worker pool reuse the
 * hashes it computed for it (the app never mutates a profile; edits make a new one).
 *
 * @example
 * shippedParams('derive-pm2') === shippedParams('derive-pm2'); // true
 */
export function shippedParams(name: ProfileName): Params {
  let params = shipped.get(name);
  if (!params) shipped.set(name, (params = loadProfile(name)));
  return params;
}

/** The validated parameters of a choice. */
export function paramsOf(choice: ProfileChoice): Params {
  return choice.kind === 'shipped' ? shippedParams(choice.name) : choice.params;
}

/**
 * A short label of a choice: its name, or "custom (from dcro-default)".
 *
 * @example
 * profileLabel({ kind: 'custom', params, base: 'span-like' }); // 'custom (from span-like)'
 */
export function profileLabel(choice: ProfileChoice): string {
  if (choice.kind === 'shipped') return choice.name;
  if (choice.base) return `custom (from ${choice.base})`;
  return `custom${choice.params.name ? ` (${choice.params.name})` : ''}`;
}
