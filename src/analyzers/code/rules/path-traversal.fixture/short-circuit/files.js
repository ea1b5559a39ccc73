'use strict';

const fs = require('fs');
const path = require('path');
const http = require('http');

const DATA_DIR = path.resolve(__dirname, 'data');

// A check on the left of `||` / `&&` holds on its right side: the right runs only when it passed.
function fixtureText(req) {
  const file = path.join(DATA_DIR, new URL(req.url, 'http://localhost').pathname);
  // ok: js/path-traversal
  if (!file.startsWith(DATA_DIR + path.sep) || !fs.existsSync(file)) return null;
  return 'found';
}

function fixtureSize(req) {
  const file = path.resolve(DATA_DIR, new URL(req.url, 'http://localhost').pathname.slice(1));
  // ok: js/path-traversal
  return file.startsWith(DATA_DIR + path.sep) && fs.statSync(file).size;
}

function fixtureSizeCheckedLate(req) {
  const file = path.resolve(DATA_DIR, new URL(req.url, 'http://localhost').pathname.slice(1));
  // ruleid: js/path-traversal
  return fs.statSync(file).size && file.startsWith(DATA_DIR + path.sep);
}

function fixtureUnchecked(req) {
  const file = path.join(DATA_DIR, new URL(req.url, 'http://localhost').pathname);
  // ruleid: js/path-traversal
  return file.endsWith('.json') && fs.readFileSync(file, 'utf8');
}

http.createServer((req, res) => {
  res.end(String(fixtureText(req) || fixtureSize(req) || fixtureSizeCheckedLate(req) || fixtureUnchecked(req)));
}).listen(8080);
