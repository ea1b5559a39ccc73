import { DEV_DEFAULT_PASSWORD } from '../secrets/placeholder.js';

/** Names that hold credentials, and values that are obviously not real ones. */
export function looksSecretName(name: string): boolean {
  if (ABOUT_A_SECRET.test(name.replace(/[-.]/g, '_'))) return false;
  return /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth[_-]?key|client[_-]?secret|connection[_-]?string|dsn)$/i.test(name.replace(/[-.]/g, '_'))
    || /(^|_)(password|passwd|secret|token|apikey|api_key)(_|$)/i.test(name);
}

/**
 * Names that describe a secret rather than hold one: where it is (`TOKEN_FILE`, `SECRET_NAME`,
 * `TOKEN_URL`), how long it lives or must be (`TOKEN_TTL`, `PASSWORD_MIN_LENGTH`), the rules
 * for it (`PASSWORD_POLICY`, `TOKEN_ALGORITHM`) or whether it is on (`AUTH_TOKEN_ENABLED`).
 */
const ABOUT_A_SECRET = /_(FILE|PATH|DIR|NAME|LENGTH|LEN|TTL|EXPIRY|EXPIRES|HEADER|ENDPOINT|URL|URI|POLICY|ALGORITHM|ALG|TYPE|ENABLED|REQUIRED|MIN|MAX)$/i;

export function looksPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length < 6) return true;
  if (/^\$|\$\{|\{\{|^<.*>$|^%.*%$/.test(v)) return true;
  if (/^(true|false|null|none|changeme|change-me|placeholder|example|xxx+|\*+|redacted|secret|password|todo)$/i.test(v)) return true;
  // Local and test database defaults (`testpassword`, `mysqlrootpassword`): not a credential anyone guards.
  if (DEV_DEFAULT_PASSWORD.test(v)) return true;
  // Paths to mounted files are references, not values.
  return /^\/(run|var|etc|secrets|mnt)\//.test(v);
}
