const { projects } = require('../lib/cosmos');

async function byClient(clientId) {
  // safe: CWE-943
  const { resources } = await projects.items.query({ query: 'SELECT * FROM c WHERE c.clientId = @clientId AND c.active = true', parameters: [{ name: '@clientId', value: clientId }] }).fetchAll();
  return resources;
}

// Free-text project picker in the timesheet grid.
async function searchByName(name) {
  // vuln: CWE-943, CWE-89
  const { resources } = await projects.items.query(`SELECT c.id, c.name, c.code FROM c WHERE CONTAINS(LOWER(c.name), LOWER('${name}')) AND c.active = true`).fetchAll();
  return resources;
}

async function get(id, clientId) {
  const { resource } = await projects.item(id, clientId).read();
  return resource;
}

module.exports = { byClient, searchByName, get };
