// A library whose entry exports a function first and hangs more of its API on it afterwards.
const { exec, execFile } = require('child_process');

function archive(dir, done) {
  execFile('tar', ['-czf', 'out.tgz', '--', dir], done);
}

module.exports = archive;

archive.extract = function extract(file, done) {
  // ruleid: js/command-injection
  exec(`tar -xzf ${file}`, done);
};

archive.extractSafe = function extractSafe(file, done) {
  // ok: js/command-injection
  execFile('tar', ['-xzf', '--', file], done);
};
