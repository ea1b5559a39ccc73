'use strict';

const zlib = require('zlib');
const { DOMParser } = require('@xmldom/xmldom');
const xpath = require('xpath');
const { SamlError } = require('./errors');

const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
};

const select = xpath.useNamespaces(NS);

function parseXml(xml) {
  if (/<!DOCTYPE/i.test(xml)) throw new SamlError('DTDs are not allowed in SAML messages', 'ERR_SAML_XML');
  const errors = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (msg) => errors.push(msg), fatalError: (msg) => errors.push(msg) },
  }).parseFromString(xml, 'text/xml');
  if (errors.length || !doc || !doc.documentElement) throw new SamlError('malformed XML', 'ERR_SAML_XML');
  return doc;
}

function selectAll(node, expr) {
  return select(expr, node);
}

function selectOne(node, expr) {
  const found = select(expr, node);
  return found.length ? found[0] : null;
}

function text(node, expr) {
  const found = selectOne(node, expr);
  return found ? String(found.textContent || found.nodeValue || '').trim() : '';
}

function decodePost(value) {
  return Buffer.from(String(value || ''), 'base64').toString('utf8');
}

function decodeRedirect(value) {
  return zlib.inflateRawSync(Buffer.from(String(value || ''), 'base64'), { maxOutputLength: 1 << 20 }).toString('utf8');
}

module.exports = { NS, parseXml, selectAll, selectOne, text, decodePost, decodeRedirect };
