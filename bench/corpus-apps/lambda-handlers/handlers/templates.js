'use strict';

const fs = require('fs');
const path = require('path');
const Handlebars = require('handlebars');
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const { html, json } = require('../lib/http');

const s3 = new S3Client({});
const TEMPLATE_DIR = '/opt/templates';

// Receipt templates are shipped in the Lambda layer.
exports.receipt = async (event) => {
  const name = event.pathParameters.name;
  // vuln: CWE-22
  const source = fs.readFileSync(`${TEMPLATE_DIR}/${name}.hbs`, 'utf8');
  return html(200, Handlebars.compile(source)({ order: JSON.parse(event.body || '{}') }));
};

exports.receiptSafe = async (event) => {
  const name = path.basename(event.pathParameters.name);
  // safe: CWE-22
  const source = fs.readFileSync(path.join(TEMPLATE_DIR, `${name}.hbs`), 'utf8');
  return html(200, Handlebars.compile(source)({ order: JSON.parse(event.body || '{}') }));
};

// Merchants can try out their own receipt layout before uploading it.
exports.previewReceipt = async (event) => {
  const { template, order } = JSON.parse(event.body);
  // vuln: CWE-1336, CWE-94
  const render = Handlebars.compile(template);
  return html(200, render({ order }));
};

exports.attachment = async (event) => {
  const tenant = event.requestContext.authorizer.tenantId;
  const obj = await s3.send(new GetObjectCommand({
    Bucket: process.env.ATTACHMENT_BUCKET,
    // safe: CWE-22
    Key: `${tenant}/attachments/${event.queryStringParameters.file}`,
  }));
  return json(200, { size: obj.ContentLength });
};
