import dcroDefault from '../../../static/profiles/dcro-default.json';
import deribitPmLike from '../../../static/profiles/deribit-pm-like.json';
import derivePm2 from '../../../static/profiles/derive-pm2.json';
import spanLike from '../../../static/profiles/span-like.json';
import { BaseError } from '../errors/BaseError';
import { expandScenarios } from './expandScenarios';
import { parseParams } from './parseParams';
import type { Params } from './types';

/** The shipped profiles (MODEL.md §9), in the order the UI and `dcro profiles` list them. */
export const profileNames = ['dcro-default', 'derive-pm2', 'deribit-pm-like', 'span-like'] as const;
export type ProfileName = (typeof profileNames)[number];

const files: Record<ProfileName, unknown> = {
  'dcro-default': dcroDefault,
  'derive-pm2': derivePm2,
  'deribit-pm-like': deribitPmLike,
  'span-like': spanLike,
};

/** Narrows a string to a shipped profile's name. */
export function isProfileName(name: string): name is ProfileName {
  return (profileNames as readonly string[]).includes(name);
}

/**
 * A shipped profile, validated like any user file (static/profiles/<name>.json).
 *
 * @example
 * loadProfile('derive-pm2').scenarios; // {grid: …, tails: …, skew: ['skew-linear', 'skew-abs']}
 */
export function loadProfile(name: string): Params {
  if (!isProfileName(name))
    throw new BaseError(`Unknown profile "${name}".`, {
      code: 'UNKNOWN_PROFILE',
      metaMessages: [`Shipped profiles: ${profileNames.join(', ')}; or give a dcro.params/1 file.`],
    });
  return parseParams(files[name]);
}

/** Name, default scenario count and description of each shipped profile. */
export function describeProfiles(): {
  name: ProfileName;
  scenarios: number;
  description: string;
}[] {
  return profileNames.map((name) => {
    const p = loadProfile(name);
    return {
      name,
      scenarios: expandScenarios(p.scenarios).length,
      description: p.description ?? '',
    };
  });
}
