const express = require('express');
const vm = require('vm');
const app = express();

app.post('/calculate', (req, res) => {
  const { expression } = req.body;
  // ruleid: js/code-injection
  const result = eval(expression);
  res.json({ result });
});

app.post('/formula', (req, res) => {
  // ruleid: js/code-injection
  const fn = new Function('x', `return ${req.body.formula};`);
  res.json({ value: fn(2) });
});

app.post('/sandbox', (req, res) => {
  // ruleid: js/code-injection
  const out = vm.runInNewContext(req.body.code, {});
  res.json({ out });
});

app.get('/delay', (req, res) => {
  // ruleid: js/code-injection
  setTimeout(req.query.callback, 100);
  // ok: js/code-injection
  setTimeout(() => res.end(), Number(req.query.ms));
});

app.post('/json', (req, res) => {
  // ok: js/code-injection
  const data = JSON.parse(req.body.payload);
  // ok: js/code-injection
  const two = eval('1 + 1');
  res.json({ data, two });
});

window.addEventListener('message', (event) => {
  // ruleid: js/code-injection
  eval(event.data.script);
});

const hash = location.hash.slice(1);
// ruleid: js/code-injection
setTimeout('showSection("' + hash + '")', 10);

(function () {
  window.addEventListener('message', (e) => {
    // ruleid: js/code-injection
    eval(e.data.code);
  });
})();

const ejs = require('ejs');
app.post('/preview', (req, res) => {
  // A template's source from the request is js/template-injection (its fixture), not this rule.
  // ok: js/code-injection
  const html = ejs.render(req.body.template, { user: req.user });
  // ok: js/code-injection
  const page = ejs.render('<h1><%= name %></h1>', { name: req.body.name });
  res.send(html + page);
});

app.get('/plugin', async (req, res) => {
  // A file path built from the name climbs out of the folder: js/path-traversal (its fixture), not this rule.
  // ok: js/code-injection
  const plugin = require(`./plugins/${req.query.name}`);
  // ruleid: js/code-injection
  const mod = await import(req.query.module);
  // ruleid: js/code-injection
  const named = require(req.query.module);
  // ok: js/code-injection
  const fixed = require('./plugins/default');
  res.json({ plugin: !!plugin, mod: !!mod, named: !!named, fixed: !!fixed });
});

const safeEval = require('safe-eval');
const staticEval = require('static-eval');
const esprima = require('esprima');
const { VM } = require('vm2');
const mathjs = require('mathjs');
const math = mathjs.create(mathjs.all);
app.post('/pricing', (req, res) => {
  // ruleid: js/code-injection
  const a = safeEval(req.body.expression, { price: 10 });
  const ast = esprima.parse(String(req.body.expr)).body[0].expression;
  // ruleid: js/code-injection
  const b = staticEval(ast, { price: 10 });
  const sandbox = new VM({ timeout: 50 });
  // ruleid: js/code-injection
  const c = sandbox.run(req.body.script);
  // ruleid: js/code-injection
  const d = mathjs.eval(req.body.formula, { price: 10 });
  // ruleid: js/code-injection
  const e = math.eval(req.query.formula);
  // ok: js/code-injection
  const f = safeEval('price * 0.9', { price: Number(req.body.price) });
  // ok: js/code-injection
  const g = mathjs.evaluate(String(req.body.formula), { price: Number(req.body.price) });
  // ok: js/code-injection
  const h = sandbox.run('1 + 1');
  // ok: js/code-injection
  const runner = { run: (x) => x }; runner.run(req.body.script);
  res.json({ a, b, c, d, e, f, g, h });
});

// Render options chosen by the user: EJS reads `settings['view options']`/`outputFunctionName`,
// Pug `pretty`/`self`/`filters` from the locals object, so a whole request object there is SSTI.
app.get('/help/:topic', (req, res) => {
  // ruleid: js/code-injection
  res.render('help', req.query);
});

app.get('/help2', (req, res) => {
  // ruleid: js/code-injection
  res.render('help', { ...req.body, layout: 'main' });
  // ok: js/code-injection
  res.render('help', { topic: String(req.query.topic || ''), filters: req.query.filter });
});

// Fixed code run in a context whose sandbox carries both the request data and an evaluator.
const notevil = require('notevil');

app.post('/orders/lines', (req, res) => {
  const lines = req.body.lines || '';
  const sandbox = { evaluate: notevil, lines };
  vm.createContext(sandbox);
  // ruleid: js/code-injection
  const parsed = vm.runInContext('evaluate(lines)', sandbox, { timeout: 2000 });
  res.json({ count: parsed.length });
});

app.post('/orders/lines-json', (req, res) => {
  const lines = String(req.body.lines || '[]');
  // The fixed code only parses the data: JSON.parse evaluates nothing.
  // ok: js/code-injection
  const parsed = vm.runInNewContext('JSON.parse(lines)', { JSON, lines }, { timeout: 2000 });
  res.json({ count: parsed.length });
});
