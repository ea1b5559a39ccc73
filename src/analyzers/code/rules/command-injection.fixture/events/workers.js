const { exec, execFile } = require('child_process');
const bus = require('./bus');

bus.on('thumbnail', (file) => {
  // ruleid: js/command-injection
  exec(`convert ${file} -resize 128x128 thumb.png`);
});

bus.on('archive', (name) => {
  // ok: js/command-injection
  execFile('tar', ['-czf', 'out.tgz', '--', name]);
});

bus.on('cleanup', (dir) => {
  // ok: js/command-injection
  exec(`rm -rf ${dir}`);
});
