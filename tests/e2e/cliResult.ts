import { spawnSync } from 'node:child_process';
import type { MarginResult } from '../../src/lib/model/types';

/** `dcro margin --json` of a book file under a profile (name or file), computed in Node. */
export function cliResult(bookPath: string, profile = 'dcro-default'): MarginResult {
  const r = spawnSync('node', ['bin/dcro.js', 'margin', '--json', '--params', profile, bookPath], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`dcro margin failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as MarginResult;
}
