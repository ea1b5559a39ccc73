'use strict';

const { byShortcut } = require('./hosts');

/** `user/repo` or `user/repo#ref`, no scheme, no spaces: a GitHub shorthand. */
function isGitHubShorthand(arg) {
  const firstHash = arg.indexOf('#');
  const firstSlash = arg.indexOf('/');
  const secondSlash = arg.indexOf('/', firstSlash + 1);
  const firstColon = arg.indexOf(':');
  const firstSpace = /\s/.exec(arg);
  const firstAt = arg.indexOf('@');

  const spaceOnlyAfterHash = !firstSpace || (firstHash > -1 && firstSpace.index > firstHash);
  const atOnlyAfterHash = firstAt === -1 || (firstHash > -1 && firstAt > firstHash);
  const colonOnlyAfterHash = firstColon === -1 || (firstHash > -1 && firstColon > firstHash);
  const secondSlashOnlyAfterHash = secondSlash === -1 || (firstHash > -1 && secondSlash > firstHash);
  const hasSlash = firstSlash > 0;
  const doesNotEndWithSlash = firstHash > -1 ? arg[firstHash - 1] !== '/' : !arg.endsWith('/');
  const doesNotStartWithDot = !arg.startsWith('.');

  return spaceOnlyAfterHash && hasSlash && doesNotEndWithSlash && doesNotStartWithDot &&
    atOnlyAfterHash && colonOnlyAfterHash && secondSlashOnlyAfterHash;
}

/** `git@github.com:user/repo` → `git+ssh://git@github.com/user/repo`; known shortcuts are kept. */
function correctProtocol(arg) {
  const firstColon = arg.indexOf(':');
  const proto = arg.slice(0, firstColon + 1);
  if (byShortcut[proto] !== undefined) return arg;
  const firstAt = arg.indexOf('@');
  if (firstAt > -1) {
    if (firstAt > firstColon) return arg;
    return `git+ssh://${arg}`;
  }
  const doubleSlash = arg.indexOf('//');
  if (doubleSlash === firstColon + 1) return arg;
  return `${arg.slice(0, firstColon + 1)}//${arg.slice(firstColon + 1)}`;
}

/** scp-like `user@host:path` becomes `ssh://user@host/path` so that WHATWG URL can parse it. */
function correctUrl(giturl) {
  const firstAt = giturl.indexOf('@');
  const lastHash = giturl.lastIndexOf('#');
  let firstColon = giturl.indexOf(':');
  let lastColon = giturl.lastIndexOf(':', lastHash > -1 ? lastHash : Infinity);
  let corrected;
  if (lastColon > firstAt) {
    corrected = `${giturl.slice(0, lastColon)}/${giturl.slice(lastColon + 1)}`;
    firstColon = corrected.indexOf(':');
    lastColon = corrected.lastIndexOf(':');
  }
  if (firstColon === -1 && giturl.indexOf('//') === -1) corrected = `git+ssh://${corrected}`;
  return corrected;
}

function parseGitUrl(giturl) {
  try {
    return new URL(giturl);
  } catch (_) {
    // scp-like forms fall through
  }
  const corrected = correctUrl(giturl);
  if (!corrected) return null;
  try {
    return new URL(corrected);
  } catch (_) {
    return null;
  }
}

module.exports = { isGitHubShorthand, correctProtocol, parseGitUrl };
