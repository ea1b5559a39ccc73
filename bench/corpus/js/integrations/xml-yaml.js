// SAML-ish metadata import and config upload
const express = require('express');
const libxmljs = require('libxmljs2');
const yaml = require('js-yaml');
const serialize = require('node-serialize');
const xml2js = require('xml2js');

const router = express.Router();

router.post('/metadata', express.text({ type: '*/xml' }), (req, res) => {
  // ruleid: js/xxe
  const xml = libxmljs.parseXmlString(req.body, { noent: true });
  const entityId = xml.root().attr('entityID');
  res.json({ entityId: entityId && entityId.value() });
});

router.post('/metadata-safe', express.text({ type: '*/xml' }), (req, res) => {
  // ok: js/xxe
  const xml = libxmljs.parseXmlString(req.body);
  res.json({ root: xml.root().name() });
});

router.post('/metadata-xml2js', express.text({ type: '*/xml' }), async (req, res) => {
  // ok: js/xxe
  const parsed = await xml2js.parseStringPromise(req.body);
  res.json(parsed);
});

router.post('/pipeline', express.text({ type: '*/*' }), (req, res) => {
  // ruleid: js/unsafe-deserialization
  const pipeline = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json({ steps: pipeline.steps.length });
});

router.post('/pipeline-safe', express.text({ type: '*/*' }), (req, res) => {
  // ok: js/unsafe-deserialization
  const pipeline = yaml.safeLoad(req.body);
  res.json({ steps: pipeline.steps.length });
});

router.get('/prefs', (req, res) => {
  const cookie = req.headers.cookie || '';
  const match = /prefs=([^;]+)/.exec(cookie);
  if (!match) return res.json({});
  // ruleid: js/unsafe-deserialization
  const prefs = serialize.unserialize(decodeURIComponent(match[1]));
  res.json(prefs);
});

module.exports = router;
