const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();

app.get('/search', (req, res) => {
  // ruleid: js/regex-injection
  const re = new RegExp(req.query.q, 'i');
  res.json(products.filter((p) => re.test(p.name)));
});

app.get('/search-escaped', (req, res) => {
  // ok: js/regex-injection
  const re = new RegExp(escapeStringRegexp(req.query.q), 'i');
  res.json(products.filter((p) => re.test(p.name)));
});

app.get('/search-manual', (req, res) => {
  const safe = req.query.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ok: js/regex-injection
  const re = new RegExp(`^${safe}`);
  res.json(products.filter((p) => re.test(p.name)));
});

app.get('/users', async (req, res) => {
  const { name } = req.query;
  // ruleid: js/regex-injection
  const users = await User.find({ name: { $regex: new RegExp(name) } });
  // ok: js/regex-injection
  const fixed = new RegExp('^[a-z]+$');
  res.json({ users, fixed: fixed.source });
});

app.get('/vehicles/quick', async (req, res) => {
  const q = String(req.query.q);
  // A $regex inside an $or list runs the user's pattern as much as a top-level one does.
  // ruleid: js/regex-injection
  const hits = await Vehicle.find({ depot: 'north', $or: [{ plate: { $regex: q, $options: 'i' } }, { vin: { $regex: q, $options: 'i' } }] });
  // ok: js/regex-injection
  const exact = await Vehicle.find({ $or: [{ plate: { $regex: `^${escapeStringRegexp(q)}` } }, { vin: q }] });
  res.json({ hits, exact });
});

app.get('/sku', (req, res) => {
  const prefix = req.query.prefix;
  // ruleid: js/regex-injection
  res.json(products.filter((p) => p.sku.match('^' + prefix)));
  // ok: js/regex-injection
  res.json(products.filter((p) => p.sku.startsWith(prefix)));
});

// A check of one header says nothing about another read through the same method.
app.get('/grep', (req, res) => {
  if (req.get('x-mode') === 'regex') {
    // ruleid: js/regex-injection
    const re = new RegExp(req.get('x-pattern'), 'i');
    return res.json(products.filter((p) => re.test(p.notes)));
  }
  if (req.get('x-pattern') === 'open') {
    // ok: js/regex-injection
    const re = new RegExp(req.get('x-pattern'));
    return res.json(products.filter((p) => re.test(p.status)));
  }
  res.json([]);
});

// A JSON body holds no RegExp object: `source` and `flags` fields are text the client chose.
app.post('/saved-filters', (req, res) => {
  const { filter } = req.body;
  // ruleid: js/regex-injection
  const re = new RegExp(filter.source, filter.flags);
  res.json(products.filter((p) => re.test(p.name)));
});
