import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

function dcro(args: string[], input?: string) {
  const r = spawnSync('node', ['bin/dcro.js', ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const books = ['mm-delta-hedged', 'covered-call'].map((b) => `static/books/${b}.json`);

describe('dcro margin', () => {
  test('--json is byte-identical across runs, one line per file in input order', () => {
    const a = dcro(['margin', '--json', ...books]);
    const b = dcro(['margin', '--json', ...books]);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const lines = a.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!);
    expect(first.format).toBe('dcro.result/1');
    expect(first.initialMargin).toBeGreaterThan(0);
    expect(JSON.parse(lines[1]!).initialMargin).not.toBe(first.initialMargin);
  });

  test('reads standard input and prints a readable table', () => {
    const r = dcro(['margin', '--params', 'span-like', '-'], readFileSync(books[1]!, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/profile span-like, 16 scenarios/);
    expect(r.out).toMatch(/Initial margin/);
    expect(r.out).toMatch(/efficiency/);
  });

  test('invalid input exits 1 with the JSON path on stderr and no stack trace', () => {
    const book = JSON.parse(readFileSync(books[1]!, 'utf8'));
    book.positions[0].vol = -0.5;
    const r = dcro(['margin', '-'], JSON.stringify(book));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/positions\[0\]\.vol: must be > 0/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });

  test('malformed JSON and a missing file exit 1 with a clear message', () => {
    const bad = dcro(['margin', '-'], '{"format": ');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/stdin is not valid.*\n.*not valid JSON/);
    const missing = dcro(['margin', 'no/such/book.json']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Cannot read no\/such\/book.json/);
  });

  test('usage errors exit 2; --help exits 0', () => {
    expect(dcro(['margin']).code).toBe(2);
    expect(dcro(['margin', '--bogus', books[0]!]).code).toBe(2);
    const help = dcro(['margin', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--params/);
  });

  test('an unknown profile is an invalid-input error naming the shipped ones', () => {
    const r = dcro(['margin', '--params', 'nope', books[0]!]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Unknown profile "nope"/);
    expect(r.err).toMatch(/dcro-default, derive-pm2, deribit-pm-like, span-like/);
  });
});

describe('dcro profiles', () => {
  test('lists the four shipped profiles', () => {
    const r = dcro(['profiles', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((p: { name: string }) => p.name)).toEqual([
      'dcro-default',
      'derive-pm2',
      'deribit-pm-like',
      'span-like',
    ]);
  });
});
