import { isProfileName, type ProfileName } from '../../model/profiles';
import type { Json } from '../committee/jsonPath';
import { upgradeRecord, type UpgradeStep } from './upgradeRecord';

/** Where the committee's draft is saved. */
export const COMMITTEE_KEY = 'committee';

/** Upgrade steps of the committee record (`[0]`: version 1 → 2, …). */
const STEPS: readonly UpgradeStep[] = [];

/**
 * The risk committee's draft as saved on this device: the profile it started from, the edited
 * document (valid or not: a draft), and the fields as typed with their typos.
 */
export type CommitteeRecord = {
  version: number;
  base: ProfileName;
  doc: Json;
  texts: Record<string, string>;
  typos: Record<string, string>;
};

export function committeeRecord(d: Omit<CommitteeRecord, 'version'>): CommitteeRecord {
  return { version: STEPS.length + 1, ...d };
}

/**
 * A saved committee draft at the current version, or why it cannot be used.
 *
 * @example
 * const r = readCommitteeRecord(await readSaved(COMMITTEE_KEY));
 * if (r.ok) draft.resume(r.record);
 */
export function readCommitteeRecord(
  raw: unknown,
): { ok: true; record: CommitteeRecord } | { ok: false; problem: string } {
  const up = upgradeRecord(raw, STEPS);
  if (!up.ok) return up;
  const { base, doc, texts, typos } = up.record;
  if (typeof base !== 'string' || !isProfileName(base))
    return { ok: false, problem: 'its base profile is unknown' };
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { ok: false, problem: 'its parameters are not a document' };
  const strings = (x: unknown) =>
    typeof x === 'object' && x !== null
      ? Object.fromEntries(Object.entries(x).filter(([, v]) => typeof v === 'string'))
      : {};
  return {
    ok: true,
    record: {
      version: STEPS.length + 1,
      base,
      doc: doc as Json,
      texts: strings(texts) as Record<string, string>,
      typos: strings(typos) as Record<string, string>,
    },
  };
}
