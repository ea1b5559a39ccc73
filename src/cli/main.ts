import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EXIT, UsageError } from './exit-codes.js';
import { ConfigError } from '../config/load.js';
import { GitUsageError } from '../pipeline/git.js';
import { BaselineError } from '../findings/baseline.js';
import * as scanCommand from './commands/scan.js';
import * as baselineCommand from './commands/baseline.js';
import * as rulesCommand from './commands/rules.js';
import * as explainCommand from './commands/explain.js';
import * as depsCommand from './commands/deps.js';
import * as dbCommand from './commands/db.js';
import * as provenanceCommand from './commands/provenance.js';
import * as reviewCommand from './commands/review.js';
import * as traceCommand from './commands/trace.js';
import * as initCommand from './commands/init.js';
import * as secretsCommand from './commands/secrets.js';

/** Command modules: each exports `register(program)`. Add new commands here. */
const COMMANDS: { register(program: Command): void }[] = [scanCommand, baselineCommand, rulesCommand, explainCommand, depsCommand, dbCommand, provenanceCommand, reviewCommand, traceCommand, initCommand, secretsCommand];

export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('vouch')
    .description('A security gate for AI-generated code.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'show internal stack traces on errors')
    .showHelpAfterError('(run `vouch --help` for usage)')
    .exitOverride();
  for (const c of COMMANDS) c.register(program);

  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = exitCodeFor(err, program.opts<{ debug?: boolean }>().debug === true || argv.includes('--debug'));
  }
}

function exitCodeFor(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    return err.exitCode === 0 ? EXIT.passed : EXIT.usage;
  }
  if (err instanceof UsageError || err instanceof ConfigError || err instanceof GitUsageError || err instanceof BaselineError) {
    process.stderr.write(`vouch: ${err.message}\n`);
    return EXIT.usage;
  }
  const e = err as Error;
  process.stderr.write(`vouch: internal error: ${e?.message ?? String(err)}\n`);
  if (debug && e?.stack) process.stderr.write(e.stack + '\n');
  else process.stderr.write('(run with --debug for details)\n');
  return EXIT.incomplete;
}
