// User preferences API with deep merge
const express = require('express');
const _ = require('lodash');

const app = express();
app.use(express.json());

const defaults = { theme: 'light', notifications: { email: true, sms: false } };
const preferences = new Map();

function deepMerge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      // ruleid: js/prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      target[key] = safeMerge(target[key] ?? {}, source[key]);
    } else {
      // ok: js/prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

app.put('/prefs/:userId', (req, res) => {
  const current = preferences.get(req.params.userId) || structuredClone(defaults);
  const updated = deepMerge(current, req.body);
  preferences.set(req.params.userId, updated);
  res.json(updated);
});

app.put('/v2/prefs/:userId', (req, res) => {
  const current = preferences.get(req.params.userId) || structuredClone(defaults);
  res.json(safeMerge(current, req.body));
});

// Set a nested value from a dotted path like "notifications.email"
function setByPath(obj, dottedPath, value) {
  const keys = dottedPath.split('.');
  let current = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    current[keys[i]] = current[keys[i]] || {};
    current = current[keys[i]];
  }
  // ruleid: js/prototype-pollution
  current[keys[keys.length - 1]] = value;
  return obj;
}

app.patch('/config', (req, res) => {
  const config = structuredClone(defaults);
  setByPath(config, req.body.path, req.body.value);
  res.json(config);
});

// Safe: lodash pick of known keys
app.post('/settings/import', (req, res) => {
  // ok: js/prototype-pollution
  const settings = _.pick(JSON.parse(req.body.blob), ['theme', 'language']);
  res.json(settings);
});

app.post('/items/:field', (req, res) => {
  const item = {};
  // ruleid: js/prototype-pollution
  item[req.params.field][req.body.key] = req.body.value;
  res.json(item);
});

// Safe: Map instead of an object keyed by user input
app.post('/v2/items/:field', (req, res) => {
  const fields = new Map();
  // ok: js/prototype-pollution
  fields.set(req.params.field, req.body.value);
  res.json(Object.fromEntries(fields));
});

module.exports = app;
