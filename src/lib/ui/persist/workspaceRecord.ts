import { describeError } from '../state/describeError';
import { readSession, type SessionDocument } from '../state/sessionDocument';
import { upgradeRecord, type UpgradeStep } from './upgradeRecord';

/** Where the workspace is saved. */
export const WORKSPACE_KEY = 'workspace';

/** Upgrade steps of the workspace record (`[0]`: version 1 → 2, …). */
const STEPS: readonly UpgradeStep[] = [];

/**
 * The Portfolio page's work as saved on this device: the book, its source, the profile and the
 * what-if legs (a `dcro.session/1` document, so the legs stay with the book they were made
 * for), plus the legs as being edited (possibly invalid) and when it was saved.
 */
export type WorkspaceRecord = {
  version: number;
  session: SessionDocument;
  draftPositions: unknown[];
  savedAtMs: number;
};

/** The record of a workspace, at the current version. */
export function workspaceRecord(
  session: SessionDocument,
  draftPositions: unknown[],
  savedAtMs: number,
): WorkspaceRecord {
  return { version: STEPS.length + 1, session, draftPositions, savedAtMs };
}

export type ReadWorkspaceRecordReturnType =
  | { ok: true; session: SessionDocument; draftPositions: unknown[]; savedAtMs: number }
  | { ok: false; problem: string };

/**
 * A saved workspace, upgraded to the current version and validated again (the book with
 * parsePortfolio, a custom profile with parseParams): what is restored is what the app would
 * accept from a file.
 *
 * @example
 * const r = readWorkspaceRecord(await readSaved(WORKSPACE_KEY));
 * if (r.ok) app.restore(r.session);
 */
export function readWorkspaceRecord(raw: unknown): ReadWorkspaceRecordReturnType {
  const up = upgradeRecord(raw, STEPS);
  if (!up.ok) return up;
  const { session, draftPositions, savedAtMs } = up.record;
  try {
    return {
      ok: true,
      session: readSession(session),
      draftPositions: Array.isArray(draftPositions) ? draftPositions : [],
      savedAtMs: typeof savedAtMs === 'number' ? savedAtMs : 0,
    };
  } catch (error) {
    return { ok: false, problem: describeError(error).title };
  }
}
