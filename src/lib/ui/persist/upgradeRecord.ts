/** A saved record: its format version, then its fields. */
export type Versioned = { version: number };

/** One migration step: a record of version `n` in, the same record at version `n + 1` out. */
export type UpgradeStep = (record: Record<string, unknown>) => Record<string, unknown>;

export type UpgradeRecordReturnType =
  | { ok: true; record: Record<string, unknown>; upgradedFrom?: number }
  | { ok: false; problem: string };

/**
 * Brings a saved record to the current version by running the upgrade steps after its own
 * version in order (`steps[0]` upgrades 1 → 2, `steps[1]` 2 → 3, …). A record from a newer
 * version of the app, or not a record at all, is refused with the reason (the caller keeps
 * the app working and says the saved state was not restored).
 *
 * @example
 * upgradeRecord({ version: 1, session }, [v1to2]); // { ok: true, record: { version: 2, … }, upgradedFrom: 1 }
 */
export function upgradeRecord(
  raw: unknown,
  steps: readonly UpgradeStep[],
): UpgradeRecordReturnType {
  const current = steps.length + 1;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problem: 'not a saved record' };
  let record = raw as Record<string, unknown>;
  const version = record.version;
  if (!Number.isInteger(version) || (version as number) < 1)
    return { ok: false, problem: 'it has no version' };
  if ((version as number) > current)
    return { ok: false, problem: `it was saved by a newer DCRO (version ${String(version)})` };
  for (let v = version as number; v < current; v++)
    record = { ...steps[v - 1]!(record), version: v + 1 };
  return version === current
    ? { ok: true, record }
    : { ok: true, record, upgradedFrom: version as number };
}
