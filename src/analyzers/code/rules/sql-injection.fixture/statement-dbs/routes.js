// Databases whose query language is a statement string: CQL, Cypher, PartiQL. The text is the
// sink; bound parameters (`?`, `$name`, `Parameters`) are not.
const express = require('express');
const cassandra = require('cassandra-driver');
const neo4j = require('neo4j-driver');
const { DynamoDBClient, ExecuteStatementCommand } = require('@aws-sdk/client-dynamodb');

const cluster = new cassandra.Client({ contactPoints: ['cassandra'], localDataCenter: 'dc1' });
const graph = neo4j.driver('bolt://graph:7687');
const dynamo = new DynamoDBClient({});
const router = express.Router();

router.get('/events', async (req, res) => {
  // ruleid: js/sql-injection
  const result = await cluster.execute(`SELECT * FROM events WHERE device = '${req.query.device}'`);
  res.json(result.rows);
});

router.get('/events/safe', async (req, res) => {
  // ok: js/sql-injection
  const result = await cluster.execute('SELECT * FROM events WHERE device = ?', [req.query.device], { prepare: true });
  res.json(result.rows);
});

router.get('/friends', async (req, res) => {
  const session = graph.session();
  // ruleid: js/sql-injection
  const out = await session.run('MATCH (p:Person {name: "' + req.query.name + '"})-[:KNOWS]->(f) RETURN f');
  res.json(out.records);
});

router.get('/friends/safe', async (req, res) => {
  const session = graph.session();
  // ok: js/sql-injection
  const out = await session.run('MATCH (p:Person {name: $name})-[:KNOWS]->(f) RETURN f', { name: req.query.name });
  res.json(out.records);
});

router.get('/orders/:id', async (req, res) => {
  // ruleid: js/sql-injection
  const command = new ExecuteStatementCommand({
    Statement: `SELECT * FROM "orders" WHERE "id" = '${req.params.id}'`,
  });
  res.json(await dynamo.send(command));
});

router.get('/orders/safe/:id', async (req, res) => {
  // ok: js/sql-injection
  const command = new ExecuteStatementCommand({ Statement: 'SELECT * FROM "orders" WHERE "id" = ?', Parameters: [{ S: req.params.id }] });
  res.json(await dynamo.send(command));
});

module.exports = router;
