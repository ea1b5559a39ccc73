'use strict';
const { Service } = require('egg');
const { exec } = require('child_process');

class BackupJobService extends Service {
  async run(label) {
    // ruleid: js/command-injection
    exec('tar czf /backups/' + label + '.tgz /data');
    return { ok: true };
  }
}

module.exports = BackupJobService;
