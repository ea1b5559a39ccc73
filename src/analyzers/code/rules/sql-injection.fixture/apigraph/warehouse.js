// A module singleton: routes import the pool itself, under whatever name they like.
const { Pool } = require('pg');

module.exports = new Pool({ connectionString: process.env.WAREHOUSE_URL });
