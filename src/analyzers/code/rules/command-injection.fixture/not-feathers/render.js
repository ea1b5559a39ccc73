const { exec } = require('child_process');

// Outside Feathers, a `context` parameter is whatever the caller's context is (a template's data here).
module.exports = (options = {}) => (context) => {
  // ok: js/command-injection
  exec(`render ${context.data.path}`);
};
