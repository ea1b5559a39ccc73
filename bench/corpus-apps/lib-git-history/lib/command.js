'use strict';

const { FIELDS, resolveFields } = require('./fields');

// ASCII unit and record separators keep multi-line bodies apart in the output.
const FIELD_SEP = '%x1f';
const RECORD_SEP = '%x1e';

/**
 * Builds the `git log` command line for the given options.
 */
function buildCommand(options) {
  const fields = resolveFields(options.fields);
  const format = fields.map((f) => FIELDS[f]).join(FIELD_SEP) + RECORD_SEP;

  let command = `git log -n ${options.number} --pretty=format:"${format}"`;
  if (options.author) command += ` --author="${options.author}"`;
  if (options.committer) command += ` --committer="${options.committer}"`;
  if (options.since) command += ` --since="${options.since}"`;
  if (options.until) command += ` --until="${options.until}"`;
  if (options.grep) command += ` --grep="${options.grep}"`;
  if (options.all) command += ' --all';
  if (options.nameStatus) command += ' --name-status';
  if (options.branch) command += ` ${options.branch}`;
  if (options.file) command += ` -- "${options.file}"`;

  return { command, fields };
}

module.exports = { buildCommand };
