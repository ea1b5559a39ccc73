/** Options shared by the commands that use the scan history (`scan --record`, `serve`, `token`). */
import type { Command } from 'commander';
import { defaultStoreTarget, describeTarget } from '../../store/target.js';

export const DB_OPTION_HELP = 'scan history: a SQLite file or a postgres://… URL (default: $VOUCH_STORE, else vouch/history.sqlite in the user data directory)';

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <path|url>', DB_OPTION_HELP);
}

export function storeTarget(db: string | undefined): string {
  return db ?? defaultStoreTarget();
}

export { describeTarget };
