// expr-eval parses and evaluates its own expression language, member access and calls included.
const express = require('express');
const { Parser } = require('expr-eval');

const app = express();
const parser = new Parser();
const shipping = Parser.parse('weight * rate + base');

app.get('/calc', (req, res) => {
  // ruleid: js/code-injection
  res.json({ total: new Parser().evaluate(req.query.expr, { price: 10 }) });
});

app.get('/calc2', (req, res) => {
  // ruleid: js/code-injection
  res.json({ total: parser.evaluate(req.query.expr) });
});

app.get('/calc3', (req, res) => {
  // ruleid: js/code-injection
  const expr = Parser.parse(req.query.expr);
  res.json({ total: expr.evaluate({ x: 1 }) });
});

app.get('/shipping', (req, res) => {
  // The expression is the app's own; the client only supplies numbers.
  // ok: js/code-injection
  res.json({ total: shipping.evaluate({ weight: Number(req.query.w), rate: 2, base: 5 }) });
});
