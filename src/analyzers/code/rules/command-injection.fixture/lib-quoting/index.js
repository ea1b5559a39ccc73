'use strict';

const { exec } = require('child_process');
const quote = require('./lib/quote');
const shellEscape = require('./lib/shell-escape');

function run(command, args, cb) {
  const line = quote([command].concat(args));
  // ok: js/command-injection
  return exec(line, cb);
}

function runEscaped(command, args, cb) {
  const line = shellEscape([command].concat(args));
  // ruleid: js/command-injection
  return exec(line, cb);
}

module.exports = { run, runEscaped };
