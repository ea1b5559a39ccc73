const { exec } = require('child_process');
const { KnexService: Base } = require('@feathersjs/knex');

// An adapter service imported under another name is still a service: `find(q)` gets the client's params.
class ExportService extends Base {
  async find (q) {
    // ruleid: js/command-injection
    exec(`pg_dump --table=${q.query.table} app`);
    return [];
  }
}

module.exports = { ExportService };
