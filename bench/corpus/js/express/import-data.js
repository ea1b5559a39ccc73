// Import/export endpoints: session blobs, YAML configs, XML feeds
const express = require('express');
const serialize = require('node-serialize');
const yaml = require('js-yaml');
const libxmljs = require('libxmljs');
const { XMLParser } = require('fast-xml-parser');

const app = express();
app.use(express.text({ type: ['text/*', 'application/xml', 'application/x-yaml'] }));

app.get('/restore', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  // ruleid: js/unsafe-deserialization
  const profile = serialize.unserialize(raw);
  res.json({ hello: profile.username });
});

app.post('/config/import', (req, res) => {
  // ruleid: js/unsafe-deserialization
  const config = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(config);
});

app.post('/v2/config/import', (req, res) => {
  // ok: js/unsafe-deserialization
  const config = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json(config);
});

app.post('/feed', (req, res) => {
  // ruleid: js/xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, dtdload: true });
  res.json({ items: doc.find('//item').length });
});

app.post('/v2/feed', (req, res) => {
  // ok: js/xxe
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ items: doc.find('//item').length });
});

app.post('/v3/feed', (req, res) => {
  const parser = new XMLParser();
  // ok: js/xxe
  const parsed = parser.parse(req.body);
  res.json(parsed);
});

app.post('/state', (req, res) => {
  // ok: js/unsafe-deserialization
  const state = JSON.parse(req.body);
  res.json({ keys: Object.keys(state) });
});

module.exports = app;
