import type { Hex } from 'viem';
import type { Before, ImpactReport } from './ImpactReport';

const usd = (x: number) => Math.round(x).toLocaleString('en-US');
const signed = (x: number) => (x > 0 ? `+${usd(x)}` : x < 0 ? `−${usd(-x)}` : '0');
const row = (label: string, b: Before) =>
  `  ${label.padEnd(28)} ${usd(b.current).padStart(18)} ${usd(b.proposed).padStart(18)} ${signed(b.change).padStart(16)}`;

/** The report as the few lines a risk committee reads first (the JSON has everything). */
export function formatImpactReport(report: ImpactReport, hash: Hex): string {
  const name = (p: ImpactReport['current']) => p.name ?? p.paramsHash.slice(0, 10);
  const src = report.inputs.source;
  const lines = [
    `Impact of ${name(report.proposed)} against ${name(report.current)} on ${report.inputs.accounts.toLocaleString('en-US')} accounts` +
      (src.kind === 'chain' ? ` (vault ${src.vault}, block ${src.blockNumber})` : ''),
    '',
    `  ${''.padEnd(28)} ${'current'.padStart(18)} ${'proposed'.padStart(18)} ${'change'.padStart(16)}`,
    row('initial margin (USD)', report.totals.initialMargin),
    row('maintenance margin (USD)', report.totals.maintenanceMargin),
    row('shortfall at worst (USD)', report.insuranceFund.shortfallAtWorst),
    ...Object.entries(report.byUnderlier)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([u, e]) => row(`${u} worst loss (${e.accounts})`, e.worstLoss)),
    '',
    `  below initial margin:     ${report.belowInitial.current} → ${report.belowInitial.proposed} (${report.belowInitial.newly.length} newly, ${report.belowInitial.cured.length} no longer)`,
    `  below maintenance margin: ${report.belowMaintenance.current} → ${report.belowMaintenance.proposed} (${report.belowMaintenance.newly.length} newly, ${report.belowMaintenance.cured.length} no longer)`,
    `  raises margin only:       initial ${report.raisesOnly.initialMargin ? 'yes' : 'no'}, maintenance ${report.raisesOnly.maintenanceMargin ? 'yes' : 'no'}`,
  ];
  if (report.largestMovers.length) {
    lines.push('', '  largest movers (initial margin, USD):');
    for (const m of report.largestMovers.slice(0, 5))
      lines.push(
        `    ${m.account.padEnd(44)} ${usd(m.initialMargin.current).padStart(14)} → ${usd(m.initialMargin.proposed).padStart(14)}`,
      );
  }
  lines.push('', `report hash ${hash}`);
  return lines.join('\n');
}
