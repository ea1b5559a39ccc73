'use strict';

const { MongoClient } = require('mongodb');
const config = require('../config');

const client = new MongoClient(config.mongoUrl);
let database;

async function connect() {
  if (!database) {
    await client.connect();
    database = client.db();
  }
  return database;
}

function getDb() {
  if (!database) throw new Error('call connect() first');
  return database;
}

module.exports = { connect, getDb, client };
