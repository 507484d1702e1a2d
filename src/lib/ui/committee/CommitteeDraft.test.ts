import { describe, expect, test } from 'vitest';
import { CommitteeDraft } from './CommitteeDraft.svelte';

describe('CommitteeDraft', () => {
  test('an edited grid range validates and shows up in the diff against the shipped profile', () => {
    const d = new CommitteeDraft();
    d.start('dcro-default');
    expect(d.changes).toEqual([]);
    d.setText('grid.range', ['scenarios', 'grid', 'range'], '0.25', 'number');
    expect(d.params?.scenarios).toMatchObject({ grid: { range: 0.25 } });
    expect(d.changes).toEqual([{ path: 'scenarios.grid.range', shipped: 0.2, edited: 0.25 }]);
  });
  test('schema errors land on the field named by their path, typos on their own field', () => {
    const d = new CommitteeDraft();
    d.start('derive-pm2');
    d.setText('crossUnderlier.offsetCredit', ['crossUnderlier', 'offsetCredit'], '1.4', 'number');
    d.setText('tails.c', ['scenarios', 'tails', 'c'], 'abc', 'number');
    expect(d.params).toBeUndefined();
    expect(d.issues.byField['crossUnderlier.offsetCredit']).toEqual(['must be ≤ 1']);
    expect(d.issues.byField['tails.c']).toEqual(['not a number']);
  });
  test('the export is a dcro.params/1 document named after its base', () => {
    const d = new CommitteeDraft();
    d.start('span-like');
    const doc = JSON.parse(d.exportJson());
    expect(doc.format).toBe('dcro.params/1');
    expect(doc.name).toBe('span-like-edited');
  });
});
