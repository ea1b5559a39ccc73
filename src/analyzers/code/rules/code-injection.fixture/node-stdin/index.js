// Runs a small Node program in a child process, synchronously: `node -` reads the program from stdin.
const { spawnSync } = require('child_process');

function echoQuoted(data) {
  // A backslash in the data escapes the added one, and the quote then ends the string.
  const script = "process.stdout.write('" + String(data).replace(/'/g, "\\'") + "');";
  // ruleid: js/code-injection
  return spawnSync(process.execPath, ['-'], { input: script, encoding: 'utf8' }).stdout;
}

function echoJson(data) {
  // A JSON string literal is a JavaScript string literal: quotes, backslashes and line breaks are escaped.
  const script = 'process.stdout.write(' + JSON.stringify(String(data)) + ');';
  // ok: js/code-injection
  return spawnSync(process.execPath, ['-'], { input: script, encoding: 'utf8' }).stdout;
}

function filter(data) {
  // Here the input is the data a program file reads, not a program.
  // ok: js/code-injection
  return spawnSync(process.execPath, [require.resolve('./filter-worker.js')], { input: String(data), encoding: 'utf8' }).stdout;
}

module.exports = { echoQuoted, echoJson, filter };
