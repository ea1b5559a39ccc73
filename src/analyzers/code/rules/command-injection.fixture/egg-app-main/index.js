'use strict';
const { exec } = require('child_process');

// An Egg application whose package.json has a `main` (egg-scripts starts it) is an application, not a
// library: its exports are called by its own code, not by strangers with their own input.
exports.runTask = function runTask(task) {
  // ok: js/command-injection
  exec(`./tasks/${task}.sh`);
};
