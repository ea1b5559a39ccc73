/** Where the scan history lives: a SQLite file path or a PostgreSQL URL (cheap to import: no drivers). */
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/** A store target as it may be shown: a PostgreSQL password never appears in messages. */
export function describeTarget(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const u = new URL(target);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** `$VOUCH_STORE`, else one SQLite file under the user's data directory. */
export function defaultStoreTarget(env: NodeJS.ProcessEnv = process.env): string {
  if (env.VOUCH_STORE) return env.VOUCH_STORE;
  const home = homedir();
  let dataDir: string;
  if (platform() === 'win32') dataDir = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
  else if (platform() === 'darwin') dataDir = join(home, 'Library', 'Application Support');
  else dataDir = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(dataDir, 'vouch', 'history.sqlite');
}

