'use strict';

const { exec } = require('child_process');

// Backslashes `"` only: inside double quotes the shell still expands `$(…)`, backticks and `\`.
function escapeShellArg(value) {
  return String(value).replace(/"/g, '\\"');
}

// POSIX single quotes keep everything literal; a `'` is closed, escaped and reopened.
function shellEscape(value) {
  return `'${String(value).replace(/'/g, "'\\''")}'`;
}

function speakUnix(text, done) {
  // ruleid: js/command-injection
  exec(`espeak "${escapeShellArg(text)}"`, (err) => done(err || null));
}

function speakMac(text, done) {
  // ok: js/command-injection
  exec(`say ${shellEscape(text)}`, (err) => done(err || null));
}

module.exports = { speakUnix, speakMac };
