'use strict';

const { exec, execFile } = require('child_process');
const fs = require('fs');
const { buildCommand } = require('./command');
const { parseLog } = require('./parse');

const DEFAULTS = {
  number: 10,
  fields: undefined,
  nameStatus: false,
  maxBuffer: 32 * 1024 * 1024,
  execOptions: {},
};

function normalizeOptions(options) {
  if (!options || typeof options.repo !== 'string') {
    throw new TypeError('git-history-log: "repo" (path to a working tree) is required');
  }
  if (!fs.existsSync(options.repo)) {
    throw new Error(`git-history-log: repo "${options.repo}" does not exist`);
  }
  return { ...DEFAULTS, ...options };
}

function readHistory(options) {
  let opts;
  let built;
  try {
    opts = normalizeOptions(options);
    built = buildCommand(opts);
  } catch (err) {
    return Promise.reject(err);
  }
  return new Promise((resolve, reject) => {
    // vuln: CWE-78
    exec(built.command, { cwd: opts.repo, maxBuffer: opts.maxBuffer, ...opts.execOptions }, (err, stdout, stderr) => {
      if (err) {
        err.stderr = stderr;
        return reject(err);
      }
      return resolve(parseLog(String(stdout), built.fields, opts.nameStatus));
    });
  });
}

/** Local branch names of the repository. */
function listBranches(repo) {
  return new Promise((resolve, reject) => {
    // safe: CWE-78
    execFile('git', ['branch', '--list', '--format=%(refname:short)'], { cwd: repo }, (err, stdout) => {
      if (err) return reject(err);
      return resolve(
        String(stdout)
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      );
    });
  });
}

module.exports = { readHistory, listBranches };
