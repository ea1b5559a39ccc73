'use strict';

const { exec } = require('child_process');

// A service written as the factory itself: Strapi calls it with { strapi }.
module.exports = ({ strapi }) => ({
  async make(file) {
    // ruleid: js/command-injection
    exec('convert ' + file + ' -resize 200x200 thumb.png');
    return { ok: true };
  },
});
