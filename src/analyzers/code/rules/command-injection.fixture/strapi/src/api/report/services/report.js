'use strict';

const { exec, execFile } = require('child_process');
const { createCoreService } = require('@strapi/strapi').factories;

module.exports = createCoreService('api::report.report', ({ strapi }) => ({
  async render(name) {
    // ruleid: js/command-injection
    exec(`make-report --name ${name}`);
    // ok: js/command-injection
    execFile('make-report', ['--name', String(name)]);
    return { ok: true };
  },
}));
