const express = require('express');
const libxmljs = require('libxmljs');
const libxml2 = require('libxmljs2');
const { parseXmlString } = require('libxmljs2');
const xml2js = require('xml2js');
const { XMLParser } = require('fast-xml-parser');
const { DOMParser } = require('@xmldom/xmldom');
const { execFile, execFileSync } = require('child_process');
const fs = require('fs');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));

router.post('/invoices/import', (req, res) => {
  // ruleid: js/xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  const total = doc.get('//total').text();
  res.json({ total });
});

router.post('/feeds', async (req, res) => {
  // ruleid: js/xxe
  const doc = await libxml2.parseXmlAsync(req.body, { noent: true, nocdata: true });
  res.json({ title: doc.get('//channel/title')?.text() });
});

const XML_OPTIONS = { noent: true, dtdload: true, dtdvalid: true };

function loadCatalog(path) {
  const xml = fs.readFileSync(path, 'utf8');
  // ruleid: js/xxe
  return parseXmlString(xml, XML_OPTIONS);
}

function loadWithDtd(xml) {
  // ruleid: js/xxe
  return libxmljs.parseXmlString(xml, { dtdload: true });
}

function validateInvoice(xml, xsd) {
  // ruleid: js/xxe
  const schemaDoc = libxmljs.Document.fromXml(xsd, { noent: true });
  // ok: js/xxe
  const doc = libxmljs.parseXml(xml);
  return doc.validate(schemaDoc);
}

// --- safe: libxml2 defaults, explicit false, other parsers ---
router.post('/orders', (req, res) => {
  // ok: js/xxe
  const doc = libxmljs.parseXml(req.body);
  // ok: js/xxe
  const strict = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ id: doc.get('//id').text(), strict: !!strict });
});

router.post('/legacy', async (req, res) => {
  // ok: js/xxe
  const parsed = await xml2js.parseStringPromise(req.body, { explicitArray: false });
  // ok: js/xxe
  const data = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(req.body);
  // ok: js/xxe
  const dom = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ parsed, data, root: dom.documentElement.nodeName });
});

// An options object that happens to have `noent` but is not passed to a libxml parser.
// ok: js/xxe
const lintSettings = { noent: true };

// --- xmllint from the command line ---
function lintFile(path, cb) {
  // ruleid: js/xxe
  execFile('xmllint', ['--noent', '--noout', path], cb);
}

function formatFile(path) {
  // ok: js/xxe
  return execFileSync('xmllint', ['--format', '--nonet', path]).toString();
}

module.exports = { router, loadCatalog, loadWithDtd, validateInvoice, lintFile, formatFile, lintSettings };
