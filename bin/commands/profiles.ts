import { Command } from 'commander';
import { describeProfiles } from '../../src/lib/model/profiles';
import { columns } from '../format/number';

export function profilesCommand(): Command {
  return new Command('profiles')
    .description('List the shipped risk profiles (dcro.params/1 files in static/profiles).')
    .option('--json', 'print the list as JSON', false)
    .action((options: { json: boolean }) => {
      const list = describeProfiles();
      if (options.json) {
        process.stdout.write(`${JSON.stringify(list)}\n`);
        return;
      }
      const rows = [
        ['name', 'scenarios', 'description'],
        ...list.map((p) => [p.name, String(p.scenarios), p.description]),
      ];
      process.stdout.write(`${columns(rows, 3).join('\n')}\n`);
    });
}
