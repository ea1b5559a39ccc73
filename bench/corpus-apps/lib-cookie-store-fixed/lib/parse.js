/**
 * Parses one `Set-Cookie` header value.
 * @param {string} header
 * @param {{ loose?: boolean }} [options]
 * @returns {{ key: string, value: string, domain?: string, path?: string, expires?: number,
 *   secure: boolean, httpOnly: boolean, sameSite?: string } | null}
 */
export function parseSetCookie(header, options = {}) {
  const parts = String(header).split(';');
  const pair = parts.shift().trim();
  const eq = pair.indexOf('=');
  let key;
  let value;
  if (eq === -1) {
    if (!options.loose) return null;
    key = '';
    value = pair;
  } else {
    key = pair.slice(0, eq).trim();
    value = pair.slice(eq + 1).trim();
  }
  if (!key && !options.loose) return null;
  if (value.length > 1 && value[0] === '"' && value[value.length - 1] === '"') value = value.slice(1, -1);

  const cookie = { key, value, secure: false, httpOnly: false };
  for (const raw of parts) {
    const at = raw.indexOf('=');
    const name = (at === -1 ? raw : raw.slice(0, at)).trim().toLowerCase();
    const val = at === -1 ? '' : raw.slice(at + 1).trim();
    switch (name) {
      case 'domain':
        if (val) cookie.domain = val;
        break;
      case 'path':
        cookie.path = val;
        break;
      case 'expires': {
        const t = Date.parse(val);
        if (!Number.isNaN(t)) cookie.expires = t;
        break;
      }
      case 'max-age': {
        const secs = /^-?\d+$/.test(val) ? Number(val) : NaN;
        if (!Number.isNaN(secs)) cookie.expires = Date.now() + secs * 1000;
        break;
      }
      case 'secure':
        cookie.secure = true;
        break;
      case 'httponly':
        cookie.httpOnly = true;
        break;
      case 'samesite':
        cookie.sameSite = val.toLowerCase();
        break;
      default:
        break;
    }
  }
  return cookie;
}

/** `key=value` as sent in a `Cookie` header. */
export function serializeCookie(cookie) {
  return cookie.key ? `${cookie.key}=${cookie.value}` : cookie.value;
}
