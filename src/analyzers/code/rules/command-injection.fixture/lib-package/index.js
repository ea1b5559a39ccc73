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

module.exports = { clone, cloneSafe, run };
