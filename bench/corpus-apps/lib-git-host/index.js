'use strict';

const LRU = require('lru-cache');
const GitHost = require('./lib/git-host');
const { hosts, byShortcut, byDomain } = require('./lib/hosts');
const { isGitHubShorthand, correctProtocol, parseGitUrl } = require('./lib/parse-url');

const cache = new LRU({ max: 1000 });

const authProtocols = { 'git+https:': true, 'https:': true, 'http:': true };

// "github:user/repo", "gitlab:group/project.git#v1.2.0", "bitbucket:user@team/repo"
const SHORTCUT = /^([^:]+):(?:(?:[^@:]+(?:[^@]+)?@)?([^/]*))[/](.+?)(?:[.]git)?($|#)/;

function safeDecode(part) {
  try {
    return decodeURIComponent(part);
  } catch (_) {
    return part;
  }
}

function fromUrl(giturl, opts) {
  if (typeof giturl !== 'string') return undefined;
  const key = giturl + JSON.stringify(opts || {});
  if (!cache.has(key)) cache.set(key, fromUrlUncached(giturl, opts));
  return cache.get(key);
}

function fromShortcut(url, parsedHash, opts) {
  // vuln: CWE-1333
  const match = url.match(SHORTCUT);
  if (!match) return null;
  const type = byShortcut[`${match[1]}:`];
  if (type === undefined) return null;
  const user = match[2] ? safeDecode(match[2]) : null;
  const project = safeDecode(match[3]);
  const committish = parsedHash ? safeDecode(parsedHash.slice(1)) : null;
  if (type !== 'gist' && !user) return null;
  return new GitHost(type, user, null, project, committish, 'shortcut', opts);
}

function fromParsed(parsed, opts) {
  const hostname = parsed.hostname.startsWith('www.') ? parsed.hostname.slice(4) : parsed.hostname;
  const type = byDomain[hostname];
  if (type === undefined) return null;
  const info = hosts[type];
  if (!info.protocols.includes(parsed.protocol)) return null;

  let auth = null;
  if (authProtocols[parsed.protocol] && (parsed.username || parsed.password)) {
    auth = `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}`;
  }
  const committish = parsed.hash ? safeDecode(parsed.hash.slice(1)) : null;
  const match = info.pathmatch.exec(parsed.pathname);
  if (!match) return null;
  const user = match[1] ? safeDecode(match[1]) : null;
  const project = safeDecode(match[2]);
  const representation = parsed.protocol === 'git+ssh:' || parsed.protocol === 'ssh:' ? 'sshurl' : parsed.protocol === 'git+https:' || parsed.protocol === 'https:' ? 'https' : 'browse';
  return new GitHost(type, user, auth, project, committish, representation, opts);
}

function fromUrlUncached(giturl, opts) {
  const trimmed = giturl.trim();
  if (trimmed === '') return undefined;
  const url = isGitHubShorthand(trimmed) ? `github:${trimmed}` : correctProtocol(trimmed);
  const parsed = parseGitUrl(url);
  if (!parsed) return undefined;

  if (byShortcut[parsed.protocol] !== undefined) {
    const host = fromShortcut(url, parsed.hash, opts);
    return host || undefined;
  }
  return fromParsed(parsed, opts) || undefined;
}

module.exports = { fromUrl, GitHost, hosts, isGitHubShorthand };
