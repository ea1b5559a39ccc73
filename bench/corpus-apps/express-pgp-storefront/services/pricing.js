'use strict';

const { create, all } = require('mathjs');
const { db } = require('../db');

const math = create(all);

// Price formulas are maintained by merchandisers in the back office, e.g.
// "base * 0.9 + shipping" (mathjs). Formulas from the old system were
// JavaScript expressions; the editor can still run them to compare results
// while they are being rewritten.
async function loadFormula(formulaId) {
  return db.oneOrNone('SELECT id, engine, expression FROM price_formulas WHERE id = $1', [formulaId]);
}

function evaluateMath(expression, scope) {
  // safe: CWE-94
  return math.evaluate(expression, scope);
}

exports.priceFor = async (product, qty) => {
  const base = product.price_cents / 100;
  const scope = { base, qty: Number(qty) || 1, shipping: 4.9 };
  if (!product.formula_id) {
    return Math.round(base * scope.qty * 100);
  }
  const formula = await loadFormula(product.formula_id);
  if (!formula || formula.engine !== 'math') {
    return Math.round(base * scope.qty * 100);
  }
  const value = evaluateMath(formula.expression, scope);
  return Math.round(Number(value) * 100);
};

// "Try it" box on the back-office formula editor: the merchandiser types a
// formula and sample values and sees the result before saving it.
exports.preview = ({ engine, expression, base, qty }) => {
  const scope = { base: Number(base) || 10, qty: Number(qty) || 1, shipping: 4.9 };
  if (engine === 'js') {
    // vuln: CWE-94
    const fn = new Function('base', 'qty', 'shipping', 'return (' + expression + ');');
    return fn(scope.base, scope.qty, scope.shipping);
  }
  return evaluateMath(String(expression), scope);
};

exports.saveFormula = ({ name, engine, expression }) =>
  db.one('INSERT INTO price_formulas (name, engine, expression) VALUES ($<name>, $<engine>, $<expression>) RETURNING id', {
    name,
    engine: engine === 'js' ? 'js' : 'math',
    expression,
  });
