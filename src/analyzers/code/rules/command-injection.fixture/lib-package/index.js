// A library package (main, no server): its exported functions' parameters come from callers.
const { exec, execFile } = require('child_process');

function clone(repoUrl, dir, done) {
  // ruleid: js/command-injection
  exec(`git clone ${repoUrl} ${dir}`, done);
}

function cloneSafe(repoUrl, dir, done) {
  // ok: js/command-injection
  execFile('git', ['clone', '--', repoUrl, dir], done);
}

// Running the caller's command is this function's job, not a flaw.
function run(command, done) {
  // ok: js/command-injection
  exec(command, done);
}

// The command runs inside a promise executor: the callback sees the caller's arguments.
function checkout(dir, ref) {
  return new Promise((resolve, reject) => {
    // ruleid: js/command-injection
    exec(`git checkout ${ref}`, { cwd: dir }, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

function checkoutSafe(dir, ref) {
  return new Promise((resolve, reject) => {
    // ok: js/command-injection
    execFile('git', ['checkout', ref, '--'], { cwd: dir }, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

// Throws unless the ref is a plain name that cannot start an option.
function assertRef(ref) {
  if (!/^[\w./-]+$/.test(ref) || ref.startsWith('-')) throw new Error(`invalid ref: ${ref}`);
}

function fetchRef(dir, ref, done) {
  assertRef(ref);
  // ok: js/command-injection
  exec(`git fetch origin ${ref}`, { cwd: dir }, done);
}

function fetchRefUnchecked(dir, ref, done) {
  // ruleid: js/command-injection
  exec(`git fetch origin ${ref}`, { cwd: dir }, done);
}

// A shell command line built in a variable, then handed to `sh -c`.
function thumbnail(input, size) {
  const script = `convert ${input} -resize ${size} thumb.png`;
  const args = ['-c', script];
  // ruleid: js/command-injection
  return execFile('sh', args);
}

// The same call with the values as the shell's positional parameters: the command text is constant.
function thumbnailSafe(input, size) {
  const args = ['-c', 'convert "$1" -resize "$2" thumb.png', 'sh'];
  args.push(input, size);
  // ok: js/command-injection
  return execFile('sh', args);
}

// A file name put into a single-quoted shell word, its own quotes escaped the POSIX way.
function convertQuoted(file, done) {
  // ok: js/command-injection
  exec(`convert '${file.replace(/'/g, "'\\''")}' -resize 200x200 thumb.png`, done);
}

function convertDoubleQuoted(file, done) {
  // Double quotes still expand $(…) and backticks.
  // ruleid: js/command-injection
  exec(`convert "${file.replace(/"/g, '\\"')}" -resize 200x200 thumb.png`, done);
}

function convertHalfQuoted(file, done) {
  // Escaped, but not inside single quotes: the quotes it keeps do not make one word.
  // ruleid: js/command-injection
  exec(`convert ${file.replace(/'/g, "'\\''")} -resize 200x200 thumb.png`, done);
}

// The command line is built by a helper and run by the exported function: the helper's text is
// still the command the caller's values were built into.
function buildResize(input, size) {
  const parts = ['convert', input, '-resize'];
  if (size) parts.push(size);
  return parts.join(' ');
}

function resize(input, size, done) {
  // ruleid: js/command-injection
  exec(buildResize(input, size), done);
}

// A helper that returns its argument as it is: the caller's whole command, run as given.
function commandOf(command) {
  return command;
}

function runNamed(command, done) {
  // ok: js/command-injection
  exec(commandOf(command), done);
}

// Named like a shell-quoting helper, but it only wraps the value in double quotes.
function quote(file) {
  return `"${file}"`;
}

function probe(file, done) {
  // ruleid: js/command-injection
  exec(`ffprobe ${quote(file)}`, done);
}

// A quoting helper that escapes what it wraps keeps the value one word.
function shellQuote(file) {
  return `'${file.replace(/'/g, "'\\''")}'`;
}

function probeQuoted(file, done) {
  // ok: js/command-injection
  exec(`ffprobe ${shellQuote(file)}`, done);
}

module.exports = { resize, runNamed, probe, probeQuoted, convertQuoted, convertDoubleQuoted, convertHalfQuoted, clone, cloneSafe, run, checkout, checkoutSafe, fetchRef, fetchRefUnchecked, thumbnail, thumbnailSafe };
