'use strict';

const { ExecuteStatementCommand } = require('@aws-sdk/client-dynamodb');
const { unmarshall } = require('@aws-sdk/util-dynamodb');
const { events, documents } = require('../lib/stores');

module.exports = {
  name: 'activity',
  register(server) {
    server.route({
      method: 'GET',
      path: '/projects/{project}/events',
      handler: async (request) => {
        const since = request.query.since || '1970-01-01';
        // vuln: CWE-89
        const rs = await events.execute(`SELECT * FROM project_events WHERE project = '${request.params.project}' AND at > '${since}'`);
        return rs.rows;
      },
    });

    server.route({
      method: 'GET',
      path: '/projects/{project}/events/latest',
      handler: async (request) => {
        // safe: CWE-89
        const rs = await events.execute('SELECT * FROM project_events WHERE project = ? LIMIT 20', [request.params.project], { prepare: true });
        return rs.rows;
      },
    });

    server.route({
      method: 'GET',
      path: '/documents',
      handler: async (request) => {
        const owner = request.query.owner;
        const status = request.query.status || 'published';
        // vuln: CWE-89
        const out = await documents.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "documents" WHERE "owner" = '${owner}' AND "status" = '${status}'` }));
        return out.Items.map((item) => unmarshall(item));
      },
    });

    server.route({
      method: 'GET',
      path: '/documents/{id}',
      handler: async (request, h) => {
        const command = new ExecuteStatementCommand({
          Statement: 'SELECT * FROM "documents" WHERE "id" = ?',
          Parameters: [{ S: request.params.id }],
        });
        // safe: CWE-89
        const out = await documents.send(command);
        if (!out.Items.length) return h.response({ error: 'not found' }).code(404);
        return unmarshall(out.Items[0]);
      },
    });
  },
};
