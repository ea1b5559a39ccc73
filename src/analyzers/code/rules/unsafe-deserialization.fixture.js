const express = require('express');
const serialize = require('node-serialize');
const yaml = require('js-yaml');
const app = express();

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  // ruleid: js/unsafe-deserialization
  const profile = serialize.unserialize(raw);
  res.json(profile);
});

app.post('/import', (req, res) => {
  // ruleid: js/unsafe-deserialization
  const doc = yaml.load(req.body.yaml, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(doc);
});

app.post('/import-safe', (req, res) => {
  // ok: js/unsafe-deserialization
  const data = JSON.parse(req.body.json);
  res.json(data);
});

function loadConfig(text) {
  // ok: js/unsafe-deserialization
  return yaml.load(text);
}

function loadLegacy(text) {
  // ruleid: js/unsafe-deserialization
  return yaml.unsafeLoad(text);
}

module.exports = { loadConfig, loadLegacy };
