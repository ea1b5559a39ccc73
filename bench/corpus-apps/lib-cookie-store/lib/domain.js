/**
 * Lower-cased domain without a leading dot (`.Example.COM` → `example.com`).
 * @param {string} domain
 */
export function canonicalDomain(domain) {
  return String(domain).trim().replace(/^\./, '').toLowerCase();
}

/**
 * RFC 6265 §5.1.3 domain-match: `host` equals `domain` or ends with `.domain`
 * (and is not an IP address).
 * @param {string} host canonical request host
 * @param {string} domain canonical cookie domain
 */
export function domainMatch(host, domain) {
  if (host === domain) return true;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':')) return false;
  return host.endsWith(`.${domain}`);
}

/**
 * RFC 6265 §5.1.4 default-path of a request path (`/a/b/c` → `/a/b`).
 * @param {string} pathname
 */
export function defaultPath(pathname) {
  if (!pathname || pathname[0] !== '/') return '/';
  const last = pathname.lastIndexOf('/');
  return last === 0 ? '/' : pathname.slice(0, last);
}

/**
 * RFC 6265 §5.1.4 path-match.
 * @param {string} requestPath
 * @param {string} cookiePath
 */
export function pathMatch(requestPath, cookiePath) {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/**
 * Domains a cookie for `host` may have been stored under: the host and each parent domain
 * (`a.b.example.com` → `a.b.example.com`, `b.example.com`, `example.com`).
 * @param {string} host
 */
export function permuteDomain(host) {
  const labels = host.split('.');
  const out = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  if (out.length === 0) out.push(host);
  return out;
}
