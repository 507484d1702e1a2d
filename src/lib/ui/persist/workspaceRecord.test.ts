import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePortfolio } from '../../model/parsePortfolio';
import { writeSession } from '../state/sessionDocument';
import { readWorkspaceRecord, workspaceRecord } from './workspaceRecord';

const book = parsePortfolio(JSON.parse(readFileSync('static/books/covered-call.json', 'utf8')));

describe('the saved workspace', () => {
  test('comes back as it was saved: book, source, profile, what-if legs and raw edits', () => {
    const session = writeSession({
      book,
      source: 'Demo: Covered call on ETH (edited)',
      profile: { kind: 'shipped', name: 'span-like' },
      whatIf: [book.positions[0]!],
    });
    const draft = [{ ...book.positions[0], qty: 'x' }];
    const back = readWorkspaceRecord(structuredClone(workspaceRecord(session, draft, 42)));
    expect(back).toEqual({ ok: true, session, draftPositions: draft, savedAtMs: 42 });
  });

  test('a tampered book is not restored: the reason names the problem', () => {
    const session = writeSession({
      book,
      source: 'x',
      profile: { kind: 'shipped', name: 'dcro-default' },
      whatIf: [],
    });
    const record = structuredClone(workspaceRecord(session, [], 0));
    (record.session.book.positions[0] as { vol: number }).vol = -1;
    const back = readWorkspaceRecord(record);
    expect(back.ok).toBe(false);
    expect(back.ok ? '' : back.problem).toContain('Session is not valid');
  });
});
