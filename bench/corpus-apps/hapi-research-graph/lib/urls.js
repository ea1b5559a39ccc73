'use strict';

const TRUSTED_HOSTS = ['research.example.org', 'docs.research.example.org'];

// Used by the login flow to decide whether `next` may be followed.
function looksTrusted(url) {
  return TRUSTED_HOSTS.some((host) => String(url).includes(host));
}

// Only same-site paths, or absolute URLs whose parsed host is on the list.
function safeReturnUrl(url) {
  if (typeof url !== 'string' || url === '') return '/';
  if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return url;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && TRUSTED_HOSTS.includes(parsed.hostname)) return parsed.href;
  } catch {
    // not a URL
  }
  return '/';
}

module.exports = { looksTrusted, safeReturnUrl };
