// AWS Lambda handlers behind API Gateway (Node.js 20 runtime)
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, ScanCommand, GetCommand } = require('@aws-sdk/lib-dynamodb');
const mysql = require('mysql');
const https = require('https');

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const connection = mysql.createConnection({
  host: process.env.RDS_HOST,
  user: 'admin',
  // ruleid: js/hardcoded-credentials
  password: 'Sup3rS3cretRDS!',
  database: 'orders',
});

exports.getOrders = async (event) => {
  const customerId = event.queryStringParameters.customerId;
  return new Promise((resolve, reject) => {
    // ruleid: js/sql-injection
    connection.query("SELECT * FROM orders WHERE customer_id = '" + customerId + "'", (err, rows) => {
      if (err) {
        // ruleid: js/stack-trace-exposure
        return resolve({ statusCode: 500, body: JSON.stringify({ error: err.message, stack: err.stack }) });
      }
      resolve({ statusCode: 200, body: JSON.stringify(rows) });
    });
  });
};

exports.getOrder = async (event) => {
  const { id } = event.pathParameters;
  // ok: js/nosql-injection
  const { Item } = await ddb.send(new GetCommand({ TableName: 'orders', Key: { id: String(id) } }));
  return { statusCode: Item ? 200 : 404, body: JSON.stringify(Item ?? { message: 'not found' }) };
};

exports.searchOrders = async (event) => {
  const body = JSON.parse(event.body);
  const { Items } = await ddb.send(
    new ScanCommand({
      TableName: 'orders',
      FilterExpression: 'statusCode = :s',
      // ok: js/nosql-injection
      ExpressionAttributeValues: { ':s': String(body.status) },
    })
  );
  return { statusCode: 200, body: JSON.stringify(Items) };
};

exports.forwardWebhook = async (event) => {
  const { target, payload } = JSON.parse(event.body);
  return new Promise((resolve) => {
    // ruleid: js/ssrf
    const req = https.request(target, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      resolve({ statusCode: res.statusCode, body: '' });
    });
    req.end(JSON.stringify(payload));
  });
};

exports.legacyPartner = async () => {
  return new Promise((resolve) => {
    https.get(
      'https://partner.internal.example.com/status',
      // ruleid: js/tls-verification-disabled
      { rejectUnauthorized: false },
      (res) => resolve({ statusCode: res.statusCode, body: '' })
    );
  });
};
