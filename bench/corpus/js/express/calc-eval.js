// "Formula" evaluation for a spreadsheet-like feature
const express = require('express');
const vm = require('vm');
const { evaluate } = require('mathjs');

const app = express();
app.use(express.json());

app.post('/calculate', (req, res) => {
  const { expression } = req.body;
  try {
    // ruleid: js/code-injection
    const result = eval(expression);
    res.json({ result });
  } catch {
    res.status(400).json({ error: 'Invalid expression' });
  }
});

app.post('/v2/calculate', (req, res) => {
  try {
    // ok: js/code-injection
    const result = evaluate(String(req.body.expression));
    res.json({ result });
  } catch {
    res.status(400).json({ error: 'Invalid expression' });
  }
});

app.post('/rules/test', (req, res) => {
  const { condition, data } = req.body;
  // ruleid: js/code-injection
  const predicate = new Function('data', `return (${condition});`);
  res.json({ matches: Boolean(predicate(data)) });
});

app.post('/sandbox', (req, res) => {
  const context = { input: req.body.input, output: null };
  // ruleid: js/code-injection
  vm.runInNewContext(req.body.script, context, { timeout: 1000 });
  res.json({ output: context.output });
});

app.get('/delay', (req, res) => {
  // ruleid: js/code-injection
  setTimeout('console.log("' + req.query.msg + '")', 100);
  res.send('scheduled');
});

app.get('/config.json', (req, res) => {
  // ok: js/code-injection
  const parsed = JSON.parse(req.query.data || '{}');
  res.json(parsed);
});

// Safe: function callback, not a string
app.get('/v2/delay', (req, res) => {
  const msg = String(req.query.msg);
  // ok: js/code-injection
  setTimeout(() => console.log(msg), 100);
  res.send('scheduled');
});

module.exports = app;
