import { Command, CommanderError } from 'commander';
import { BaseError } from '../src/lib/errors/BaseError';
import { chainCommand } from './commands/chain';
import { impactCommand } from './commands/impact';
import { marginCommand } from './commands/margin';
import { profilesCommand } from './commands/profiles';
import { serveCommand } from './commands/serve';
import { upCommand } from './commands/up';

/** Exit codes (POSIX habit): 0 success, 1 failure (invalid input), 2 usage. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const program = new Command()
  .name('dcro')
  .description('Portfolio margin for crypto derivatives, computed by the DCRO WebAssembly core.')
  .exitOverride()
  // Options belong to the command they follow (`dcro impact worker --redis` is the worker's).
  .enablePositionalOptions()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });
for (const command of [
  marginCommand(),
  profilesCommand(),
  chainCommand(),
  serveCommand(),
  upCommand(),
  impactCommand(),
]) {
  // addCommand does not pass exitOverride down: without it commander exits 1 on usage errors.
  program.addCommand(command.exitOverride());
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage mistakes with 2.
    process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
  }
  if (error instanceof BaseError) {
    process.stderr.write(`dcro: ${error.message}\n`);
    process.exit(EXIT_FAILURE);
  }
  process.stderr.write(`dcro: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
  process.stderr.write('This is a bug in DCRO; please report it with the command you ran.\n');
  process.exit(EXIT_FAILURE);
}
