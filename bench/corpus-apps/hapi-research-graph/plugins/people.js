'use strict';

const { graph } = require('../lib/stores');
const rules = require('../lib/validation');

async function readRecords(cypher, params) {
  const session = graph.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

module.exports = {
  name: 'people',
  register(server) {
    server.route({
      method: 'GET',
      path: '/people/{id}/coauthors',
      handler: async (request) => {
        const session = graph.session({ defaultAccessMode: 'READ' });
        try {
          const depth = Math.min(Number(request.query.depth) || 1, 3);
          // vuln: CWE-89
          const result = await session.run(`MATCH (p:Researcher {id: '${request.params.id}'})-[:COAUTHORED*1..${depth}]-(c) RETURN DISTINCT c`);
          return result.records.map((r) => r.get('c').properties);
        } finally {
          await session.close();
        }
      },
    });

    server.route({
      method: 'GET',
      path: '/people/search',
      handler: async (request) => {
        const session = graph.session({ defaultAccessMode: 'READ' });
        try {
          // safe: CWE-89
          const result = await session.run('MATCH (p:Researcher) WHERE p.name CONTAINS $q RETURN p LIMIT 50', { q: String(request.query.q || '') });
          return result.records.map((r) => r.get('p').properties);
        } finally {
          await session.close();
        }
      },
    });

    server.route({
      method: 'GET',
      path: '/tags/{tag}/people',
      handler: async (request, h) => {
        const { tag } = request.params;
        // vuln: CWE-1333
        if (!rules.tag.test(tag)) return h.response({ error: 'bad tag' }).code(400);
        return readRecords('MATCH (p:Researcher)-[:TAGGED]->(:Tag {name: $tag}) RETURN p', { tag });
      },
    });

    server.route({
      method: 'GET',
      path: '/people/by-orcid/{orcid}',
      handler: async (request, h) => {
        const { orcid } = request.params;
        // safe: CWE-1333
        if (!rules.researcherId.test(orcid)) return h.response({ error: 'bad id' }).code(400);
        return readRecords('MATCH (p:Researcher {orcid: $orcid}) RETURN p', { orcid });
      },
    });
  },
};
