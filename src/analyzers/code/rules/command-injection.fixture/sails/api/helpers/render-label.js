const { exec } = require('child_process');

// A helper: its inputs are what the calling action passed (`sails.helpers.renderLabel.with({ … })`).
module.exports = {
  friendlyName: 'Render label',

  inputs: {
    format: { type: 'string', required: true },
    size: { type: 'string', required: true },
  },

  fn: async function ({ format, size }) {
    // ruleid: js/command-injection
    await exec(`convert label.svg label.${format}`);
    // The caller passes a constant size.
    // ok: js/command-injection
    await exec(`convert label.svg -resize ${size} label-small.png`);
  },
};
