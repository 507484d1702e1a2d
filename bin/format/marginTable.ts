import { describeScenario } from '../../src/lib/model/describeScenario';
import type { MarginResult, Portfolio, Scenario } from '../../src/lib/model/types';
import { columns, greek, money } from './number';

export type MarginTableParameters = {
  source: string;
  profile: string;
  portfolio: Portfolio;
  result: MarginResult;
  scenarioSets: Record<string, Scenario[]>;
};

function worstLine(result: MarginResult, sets: Record<string, Scenario[]>): string {
  const { underlier, scenario, pnl } = result.worst;
  if (scenario === 'basis') return `${underlier} basis contingency  P&L ${money(pnl)}`;
  const anyU = underlier === 'joint' ? Object.keys(sets)[0] : underlier;
  const s = anyU ? sets[anyU]?.[scenario] : undefined;
  const name = s ? describeScenario(s) : `#${scenario}`;
  return `${underlier} #${scenario}: ${name}  P&L ${money(pnl)}`;
}

/** The human-readable margin report of `dcro margin` (no --json). */
export function marginTable({
  source,
  profile,
  portfolio,
  result: r,
  scenarioSets,
}: MarginTableParameters): string {
  const n = Object.values(r.scenarioPnl)[0]?.length ?? 0;
  const lines = [
    `${source} — profile ${profile}, ${n} scenarios, ${portfolio.positions.length} positions`,
    '',
  ];
  lines.push(
    ...columns([
      ['Equity', money(r.equity), ''],
      ['Initial margin', money(r.initialMargin), `headroom ${money(r.initialHeadroom)}`],
      [
        'Maintenance margin',
        money(r.maintenanceMargin),
        `headroom ${money(r.maintenanceHeadroom)}`,
      ],
      [
        'Isolated initial margin',
        money(r.isolatedInitialMargin),
        r.efficiency === null
          ? 'efficiency n/a (IM is 0)'
          : `efficiency ${r.efficiency.toFixed(2)}×`,
      ],
    ]).map((l) => `  ${l}`),
  );
  lines.push(`  Worst: ${worstLine(r, scenarioSets)}`);
  if (r.maintenanceHeadroom < 0) lines.push('  ⚠ below maintenance margin: liquidatable');
  else if (r.initialHeadroom < 0) lines.push('  ⚠ below initial margin: no risk-increasing trades');
  lines.push('', 'Add-ons (USDC)');
  const { mm, im } = r.addOns;
  lines.push(
    ...columns([
      ['', 'MM', 'IM'],
      ['naked options', money(mm.option), money(im.option)],
      ['perps', money(mm.perp), money(im.perp)],
      ['collateral haircuts', money(mm.collateral), money(im.collateral)],
      ['oracle confidence', '—', money(im.confidence)],
      ['total', money(mm.total), money(im.total)],
    ]).map((l) => `  ${l}`),
  );
  if (im.pegFactor > 0) lines.push(`  stablecoin de-peg: IM loss factor +${im.pegFactor}`);
  const underliers = Object.keys(r.greeks);
  if (underliers.length > 0) {
    lines.push('', 'Greeks');
    const rows = [
      ['', 'delta (coins)', 'delta (USD)', 'gamma', 'vega /vol pt', 'theta /day', 'basis'],
    ];
    for (const u of underliers) {
      const g = r.greeks[u]!;
      const spot = portfolio.underliers[u]!.spot;
      rows.push([
        u,
        greek(g.delta),
        money(g.delta * spot),
        greek(g.gamma),
        money(g.vega),
        money(g.theta),
        money(r.basis[u]!),
      ]);
    }
    lines.push(...columns(rows).map((l) => `  ${l}`));
  }
  return lines.join('\n');
}
