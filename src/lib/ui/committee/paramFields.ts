import { getAt, type Json } from './jsonPath';
import { fieldName } from './fieldName';

export type FieldKind = 'number' | 'integer' | 'list' | 'states' | 'choice';

/** One editable parameter of a `dcro.params/1` document. */
export type ParamField = {
  /** `<input name>`: see fieldName (`grid.range`, `volShock.rangeUp`, …). */
  name: string;
  /** JSON path in the document. */
  path: string[];
  label: string;
  kind: FieldKind;
  /** The validation bounds, as paramsSchema.ts enforces them. */
  bounds: string;
  /** Units or an example. */
  hint?: string;
  /** Choices of a `choice` or `states` field. */
  options?: string[];
};

export type FieldGroup = { id: string; title: string; fields: ParamField[]; note?: string };

// Bounds as written in paramsSchema.ts / numbers.ts (MODEL.md §8: every number |x| ≤ 1e15).
const GE0 = '≥ 0';
const UNIT = '0 – 1';
const ANY = 'any number';

function field(
  path: string[],
  label: string,
  kind: FieldKind,
  bounds: string,
  hint?: string,
  options?: string[],
): ParamField {
  return { name: fieldName(path.join('.')), path, label, kind, bounds, hint, options };
}

function scenarioSet(doc: Json, at: string[], title: string, id: string): FieldGroup {
  const spec = getAt(doc, at);
  const has = (k: string) => getAt(doc, [...at, k]) !== undefined;
  if (spec && typeof spec === 'object' && 'list' in spec)
    return {
      id,
      title,
      fields: [],
      note: 'An explicit scenario list: edit it in the exported JSON.',
    };
  const fields: ParamField[] = [];
  if (has('grid'))
    fields.push(
      field([...at, 'grid', 'range'], 'Grid range', 'number', GE0, '0.2 = spot ±20%'),
      field(
        [...at, 'grid', 'steps'],
        'Grid steps each side',
        'integer',
        'integer ≥ 1',
        '4 → 9 spot points',
      ),
      field([...at, 'grid', 'volStates'], 'Vol states', 'states', '1 – 3 states', undefined, [
        'down',
        'none',
        'up',
      ]),
      field(
        [...at, 'grid', 'edgeVolStates'],
        'Vol states at the edges',
        'states',
        '1 – 3 states',
        undefined,
        ['down', 'none', 'up'],
      ),
    );
  if (has('tails')) {
    fields.push(
      field(
        [...at, 'tails', 'moves'],
        'Tail moves',
        'list',
        `each ${GE0}`,
        'spot multipliers, e.g. 0.34, 1.5, 2',
      ),
      field([...at, 'tails', 'vol'], 'Tail vol state', 'choice', 'down, none or up', undefined, [
        'down',
        'none',
        'up',
      ]),
    );
    if (getAt(doc, [...at, 'tails', 'c']) !== undefined)
      fields.push(
        field(
          [...at, 'tails', 'c'],
          'Tail dampening c',
          'number',
          `${GE0}; no move of 1`,
          'weight = c / |s − 1|',
        ),
      );
    else
      fields.push(
        field(
          [...at, 'tails', 'weight'],
          'Tail weight',
          'number',
          GE0,
          'fixed weight of every tail',
        ),
      );
  }
  fields.push(
    field([...at, 'skew'], 'Skew scenarios', 'states', '0 – 2', undefined, [
      'skew-linear',
      'skew-abs',
    ]),
  );
  return { id, title, fields };
}

/**
 * The editor's fields for a parameters document: each scenario set (the default and every
 * underlier's own), vol shock, margin factors, basis, contingencies, collateral haircuts and
 * the offset credit, with the bounds the schema enforces.
 *
 * @example
 * paramFieldGroups(doc)[0].fields[0].name; // 'grid.range'
 */
export function paramFieldGroups(doc: Json): FieldGroup[] {
  const groups: FieldGroup[] = [
    scenarioSet(doc, ['scenarios'], 'Scenarios (default set)', 'set-default'),
  ];
  const own = getAt(doc, ['underliers']);
  if (own && typeof own === 'object' && !Array.isArray(own))
    for (const u of Object.keys(own).sort())
      groups.push(
        scenarioSet(doc, ['underliers', u, 'scenarios'], `Scenarios of ${u} (own set)`, `set-${u}`),
      );
  const v = (k: string, label: string, bounds: string, hint?: string, kind: FieldKind = 'number') =>
    field(['volShock', k], label, kind, bounds, hint);
  groups.push({
    id: 'vol',
    title: 'Vol shock',
    fields: [
      {
        ...v('mode', 'Mode', 'multiplicative or additive', undefined, 'choice'),
        options: ['multiplicative', 'additive'],
      },
      v('rangeUp', 'Vol up', GE0, '0.5 = ×1.5 (multiplicative) or +50 pts'),
      v('rangeDown', 'Vol down', GE0, '0.25 = ×0.75'),
      v('shortTermPower', 'Short-term power (≤ 30 d)', ANY, '(30 d / dte)^p'),
      v('longTermPower', 'Long-term power (> 30 d)', ANY),
      v('dteFloorDays', 'DTE floor', GE0, 'days'),
      v('minVolUp', 'Min vol up', GE0, 'floor of the shocked vol, 0.5 = 50%'),
    ],
  });
  groups.push({
    id: 'margin',
    title: 'Margin factors and basis',
    fields: [
      field(['margin', 'mmFactor'], 'MM factor', 'number', GE0, 'MM = −factor·W + add-ons'),
      field(['margin', 'imFactor'], 'IM factor', 'number', GE0),
      field(['basis', 'spotUp'], 'Basis spot up', 'number', GE0, '1.045 = +4.5%'),
      field(['basis', 'spotDown'], 'Basis spot down', 'number', GE0),
      field(['basis', 'addFactor'], 'Basis add factor', 'number', GE0),
      field(['basis', 'multFactor'], 'Basis factor per year', 'number', GE0, '× T'),
    ],
  });
  const c = (k: string, label: string, bounds = GE0, hint?: string) =>
    field(['contingency', k], label, 'number', bounds, hint);
  groups.push({
    id: 'contingency',
    title: 'Contingencies',
    fields: [
      c('mmOption', 'Naked option, MM', GE0, '0.003 = 0.3% of notional'),
      c('imOption', 'Naked option, IM'),
      c('mmPerp', 'Perp, MM', GE0, '0.015 = 1.5%'),
      c('imPerp', 'Perp, IM'),
      c('confThreshold', 'Oracle confidence threshold', UNIT),
      c('confMargin', 'Confidence margin'),
      c('pegThreshold', 'Stablecoin peg threshold', GE0, 'USD'),
      c('pegFactor', 'Peg factor'),
    ],
  });
  const coll = getAt(doc, ['collateral']);
  const assets = coll && typeof coll === 'object' && !Array.isArray(coll) ? Object.keys(coll) : [];
  groups.push({
    id: 'collateral',
    title: 'Collateral haircuts',
    fields: assets.flatMap((a) => [
      field(['collateral', a, 'mmHaircut'], `${a}, MM`, 'number', UNIT, '0.15 = 15%'),
      field(['collateral', a, 'imHaircut'], `${a}, IM`, 'number', UNIT),
    ]),
  });
  groups.push({
    id: 'cross',
    title: 'Cross-underlier',
    fields: [
      field(
        ['crossUnderlier', 'offsetCredit'],
        'Offset credit',
        'number',
        UNIT,
        '0 = no offset, 1 = full',
      ),
    ],
  });
  return groups;
}
