/**
 * `-f, --format text|json` for every command that prints a report, so the same flag means the same
 * thing everywhere (`vouch scan` has the full list of formats). `--json` stays as an alias.
 */
import { type Command, Option } from 'commander';
import { UsageError } from './exit-codes.js';

export type PlainFormat = 'text' | 'json';
export interface FormatOptions { format?: string; json?: boolean }

/** Add `-f, --format text|json` and the `--json` alias to a command. */
export function withFormat(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'format written to stdout').choices(['text', 'json']))
    .option('--json', 'same as --format json');
}

/** The format asked for; `--json` with `--format text` is a contradiction, not a silent pick. */
export function formatOf(opts: FormatOptions): PlainFormat {
  if (opts.json && opts.format && opts.format !== 'json') throw new UsageError(`--json contradicts --format ${opts.format}`);
  return opts.json || opts.format === 'json' ? 'json' : 'text';
}
