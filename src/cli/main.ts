import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EXIT, UsageError } from './exit-codes.js';
import { ConfigError } from '../config/load.js';
import { GitUsageError } from '../pipeline/git.js';
import { BaselineError } from '../findings/baseline.js';
type CommandModule = { register(program: Command): void };

/**
 * Command modules by name, loaded on demand: a pre-commit hook running `vouch scan --staged` must not
 * pay for loading the advisory database driver or the review trail. `vouch --help` loads them all.
 */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  scan: () => import('./commands/scan.js'),
  secrets: () => import('./commands/secrets.js'),
  deps: () => import('./commands/deps.js'),
  iac: () => import('./commands/iac.js'),
  db: () => import('./commands/db.js'),
  provenance: () => import('./commands/provenance.js'),
  review: () => import('./commands/review.js'),
  trace: () => import('./commands/trace.js'),
  init: () => import('./commands/init.js'),
  baseline: () => import('./commands/baseline.js'),
  rules: () => import('./commands/rules.js'),
  explain: () => import('./commands/explain.js'),
  mcp: () => import('./commands/mcp.js'),
  hook: () => import('./commands/hook.js'),
  'hook-daemon': () => import('./commands/hook.js'),
  upload: () => import('./commands/upload.js'),
  token: () => import('./commands/token.js'),
  serve: () => import('./commands/serve.js'),
  lsp: () => import('./commands/lsp.js'),
};

/** The command named on the command line (first argument that is not an option), if any. */
function commandName(argv: string[]): string | undefined {
  return argv.slice(2).find((a) => !a.startsWith('-'));
}

/** `vouch --version` (no command, no help): answered without loading any command module. */
function versionOnly(argv: string[]): boolean {
  const args = argv.slice(2);
  return args.some((a) => a === '-V' || a === '--version') && !args.some((a) => a === '-h' || a === '--help');
}

export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`vouch scan | head`) closes the pipe: the rest of the report goes
  // nowhere, quietly, and the exit code is still the gate's.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
  const program = new Command();
  program
    .name('vouch')
    .description('A security gate for AI-generated code.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'show internal stack traces on errors')
    .showHelpAfterError('(run `vouch --help` for usage)')
    .exitOverride();
  const named = commandName(argv);
  const wanted = named && COMMANDS[named] ? [named] : versionOnly(argv) ? [] : Object.keys(COMMANDS);
  // A module may register several commands (hook and hook-daemon): register each module once.
  for (const m of new Set(await Promise.all(wanted.map((n) => COMMANDS[n]!())))) m.register(program);

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
  if (err instanceof Error && (err.name === 'StoreUnavailableError' || err.name === 'UploadError')) {
    process.stderr.write(`vouch: ${err.message}\n`);
    return (err as { exitCode?: number }).exitCode ?? EXIT.incomplete;
  }
  const e = err as Error;
  process.stderr.write(`vouch: internal error: ${e?.message ?? String(err)}\n`);
  if (debug && e?.stack) process.stderr.write(e.stack + '\n');
  else process.stderr.write('(run with --debug for details)\n');
  return EXIT.incomplete;
}
