import { Command } from 'commander';
import { computeMargin } from '../../src/lib/engine/computeMargin';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import { parseJsonText } from '../../src/lib/model/ValidationError';
import { parsePortfolio } from '../../src/lib/model/parsePortfolio';
import { resolveScenarioSets } from '../../src/lib/model/resolveScenarioSets';
import { marginTable } from '../format/marginTable';
import { readInput } from '../readInput';
import { resolveProfile } from '../resolveProfile';

type MarginOptions = { params: string; json: boolean };

export function marginCommand(): Command {
  return new Command('margin')
    .description(
      'Compute the portfolio margin of one or more dcro.portfolio/1 files (- for stdin).',
    )
    .argument('<portfolio...>', 'portfolio JSON files, or - for standard input')
    .option(
      '-p, --params <profile>',
      'a shipped profile name (see `dcro profiles`) or a dcro.params/1 file',
      'dcro-default',
    )
    .option(
      '--json',
      'print MODEL.md §8 result JSON, one line per input file, in input order',
      false,
    )
    .addHelpText(
      'after',
      '\nExamples:\n  dcro margin static/books/mm-delta-hedged.json\n  dcro margin --params derive-pm2 --json a.json b.json\n  cat book.json | dcro margin -',
    )
    .action(async (files: string[], options: MarginOptions) => {
      const { label, params } = await resolveProfile(options.params);
      const core = await loadCoreNode();
      const showProgress = files.length > 1 && !options.json && process.stderr.isTTY;
      for (const [i, file] of files.entries()) {
        if (showProgress) process.stderr.write(`computing ${i + 1}/${files.length}: ${file}\n`);
        const portfolio = parsePortfolio(
          parseJsonText(await readInput(file), file === '-' ? 'stdin' : file),
          file === '-' ? 'stdin' : file,
        );
        const result = computeMargin({ portfolio, params, core });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(result)}\n`);
        } else {
          const { sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
          if (i > 0) process.stdout.write('\n');
          process.stdout.write(
            `${marginTable({ source: file, profile: label, portfolio, result, scenarioSets: sets })}\n`,
          );
        }
      }
    });
}
