'use strict';

// One client per backing store, created at start-up and shared by every plugin.
const neo4j = require('neo4j-driver');
const cassandra = require('cassandra-driver');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');

const graph = neo4j.driver(process.env.NEO4J_URL || 'bolt://localhost:7687',
  neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD || ''));

const events = new cassandra.Client({
  contactPoints: (process.env.CASSANDRA_HOSTS || 'localhost').split(','),
  localDataCenter: 'dc1',
  keyspace: 'research',
});

const documents = new DynamoDBClient({ region: process.env.AWS_REGION || 'eu-west-1' });

module.exports = { graph, events, documents };
