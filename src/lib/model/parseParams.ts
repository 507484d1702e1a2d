import { expandScenarios } from './expandScenarios';
import { MAX_SCENARIOS, paramsSchema, type ParamsParsed } from './paramsSchema';
import type { Params, ScenarioSpec } from './types';
import { ValidationError, type ValidationIssue } from './ValidationError';
import { zodIssues } from './zodIssues';
import { checkFormatTag } from './checkFormatTag';

const HINT = 'Fix the fields named above; MODEL.md §8 describes dcro.params/1.';

type SpecInput = ParamsParsed['scenarios'];

/**
 * Validates a `dcro.params/1` profile and fills the identity defaults of MODEL.md §8. Beyond the
 * schema: a scenario spec is a list or generators (not both) and expands to at least one
 * scenario; tails give `weight` or `c`; a dampened tail cannot move by 0; skew scenarios have
 * spot 1; every per-underlier set has the default set's length.
 *
 * @example
 * const params = parseParams(JSON.parse(text)); // throws ValidationError naming each path
 */
export function parseParams(json: unknown, source?: string): Params {
  const what = source ? `Parameters ${source}` : 'Parameters';
  const wrongKind = checkFormatTag(json, 'dcro.params/1');
  if (wrongKind) throw new ValidationError(what, [wrongKind], HINT);
  const parsed = paramsSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw new ValidationError(what, zodIssues(parsed.error), HINT);
  const p = parsed.data;
  const issues: ValidationIssue[] = [];
  const scenarios = toSpec(p.scenarios, 'scenarios', issues);
  const n = scenarios ? expandScenarios(scenarios).length : 0;
  const underliers: Params['underliers'] = {};
  for (const [u, { scenarios: s }] of Object.entries(p.underliers)) {
    const at = `underliers.${u}.scenarios`;
    const spec = toSpec(s, at, issues);
    if (!spec) continue;
    const m = expandScenarios(spec).length;
    if (scenarios && m !== n)
      issues.push({
        path: at,
        message: `${m} scenarios, the default set has ${n} (all sets need the same length)`,
      });
    underliers[u] = { scenarios: spec };
  }
  if (issues.length || !scenarios) throw new ValidationError(what, issues, HINT);
  return {
    ...p,
    name: p.name,
    description: p.description,
    scenarios,
    underliers,
    collateral: Object.fromEntries(
      Object.entries(p.collateral).map(([a, c]) => [a, { ...c, riskCancelling: c.riskCancelling }]),
    ),
  };
}

function toSpec(s: SpecInput, at: string, issues: ValidationIssue[]): ScenarioSpec | undefined {
  const before = issues.length;
  const generators = s.grid !== undefined || s.tails !== undefined || s.skew !== undefined;
  if (s.list && generators) {
    issues.push({
      path: at,
      message: 'give either list or generators (grid, tails, skew), not both',
    });
    return undefined;
  }
  if (s.list) {
    s.list.forEach((sc, k) => {
      if (sc.vol.startsWith('skew') && sc.spot !== 1)
        issues.push({ path: `${at}.list[${k}].spot`, message: 'a skew scenario has spot 1' });
    });
    return issues.length > before ? undefined : { list: s.list };
  }
  if (s.tails) {
    const { weight, c, moves } = s.tails;
    if ((weight === undefined) === (c === undefined))
      issues.push({ path: `${at}.tails`, message: 'give exactly one of weight or c' });
    if (c !== undefined)
      moves.forEach((m, k) => {
        if (m === 1)
          issues.push({
            path: `${at}.tails.moves[${k}]`,
            message: 'a move of 1 cannot be dampened by c/|s−1|',
          });
      });
  }
  if (issues.length > before) return undefined;
  const spec: ScenarioSpec = {
    ...(s.grid && { grid: s.grid }),
    ...(s.tails && { tails: { ...s.tails, weight: s.tails.weight, c: s.tails.c } }),
    ...(s.skew && { skew: s.skew }),
  };
  const list = expandScenarios(spec);
  const n = list.length;
  if (n === 0) issues.push({ path: at, message: 'produces no scenarios' });
  // MODEL.md §8: scenario spot ≥ 0; a grid wider than ±100% would shock spot below zero.
  if (s.grid && list.some((x) => x.spot < 0))
    issues.push({
      path: `${at}.grid.range`,
      message: 'must be ≤ 1 (a wider grid gives a negative spot)',
    });
  if (n > MAX_SCENARIOS)
    issues.push({ path: at, message: `${n} scenarios, at most ${MAX_SCENARIOS} allowed` });
  return issues.length > before ? undefined : spec;
}
