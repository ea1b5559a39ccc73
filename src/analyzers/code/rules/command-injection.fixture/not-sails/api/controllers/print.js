const { exec } = require('child_process');

// The same machine shape in a package that does not run under Sails: a job definition's own API.
module.exports = {
  inputs: {
    title: { type: 'string', required: true },
  },

  fn: async function ({ title }) {
    // ok: js/command-injection
    exec(`lpr -T "${title}" label.png`);
  },
};
