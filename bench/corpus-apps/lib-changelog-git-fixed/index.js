'use strict';

const { execFileSync } = require('child_process');

const FORMAT = '--pretty=format:%H%x09%an%x09%s';

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

/** Refs come from release tooling and CI input: a value starting with `-` would be read as an option. */
function assertRef(ref) {
  if (typeof ref !== 'string' || ref.startsWith('-') || !/^[\w./@^~-]+$/.test(ref)) throw new TypeError(`invalid git ref: ${ref}`);
}

/**
 * Commits reachable from `to` but not from `from`, newest first.
 * @param {string} from  tag or commit of the previous release
 * @param {string} [to]  defaults to HEAD
 * @param {{ cwd?: string, path?: string, merges?: boolean }} [options]
 */
function commitsBetween(from, to = 'HEAD', options = {}) {
  assertRef(from);
  assertRef(to);
  const args = ['log', FORMAT];
  if (!options.merges) args.push('--no-merges');
  args.push(`${from}..${to}`);
  if (options.path) args.push('--', options.path);
  // safe: CWE-88
  const out = git(args, options.cwd);
  return out.split('\n').filter(Boolean).map((line) => {
    const [hash, author, subject] = line.split('\t');
    return { hash, author, subject };
  });
}

/** The text of `file` as it was at `ref` (for reading the previous CHANGELOG.md). */
function fileAt(ref, file, options = {}) {
  assertRef(ref);
  // safe: CWE-78
  return git(['show', `${ref}:${file}`], options.cwd);
}

/** Tags of the repository, most recent first. */
function tags(options = {}) {
  const args = ['tag', '--sort=-creatordate'];
  if (options.merged) args.push('--merged', 'HEAD');
  // safe: CWE-88
  return git(args, options.cwd).split('\n').filter(Boolean);
}

module.exports = { commitsBetween, fileAt, tags };
