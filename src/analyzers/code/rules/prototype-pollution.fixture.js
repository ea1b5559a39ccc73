const express = require('express');
const _ = require('lodash');
const app = express();
const settings = {};

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
  // ruleid: js/prototype-pollution
  settings[section][key] = value;
  res.sendStatus(204);
});

app.post('/prefs', (req, res) => {
  const prefs = {};
  // ruleid: js/prototype-pollution
  _.merge(prefs, req.body);
  // ruleid: js/prototype-pollution
  _.set(prefs, req.body.path, req.body.value);
  res.json(prefs);
});

app.post('/prefs-safe', (req, res) => {
  const { key, value } = req.body;
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') return res.sendStatus(400);
  const prefs = {};
  // ok: js/prototype-pollution
  prefs[key] = value;
  // ok: js/prototype-pollution
  settings[key][req.body.sub] = value;
  // ok: js/prototype-pollution
  _.merge(prefs, { theme: 'dark' });
  res.json(prefs);
});

app.post('/map', (req, res) => {
  const store = new Map();
  // ok: js/prototype-pollution
  store.set(req.body.key, req.body.value);
  res.end();
});

// A flat object built from keys: `result['__proto__'] = v` only changes that fresh object.
function zipObject(keys, values) {
  // ok: js/prototype-pollution
  return keys.reduce((result, key, i) => ((result[key] = values[i]), result), {});
}
module.exports.zipObject = zipObject;

// The object reached by one user-chosen key, written through a second one via a variable.
app.put('/tree/:group/:name', (req, res) => {
  const group = settings[req.params.group];
  // ruleid: js/prototype-pollution
  group[req.params.name] = req.body.value;
  res.end();
});

// A user-chosen key on a prototype every instance shares.
app.post('/plugins', (req, res) => {
  // ruleid: js/prototype-pollution
  Object.getPrototypeOf(settings)[req.body.name] = req.body.fn;
  res.end();
});

// Single-level keyed writes: a "__proto__" key changes only this object's own prototype.
app.post('/proxy', (req, res) => {
  const headers = {};
  for (const name of Object.keys(req.headers)) {
    // ok: js/prototype-pollution
    headers[name] = req.headers[name];
  }
  const cc = {};
  for (const part of String(req.headers['cache-control']).split(',')) {
    const [k, v] = part.split('=');
    // ok: js/prototype-pollution
    cc[k.trim()] = v === undefined ? true : v.trim();
  }
  // ok: js/prototype-pollution
  settings[req.query.name] = req.query.value;
  res.json({ headers, cc });
});

// A path walk: the steps that keep the object already there (or add an empty one) change no
// prototype; the last write, of the caller's value, is the pollution.
app.post('/tree', (req, res) => {
  const tree = {};
  const keys = String(req.body.path).split('.');
  let cur = tree;
  for (let i = 0; i < keys.length - 1; i++) {
    // ok: js/prototype-pollution
    cur[keys[i]] = cur[keys[i]] || {};
    cur = cur[keys[i]];
  }
  // ruleid: js/prototype-pollution
  cur[keys[keys.length - 1]] = req.body.value;
  res.json(tree);
});

app.post('/tree2', (req, res) => {
  const tree = {};
  let node = tree;
  const parts = String(req.body.path).split('/');
  for (const p of parts.slice(0, -1)) {
    // ok: js/prototype-pollution
    node = node[p] ??= {};
  }
  // ruleid: js/prototype-pollution
  node[parts[parts.length - 1]] = req.body.value;
  res.json(tree);
});

app.post('/tree3', (req, res) => {
  const tree = {};
  let node = tree;
  const parts = String(req.body.path).split('/');
  for (const p of parts.slice(0, -1)) {
    // Replacing what is there (`__proto__` included) is still reported.
    // ruleid: js/prototype-pollution
    if (req.body.reset) node[p] = {};
    node = node[p];
  }
  res.json(tree);
});

app.post('/tree4', (req, res) => {
  const tree = {};
  let node = tree;
  const keys = String(req.body.path).split('.');
  for (const key of keys.slice(0, -1)) {
    // Fills a missing step only (the `if` tests what it assigns); the write of the value pollutes.
    // ok: js/prototype-pollution
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key];
  }
  // ruleid: js/prototype-pollution
  node[keys[keys.length - 1]] = req.body.value;
  res.json(tree);
});

app.post('/tree5', (req, res) => {
  const tree = {};
  let node = tree;
  const keys = String(req.body.path).split('.');
  for (const key of keys.slice(0, -1)) {
    // An overwrite option replaces what is there (`__proto__` included): still reported.
    // ruleid: js/prototype-pollution
    if (typeof node[key] !== 'object' || req.body.overwrite) node[key] = {};
    node = node[key];
  }
  res.json(tree);
});

// A JSON body's key may be an array: `["__proto__"]` fails `=== '__proto__'` but names `__proto__`
// as a property key. Compared as the text a write uses (`String(key)`), the check covers it.
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
app.post('/sections/coerced', (req, res) => {
  const { section, key } = req.body;
  if (PROTO_KEYS.includes(String(section)) || String(key) === '__proto__' || String(key) === 'constructor') return res.sendStatus(400);
  // ok: js/prototype-pollution
  settings[section][key] = req.body.value;
  res.sendStatus(204);
});
app.post('/sections/symbol-or-text', (req, res) => {
  const { section, key } = req.body;
  if (!(typeof section === 'symbol' || !PROTO_KEYS.includes(`${section}`))) return res.sendStatus(400);
  if (PROTO_KEYS.indexOf(String(key)) !== -1) return res.sendStatus(400);
  // ok: js/prototype-pollution
  settings[section][key] = req.body.value;
  res.sendStatus(204);
});
app.post('/sections/coerced-other', (req, res) => {
  const { section, key } = req.body;
  // The check coerces another value: `section` itself is unchecked.
  if (PROTO_KEYS.includes(String(req.body.name))) return res.sendStatus(400);
  // ruleid: js/prototype-pollution
  settings[section][key] = req.body.value;
  res.sendStatus(204);
});
