'use strict';

const { FIELDS, resolveFields } = require('./fields');

// ASCII unit and record separators keep multi-line bodies apart in the output.
const FIELD_SEP = '%x1f';
const RECORD_SEP = '%x1e';

/**
 * Builds the argument list of `git log` for the given options. Every option value is one
 * argument of its own (`--author=<value>`), so no shell ever sees it; the revision follows
 * `--end-of-options` so that a value starting with "-" cannot become an option.
 */
function buildArgs(options) {
  const fields = resolveFields(options.fields);
  const format = fields.map((f) => FIELDS[f]).join(FIELD_SEP) + RECORD_SEP;
  const number = Number(options.number);
  if (!Number.isInteger(number) || number < 1) {
    throw new TypeError('git-history-log: "number" must be a positive integer');
  }

  const args = ['log', '-n', String(number), `--pretty=format:${format}`];
  if (options.author) args.push(`--author=${options.author}`);
  if (options.committer) args.push(`--committer=${options.committer}`);
  if (options.since) args.push(`--since=${options.since}`);
  if (options.until) args.push(`--until=${options.until}`);
  if (options.grep) args.push(`--grep=${options.grep}`);
  if (options.all) args.push('--all');
  if (options.nameStatus) args.push('--name-status');
  args.push('--end-of-options');
  if (options.branch) args.push(String(options.branch));
  if (options.file) args.push('--', String(options.file));

  return { args, fields };
}

module.exports = { buildArgs };
