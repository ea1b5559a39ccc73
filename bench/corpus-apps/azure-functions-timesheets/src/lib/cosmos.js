const { CosmosClient } = require('@azure/cosmos');

const client = new CosmosClient({
  endpoint: process.env.COSMOS_ENDPOINT,
  key: process.env.COSMOS_KEY,
});

const database = client.database(process.env.COSMOS_DATABASE || 'timesheets');

module.exports = {
  projects: database.container('projects'),
  preferences: database.container('preferences'),
  webhooks: database.container('webhooks'),
};
