'use strict';
const { Service } = require('egg');
const { exec, execFile } = require('child_process');

class ReportService extends Service {
  async render(name) {
    // ruleid: js/command-injection
    exec(`make-report --name ${name}`);
    // ok: js/command-injection
    execFile('make-report', ['--name', String(name)]);
    return 'ok';
  }
}

module.exports = ReportService;
